"""Where the user database lives, migrations from released schemas, backups and recovery."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services import user_data
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import UserDatabaseError, open_user_data, resolve_data_dir
from pfp_desktop.storage import user_backups
from pfp_desktop.storage.user_db import HEAD_REVISION, USER_DB_NAME, schema_revision
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures"
FACILITY = Target(TargetKind.INITIATIVE, "eu-diaspora-facility")


def test_data_dir_override_then_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PFP_DATA_DIR", str(tmp_path / "usb"))
    assert resolve_data_dir() == tmp_path / "usb"
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    monkeypatch.delenv("PFP_DATA_DIR")
    assert "PfP Desktop" in str(resolve_data_dir())


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("userdb-schema-*.sqlite")))
def test_every_released_schema_upgrades_and_keeps_its_data(fixture: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(fixture, data_dir / USER_DB_NAME)
    user = open_user_data(data_dir)
    assert schema_revision(user.path) == HEAD_REVISION
    if fixture.stem != f"userdb-schema-{HEAD_REVISION}":  # an upgrade: backed up first
        backups = user_backups.list_backups(data_dir)
        assert any("before-migration" in b.name for b in backups)
    personal = Personal.of(user)
    assert personal.notes.text(FACILITY) == "Meet the EUDiF team — café at 10:00"
    assert len(personal.notes.history(FACILITY)) == 2
    assert personal.corrections.overrides_for("knomad-1-2")["title"].value == "KNOMAD phase 1.2"
    assert personal.flags.flags(FACILITY).tags == ("diaspora", "Tuesday")
    assert [a.title for a in personal.additions.all()] == ["Side event on climate mobility"]
    from pfp_desktop.domain.finding import FindQuery
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.finder import Finder
    from tests.conftest import DATA

    found = Finder(CatalogueService(DATA / "pfp.sqlite"), personal).find(FindQuery("cafe"))
    assert [h.id for h in found.hits] == ["eu-diaspora-facility"]  # old notes indexed too
    user.close()


def test_the_database_is_durable_wal_with_full_sync(personal: Personal) -> None:
    with personal.user.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_daily_backup_is_made_and_each_kind_keeps_its_newest_ten(data_dir: Path) -> None:
    user = open_user_data(data_dir)
    assert len(user_backups.list_backups(data_dir)) == 1
    for _ in range(12):
        user_data.backup_now(user)
    kinds = [b.name.rsplit("-", 1)[-1] for b in user_backups.list_backups(data_dir)]
    assert kinds.count("manual.sqlite") == 10
    assert kinds.count("daily.sqlite") == 1  # a burst of other backups never drops it
    user.close()


def test_an_unreadable_database_is_moved_aside_and_the_newest_backup_restored(
    data_dir: Path,
) -> None:
    user = open_user_data(data_dir)
    Personal.of(user).notes.set_note(FACILITY, "saved before the backup")
    user_data.backup_now(user)
    user.close()
    database = data_dir / USER_DB_NAME
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    database.write_bytes(b"garbage" * 5000)  # a disk error, a bad copy ...
    reopened = open_user_data(data_dir)
    assert reopened.recovery_message and "the backup of" in reopened.recovery_message
    assert Personal.of(reopened).notes.text(FACILITY) == "saved before the backup"
    kept = [p for p in data_dir.iterdir() if ".unreadable-" in p.name]
    assert kept and kept[0].read_bytes().startswith(b"garbage")  # nothing thrown away
    reopened.close()


def test_restore_replaces_the_database_after_backing_it_up(data_dir: Path) -> None:
    user = open_user_data(data_dir)
    notes = Personal.of(user).notes
    notes.set_note(FACILITY, "old")
    backup = user_data.backup_now(user)
    notes.set_note(FACILITY, "new")
    user.close()
    user_data.restore(data_dir, backup)
    user = open_user_data(data_dir)
    assert Personal.of(user).notes.text(FACILITY) == "old"
    assert any("before-restore" in b.name for b in user_backups.list_backups(data_dir))
    user.close()


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(UserDatabaseError, match="not writable"):
            open_user_data(locked)
    finally:
        locked.chmod(0o700)


def test_a_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserDatabaseError, match="Cannot create the data folder"):
        open_user_data(blocker / "sub")


def test_a_database_from_a_newer_app_is_refused_untouched(data_dir: Path) -> None:
    open_user_data(data_dir).close()
    database = data_dir / USER_DB_NAME
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = database.read_bytes()
    with pytest.raises(UserDatabaseError, match="newer PfP Desktop"):
        open_user_data(data_dir)
    assert database.read_bytes() == before
