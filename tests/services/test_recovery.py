"""A damaged notes database: real damage (a page overwritten on disk), then what comes back.

Salvaged rows beat the backup's, nothing salvaged is dropped, and the person is told how many
notes came from where."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services import user_data
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import UserDatabaseError, open_user_data
from pfp_desktop.storage import user_backups
from pfp_desktop.storage.user_db import USER_DB_NAME
from tests.mounts import Mounts, fill

PFP = Path(sys.executable).parent / "pfp"


def _target(number: int) -> Target:
    return Target(TargetKind.INITIATIVE, f"initiative-{number:03}")


def _write_notes(data_dir: Path, numbers: range, text: str = "note {n}") -> None:
    user = open_user_data(data_dir)
    notes = Personal.of(user).notes
    for n in numbers:
        notes.set_note(_target(n), text.format(n=n) + " — words that matter " * 10)
    user.close()  # the last connection closes: the write-ahead log is folded into the file


def _pages(database: Path, table: str) -> list[int]:
    """The leaf pages of ``table``, in rowid order."""
    with closing(sqlite3.connect(database)) as connection:
        rows = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path",
            (table,),
        ).fetchall()
    return [r[0] for r in rows] or _root(database, table)


def _root(database: Path, table: str) -> list[int]:
    with closing(sqlite3.connect(database)) as connection:
        query = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        return [connection.execute(query, (table,)).fetchone()[0]]


def _damage_page(database: Path, page: int) -> None:
    """Overwrite the header and cell pointers of ``page``, as a bad sector or a torn copy
    would: SQLite can no longer read that page, the others are intact."""
    with closing(sqlite3.connect(database)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    with open(database, "r+b") as file:
        file.seek((page - 1) * size)
        file.write(b"\xa5" * 64)
    try:
        with closing(sqlite3.connect(database)) as connection:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError:
        return  # so damaged the check cannot even run
    assert verdict != ("ok",), "the damage was not real"


def _texts(data_dir: Path) -> dict[str, str]:
    user = open_user_data(data_dir)
    notes = {n.target.key: n.text for n in Personal.of(user).notes.all_notes()}
    user.close()
    return notes


@pytest.mark.parametrize("table", ["note_revisions", "notes"])
def test_five_notes_on_a_damaged_file_all_come_back_despite_an_older_backup(
    tmp_path: Path, table: str
) -> None:
    data_dir = tmp_path / "notes"
    open_user_data(data_dir).close()  # the day's first start: the daily backup, no notes yet
    _write_notes(data_dir, range(5))
    database = data_dir / USER_DB_NAME
    _damage_page(database, _pages(database, table)[0])
    user = open_user_data(data_dir)
    assert user.recovery_message is not None
    assert "Recovered 5 notes from the damaged file." in user.recovery_message
    notes = Personal.of(user).notes
    assert [notes.text(_target(n)).split(" —")[0] for n in range(5)] == [
        f"note {n}" for n in range(5)
    ]
    assert all(notes.history(_target(n)) for n in range(5))  # each note has its history again
    user.close()
    assert _indexed_notes(database) == 5  # found by search once each, never twice
    assert any(".unreadable-" in p.name for p in data_dir.iterdir())  # the damaged file kept


def test_a_bad_page_of_notes_loses_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "notes"
    _write_notes(data_dir, range(200), "first {n}")
    user = open_user_data(data_dir)
    user_data.backup_now(user)
    user.close()
    _write_notes(data_dir, range(0, 200, 2), "second {n}")  # newer text on every other note
    database = data_dir / USER_DB_NAME
    pages = _pages(database, "notes")
    assert len(pages) > 4
    _damage_page(database, pages[len(pages) // 2])
    recovered = _texts(data_dir)
    assert recovered == {
        _target(n).key: f"{'second' if n % 2 == 0 else 'first'} {n}" + " — words that matter " * 10
        for n in range(200)
    }  # the newest text of every note, even those whose row was on the bad page
    assert _indexed_notes(database) == 200


def _indexed_notes(database: Path) -> int:
    with closing(sqlite3.connect(database)) as connection:
        query = "SELECT count(*) FROM personal_index WHERE source = 'note'"
        return int(connection.execute(query).fetchone()[0])


def test_a_zero_byte_database_is_damaged_and_the_backup_restored(tmp_path: Path) -> None:
    data_dir = tmp_path / "notes"
    _write_notes(data_dir, range(3))
    user = open_user_data(data_dir)
    user_data.backup_now(user)
    user.close()
    (data_dir / USER_DB_NAME).write_bytes(b"")
    user = open_user_data(data_dir)
    assert user.recovery_message and "backup" in user.recovery_message
    assert len(Personal.of(user).notes.all_notes()) == 3
    user.close()


def test_restore_salvages_a_damaged_file(tmp_path: Path) -> None:
    old, mine = tmp_path / "old", tmp_path / "mine"
    _write_notes(old, range(5))
    damaged = tmp_path / "pfp-user.sqlite.unreadable-20261128T140200Z"
    shutil.copy(old / USER_DB_NAME, damaged)
    _damage_page(damaged, _pages(damaged, "note_revisions")[0])
    _write_notes(mine, range(10, 12))
    restored = subprocess.run(
        [PFP, "--data-dir", str(mine), "restore", str(damaged)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (restored.returncode, restored.stderr) == (0, "")
    assert "Recovered 5 notes from the damaged file, 2 more notes" in restored.stdout
    assert sorted(_texts(mine)) == sorted(_target(n).key for n in [0, 1, 2, 3, 4, 10, 11])


def test_restore_refuses_a_file_with_nothing_to_salvage(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    _write_notes(mine, range(2))
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    refused = subprocess.run(
        [PFP, "--data-dir", str(mine), "restore", str(junk)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1
    assert refused.stderr.startswith("pfp: error: Nothing could be read from")
    assert len(_texts(mine)) == 2


def test_backups_after_edits_are_hourly_and_on_quit(tmp_path: Path) -> None:
    data_dir = tmp_path / "notes"
    user = open_user_data(data_dir)  # the daily backup, before any edit
    notes = Personal.of(user).notes
    notes.set_note(_target(1), "typed after the daily backup")
    assert user_data.backup_if_due(user) is None  # the daily one is not an hour old
    hourly = user_data.backup_if_due(user, min_interval=0.0)  # as once the hour has passed
    assert hourly is not None and "after-edits" in hourly.name
    assert user_data.backup_on_quit(user) is None  # nothing changed since
    notes.set_note(_target(1), "typed just before quitting")
    on_quit = user_data.backup_on_quit(user)
    assert on_quit is not None
    user.close()
    with closing(sqlite3.connect(on_quit)) as connection:
        assert connection.execute("SELECT text FROM notes").fetchall() == [
            ("typed just before quitting",)
        ]


def test_a_recovery_the_full_disk_stops_is_tried_again_later(tmp_path: Path) -> None:
    mounts = Mounts()
    try:
        disk = tmp_path / "disk"
        disk.mkdir()
        mounts.mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", disk, target=disk)
        data_dir = disk / "notes"
        _write_notes(data_dir, range(5))
        database = data_dir / USER_DB_NAME
        _damage_page(database, _pages(database, "note_revisions")[0])
        fill(disk)
        with pytest.raises(UserDatabaseError, match="the disk is full"):
            open_user_data(data_dir)
        assert database.is_file()  # put back: not taken for a new, empty database next time
        (disk / "filler").unlink()
        user = open_user_data(data_dir)
        assert user.recovery_message and "Recovered 5 notes" in user.recovery_message
        user.close()
    finally:
        mounts.unmount_all()


def test_a_start_an_hour_after_edits_backs_them_up(tmp_path: Path) -> None:
    data_dir = tmp_path / "notes"
    open_user_data(data_dir).close()  # the daily backup, before any edit
    _write_notes(data_dir, range(5))  # `pfp note … --set`, five times
    (daily,) = user_backups.list_backups(data_dir)
    earlier = datetime.now(UTC) - timedelta(hours=2)
    daily.rename(daily.with_name(f"pfp-user-{earlier:%Y%m%dT%H%M%S%fZ}-daily.sqlite"))
    open_user_data(data_dir).close()  # the next start, two hours on
    (data_dir / USER_DB_NAME).write_bytes(b"\x00" * 4096)  # then the file is lost
    assert len(_texts(data_dir)) == 5  # all five come back from the backup made at that start
