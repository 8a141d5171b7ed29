"""Backups of the user database: consistent copies made with SQLite's backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from pfp_desktop.storage.user_db import is_healthy

KEEP = 10
PREFIX = "pfp-user-"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def list_backups(data_dir: Path) -> list[Path]:
    """Backups, newest first (names sort by their UTC time stamp)."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*.sqlite"), reverse=True)


def make_backup(database: Path, data_dir: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy ``database`` into the backups folder (atomically) and keep the newest ten."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{stamp}-{reason}.sqlite"
    temp = target.with_suffix(".partial")
    try:
        with sqlite3.connect(database) as source, sqlite3.connect(temp) as copy:
            source.backup(copy)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    for old in list_backups(data_dir)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def newest_healthy_backup(data_dir: Path) -> Path | None:
    return next((b for b in list_backups(data_dir) if is_healthy(b)), None)


def made_today(data_dir: Path, now: datetime | None = None) -> bool:
    today = (now or datetime.now(UTC)).strftime("%Y%m%d")
    return any(b.name.startswith(f"{PREFIX}{today}") for b in list_backups(data_dir))


def restore_backup(backup: Path, database: Path) -> None:
    """Replace ``database`` (and its WAL files) by a copy of ``backup``, atomically."""
    temp = database.with_name(database.name + ".restoring")
    try:
        with sqlite3.connect(backup) as source, sqlite3.connect(temp) as copy:
            source.backup(copy)
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(temp, database)
    finally:
        temp.unlink(missing_ok=True)


def move_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename an unreadable database (and its WAL files) so nothing is lost or overwritten."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    aside = database.with_name(f"{database.name}.unreadable-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(database) + suffix)
        if source.exists():
            os.replace(source, Path(str(aside) + suffix))
    return aside
