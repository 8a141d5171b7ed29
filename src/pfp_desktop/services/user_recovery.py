"""Recovering a damaged user database: salvage what it still holds, put that over the newest
good backup, and say in plain words what came back from where."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from pfp_desktop.storage import user_backups
from pfp_desktop.storage.sqlite_files import connect_read_only
from pfp_desktop.storage.user_db import UserDatabaseError
from pfp_desktop.storage.user_merge import write_merged
from pfp_desktop.storage.user_salvage import Salvage, salvage_rows

# What SQLite says about a file that is damaged, as opposed to busy or not permitted.
DAMAGE_ERRORS = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR", "SQLITE_FORMAT")
OTHER_ITEMS = ("overrides", "additions", "stars", "tags", "saved_searches", "packs")


def is_damaged(database: Path) -> bool:
    """Whether ``database`` exists but is not a sound database: zero bytes (SQLite would take
    it for a new one), not a database at all, or failing its integrity check. Raises
    UserDatabaseError when the file cannot be checked now (locked, not permitted)."""
    if not database.exists():
        return False
    if database.stat().st_size == 0:
        return True
    try:
        with closing(connect_read_only(database)) as connection:
            connection.execute("PRAGMA busy_timeout=5000")
            verdict = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        if str(getattr(exc, "sqlite_errorname", "")).startswith(DAMAGE_ERRORS):
            return True
        message = f"Your notes database {database} cannot be checked now: {exc}."
        raise UserDatabaseError(message) from exc
    return verdict != [("ok",)]


def recover_damaged(database: Path, data_dir: Path) -> str | None:
    """If ``database`` is damaged: move it aside, rebuild it from what can be salvaged from it
    and the newest good backup, and return what to tell the person; else None."""
    if not is_damaged(database):
        return None
    aside = user_backups.move_aside(database)
    try:
        report = rebuild(aside, database, data_dir)
    except BaseException:
        _move_back(aside, database)  # so the next start finds the damage and tries again
        raise
    return f"Your notes database was damaged; it was kept as {aside.name}. {report}"


def rebuild(damaged: Path, database: Path, data_dir: Path, salvage: Salvage | None = None) -> str:
    """Replace ``database`` by the newest good backup with every row salvaged from ``damaged``
    (or ``salvage``, read from it already) put over it: a salvaged row wins over the backup's.
    Returns what came back from where."""
    salvage = salvage or salvage_rows(damaged)
    backup = user_backups.newest_healthy_backup(data_dir)
    temp = database.with_name(database.name + ".recovering")
    _remove_with_logs(temp)
    try:
        write_merged(temp, backup, salvage)
        total = _count_notes(temp)
        _remove_with_logs(database)
        os.replace(temp, database)
    finally:
        _remove_with_logs(temp)
    return _report(salvage, backup, total)


def _move_back(aside: Path, database: Path) -> None:
    if database.exists():
        return
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(aside) + suffix)
        if source.exists():
            os.replace(source, Path(str(database) + suffix))


def _remove_with_logs(database: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(database) + suffix).unlink(missing_ok=True)


def _count_notes(database: Path) -> int:
    with closing(connect_read_only(database)) as connection:
        return int(connection.execute("SELECT count(*) FROM notes").fetchone()[0])


def _report(salvage: Salvage, backup: Path | None, total_notes: int) -> str:
    notes = salvage.notes_found()
    others = sum(salvage.count(table) for table in OTHER_ITEMS)
    if not salvage.rows_found():
        if backup is None:
            return (
                "Nothing could be read from it and there was no backup: a new, empty one "
                "was started."
            )
        restored = _plural(total_notes, "note")
        return (
            f"Nothing could be read from it; the backup of {_when(backup)} was restored "
            f"({restored})."
        )
    found = _plural(notes, "note") + (f" and {_plural(others, 'other item')}" if others else "")
    sentence = f"Recovered {found} from the damaged file"
    if backup is not None and total_notes > notes:
        sentence += (
            f", {_plural(total_notes - notes, 'more note')} from the backup of {_when(backup)}"
        )
    caveat = "" if salvage.complete else " Some damaged parts could not be read."
    return f"{sentence}.{caveat}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _when(backup: Path) -> str:
    made = user_backups.time_of(backup)
    return made.astimezone().strftime("%d %b %H:%M").lstrip("0") if made else backup.name
