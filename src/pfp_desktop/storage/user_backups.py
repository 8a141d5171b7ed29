"""Backups of the user database: consistent copies made with SQLite's backup API.

A backup is named ``pfp-user-<UTC time>-<reason>.sqlite``. Each reason keeps its own newest
few (KEEP), so a day of hourly backups never pushes out the copy made before a migration.
"""

from __future__ import annotations

import contextlib
import os
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from pfp_desktop.storage.sqlite_files import connect, connect_read_only
from pfp_desktop.storage.user_db import is_healthy

PREFIX = "pfp-user-"
STAMP = "%Y%m%dT%H%M%S%fZ"
KEEP = {
    "daily": 7,  # the first start of each of the last seven days
    "after-edits": 10,  # at most hourly while editing, and on quit: the last ten
    "manual": 10,
    "before-migration": 5,
    "before-restore": 5,
}
KEEP_OTHER = 10


def backups_dir(data_dir: Path) -> Path:
    """The backups folder inside a data folder."""
    return data_dir / "backups"


def list_backups(data_dir: Path) -> list[Path]:
    """Backups, newest first (names sort by their UTC time stamp)."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*.sqlite"), reverse=True)


def reason_of(backup: Path) -> str:
    """Why a backup was made, from its file name ("daily", "before-migration", ...)."""
    return backup.stem.removeprefix(PREFIX).partition("-")[2]


def time_of(backup: Path) -> datetime | None:
    """When ``backup`` was made (from its name), or None for a name we did not write."""
    stamp = backup.stem.removeprefix(PREFIX).partition("-")[0]
    try:
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def make_backup(database: Path, data_dir: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy ``database`` into the backups folder (atomically, flushed to disk) and keep the
    newest KEEP[reason] backups of that reason. Raises OSError or sqlite3.Error on failure."""
    stamp = (now or datetime.now(UTC)).strftime(STAMP)
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{stamp}-{reason}.sqlite"
    temp = target.with_suffix(".partial")
    try:
        _copy(database, temp)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    _remove_stale_partials(folder)
    same = [b for b in list_backups(data_dir) if reason_of(b) == reason]
    for old in same[KEEP.get(reason, KEEP_OTHER) :]:
        old.unlink(missing_ok=True)
    return target


def _remove_stale_partials(folder: Path) -> None:
    # Left by a process killed mid-copy; an hour old, no copy can still be writing it.
    for partial in folder.glob(f"{PREFIX}*.partial"):
        with contextlib.suppress(OSError):
            if time.time() - partial.stat().st_mtime > 3600:
                partial.unlink()


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of the database ``source`` (never created if missing) into ``target``,
    on disk when this returns."""
    with closing(connect_read_only(source)) as reader, closing(connect(target)) as copy:
        reader.backup(copy)
    with open(target, "rb+") as written:
        os.fsync(written.fileno())


def newest_healthy_backup(data_dir: Path) -> Path | None:
    """The newest backup that passes an integrity check, or None."""
    return next((b for b in list_backups(data_dir) if is_healthy(b)), None)


def made_today(data_dir: Path, now: datetime | None = None) -> bool:
    """Whether a backup was made today (UTC)."""
    today = (now or datetime.now(UTC)).strftime("%Y%m%d")
    return any(b.name.startswith(f"{PREFIX}{today}") for b in list_backups(data_dir))


def newest_time(data_dir: Path) -> datetime | None:
    """When the newest backup (of any reason) was made."""
    return next((t for t in map(time_of, list_backups(data_dir)) if t is not None), None)


def changed_since(database: Path, moment: datetime) -> bool:
    """Whether ``database`` (or its write-ahead log, where commits land first) was written
    after ``moment``."""
    files = [database, Path(str(database) + "-wal")]
    times = [f.stat().st_mtime for f in files if f.exists()]
    return bool(times) and max(times) > moment.timestamp()


def restore_backup(backup: Path, database: Path) -> None:
    """Replace ``database`` (and its WAL files) by a copy of ``backup``, atomically."""
    temp = database.with_name(database.name + ".restoring")
    try:
        _copy(backup, temp)
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(temp, database)
    finally:
        temp.unlink(missing_ok=True)


def move_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename an unreadable database (and its WAL files) so nothing is lost or overwritten."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    aside = database.with_name(f"{database.name}.unreadable-{stamp}")
    number = 1
    while aside.exists():  # never overwrite an earlier damaged file
        number += 1
        aside = database.with_name(f"{database.name}.unreadable-{stamp}-{number}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(database) + suffix)
        if source.exists():
            os.replace(source, Path(str(aside) + suffix))
    return aside
