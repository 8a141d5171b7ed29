"""Finding, opening, migrating, backing up and recovering the user database.

Several processes may open one data folder at the same moment (the window and a few `pfp`
commands): creating, checking, recovering and migrating the database happen under an
exclusive lock on a file in that folder (``pfp-user.open.lock``), and each opener looks at the
database again once it holds the lock, so the first one creates and migrates and the others
find it done.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from pfp_desktop.services import user_recovery
from pfp_desktop.services.app_folders import DATA_DIR_ENV, resolve_data_dir
from pfp_desktop.storage import user_backups
from pfp_desktop.storage.folder_lock import LockTimeoutError, exclusive_lock
from pfp_desktop.storage.read_only_user_db import read_only_user_engine
from pfp_desktop.storage.user_db import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    USER_DB_NAME,
    UserDatabaseError,
    is_healthy,
    migrate,
    schema_revision,
    user_engine,
)
from pfp_desktop.storage.user_salvage import salvage_rows

__all__ = [
    "BackupError",
    "UserData",
    "UserDatabaseError",
    "backup_if_due",
    "backup_now",
    "backup_on_quit",
    "open_user_data",
    "resolve_data_dir",
    "restore",
]

LOCK_NAME = "pfp-user.open.lock"
AFTER_EDITS_INTERVAL = 3600.0  # seconds between the backups made while a person edits


@dataclass
class UserData:
    """An open user database, and what had to be done to open it."""

    data_dir: Path
    path: Path
    engine: Engine
    recovery_message: str | None = None  # set when a damaged database was replaced
    read_only: bool = False  # the folder or file cannot be written: reading works, edits fail
    warnings: list[str] = field(default_factory=list)  # e.g. today's backup failed
    sessions: sessionmaker[Session] = field(init=False)  # every service's sessions on engine

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine)

    @property
    def notice(self) -> str | None:
        """Everything the person should be told after opening, or None."""
        lines = ([self.recovery_message] if self.recovery_message else []) + self.warnings
        return "\n".join(lines) or None

    def close(self) -> None:
        """Release the database file (its pooled connections)."""
        self.engine.dispose()


def open_user_data(data_dir: Path) -> UserData:
    """Open (creating, migrating, recovering as needed) the user database in ``data_dir``.

    A database in a folder that cannot be written is opened read-only (with a warning).
    Raises UserDatabaseError, with a message for a person, and nothing else."""
    database = data_dir / USER_DB_NAME
    try:
        if database.exists() and not _writable(data_dir, database):
            return _open_read_only(data_dir, database)
        _ensure_writable_folder(data_dir)
        with exclusive_lock(data_dir / LOCK_NAME):
            return _open_writable(data_dir, database)
    except (OSError, sqlite3.Error, SQLAlchemyError, LockTimeoutError) as exc:
        raise UserDatabaseError(
            f"Your notes database {database} could not be opened: {plain_reason(exc)}."
        ) from exc


def _writable(data_dir: Path, database: Path) -> bool:
    return os.access(data_dir, os.W_OK | os.X_OK) and os.access(database, os.W_OK)


def _open_writable(data_dir: Path, database: Path) -> UserData:
    recovery = user_recovery.recover_damaged(database, data_dir)
    revision = _known_revision(database)
    if revision is not None and revision != HEAD_REVISION:
        _backup_before_migration(database, data_dir)
    engine = user_engine(database)
    try:
        if revision != HEAD_REVISION:
            migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    user = UserData(data_dir, database, engine, recovery)
    _backup_at_start(user)
    return user


def _backup_at_start(user: UserData) -> None:
    try:
        daily = not user_backups.made_today(user.data_dir)
    except OSError:
        daily = True  # an unreadable backups folder: let the attempt say why
    if daily:
        _backup_or_warn(user, "daily")
    elif _backup_due(user, AFTER_EDITS_INTERVAL, datetime.now(UTC)):
        _backup_or_warn(user, "after-edits")  # edits of earlier runs (e.g. `pfp note --set`)


def _known_revision(database: Path) -> str | None:
    revision = schema_revision(database)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise UserDatabaseError(
            f"{database} was written by a newer PfP Desktop (schema {revision}); "
            "update the app to open it. Nothing was changed."
        )
    return revision


def _backup_before_migration(database: Path, data_dir: Path) -> None:
    # Upgrading without a copy to go back to is not worth the risk: stop with a reason.
    try:
        user_backups.make_backup(database, data_dir, "before-migration")
    except (OSError, sqlite3.Error) as exc:
        raise UserDatabaseError(
            f"Your notes database must be upgraded, but the backup made first could not be "
            f"written ({plain_reason(exc)}); nothing was changed."
        ) from exc


def _open_read_only(data_dir: Path, database: Path) -> UserData:
    if not is_healthy(database):
        raise UserDatabaseError(
            f"Your notes database {database} is damaged, and its folder is read-only, so it "
            "cannot be repaired there. Copy the folder somewhere writable and open it there."
        )
    revision = _known_revision(database)
    if revision != HEAD_REVISION:
        raise UserDatabaseError(
            f"Your notes database {database} must be upgraded, but its folder is read-only."
        )
    warning = f"The notes folder {data_dir} is read-only: notes can be read, but edits cannot "
    warning += "be saved."
    engine = read_only_user_engine(database)
    try:
        with engine.connect() as connection:  # fail here, in one line, not at the first read
            connection.exec_driver_sql("SELECT count(*) FROM notes").scalar()
    except BaseException:
        engine.dispose()
        raise
    return UserData(data_dir, database, engine, read_only=True, warnings=[warning])


def _ensure_writable_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserDatabaseError(
            f"Cannot create the data folder {data_dir}: {exc.strerror}."
        ) from exc
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise UserDatabaseError(
            f"The data folder {data_dir} is not writable: notes could not be saved. "
            f"Choose another with --data-dir or {DATA_DIR_ENV}."
        )


def _backup_or_warn(user: UserData, reason: str) -> None:
    """A backup whose failure (full disk, read-only backups folder) is a warning, not a stop."""
    try:
        user_backups.make_backup(user.path, user.data_dir, reason)
    except (OSError, sqlite3.Error) as exc:
        folder = user_backups.backups_dir(user.data_dir)
        user.warnings.append(
            f"A backup of your notes could not be written ({plain_reason(exc)}). "
            f"Your notes are safe; free some space or check {folder}."
        )


def plain_reason(exc: BaseException) -> str:
    """Why an operation on a database file failed, in words a person understands."""
    text = str(getattr(exc, "orig", None) or exc)
    known = {  # first match wins
        "stayed locked": "another PfP Desktop was busy opening it",
        "disk is full": "the disk is full",
        "readonly": "the folder or file is read-only",
        "locked": "another program is using it",
        "unable to open": "the file cannot be opened",
    }
    reason = next((words for clue, words in known.items() if clue in text), None)
    if reason is None and isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror[0].lower() + exc.strerror[1:]
    return reason or text


def backup_now(user: UserData) -> Path:
    """A backup on request (`pfp backup`). Raises BackupError if it cannot be written."""
    return _backup(user, "manual")


def backup_if_due(
    user: UserData, min_interval: float = AFTER_EDITS_INTERVAL, now: datetime | None = None
) -> Path | None:
    """After edits: back up if the database changed since the newest backup and that backup is
    at least ``min_interval`` seconds old (the last ten such backups are kept). Returns the
    backup made, or None. Raises BackupError (a UserDatabaseError, never anything else) if it
    could not be written."""
    moment = now or datetime.now(UTC)
    if user.read_only or not _backup_due(user, min_interval, moment):
        return None
    return _backup(user, "after-edits", moment)


def _backup_due(user: UserData, min_interval: float, moment: datetime) -> bool:
    try:
        newest = user_backups.newest_time(user.data_dir)
        if newest is None:
            return True
        old_enough = moment - newest >= timedelta(seconds=min_interval)
        return old_enough and user_backups.changed_since(user.path, newest)
    except OSError:
        return True  # cannot tell: try, and let a failure say why


def backup_on_quit(user: UserData) -> Path | None:
    """On quit: a backup if anything changed since the newest one (see backup_if_due)."""
    return backup_if_due(user, min_interval=0.0)


class BackupError(UserDatabaseError, OSError):
    """A backup could not be written. Also an OSError: callers that expect one (the window's
    "Back up notes") keep catching it."""


def _backup(user: UserData, reason: str, now: datetime | None = None) -> Path:
    try:
        return user_backups.make_backup(user.path, user.data_dir, reason, now)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            f"The backup of your notes could not be written: {plain_reason(exc)}."
        ) from exc


def restore(user_data_dir: Path, backup: Path | None = None) -> str:
    """Replace the user database by ``backup`` (default: the newest good one), keeping a
    backup of the current state first. A damaged file (one moved aside at start) is salvaged:
    what it still holds is put over the current state. Returns what to tell the person."""
    database = user_data_dir / USER_DB_NAME
    try:
        with exclusive_lock(user_data_dir / LOCK_NAME):
            return _restore(database, user_data_dir, backup)
    except (OSError, sqlite3.Error, SQLAlchemyError, LockTimeoutError) as exc:
        raise UserDatabaseError(f"Nothing was restored: {plain_reason(exc)}.") from exc


def _restore(database: Path, data_dir: Path, backup: Path | None) -> str:
    if backup is not None and not backup.is_file():
        raise UserDatabaseError(f"No file {backup}.")
    chosen = backup or user_backups.newest_healthy_backup(data_dir)
    if chosen is None:
        raise UserDatabaseError("No readable backup to restore.")
    salvage = None if is_healthy(chosen) else salvage_rows(chosen)
    if salvage is not None and not salvage.rows_found():
        raise UserDatabaseError(f"Nothing could be read from {chosen}; nothing was changed.")
    if database.exists() and is_healthy(database):
        user_backups.make_backup(database, data_dir, "before-restore")
    elif database.exists():
        user_backups.move_aside(database)  # damaged: kept, never overwritten
    if salvage is not None:
        report = user_recovery.rebuild(chosen, database, data_dir, salvage)
        return f"{chosen.name} is damaged; what it still holds was put over your notes. {report}"
    user_backups.restore_backup(chosen, database)
    return f"Restored {chosen.name}; the previous state was backed up first."
