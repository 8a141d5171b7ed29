"""Finding, opening, migrating, backing up and recovering the user database."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from pfp_desktop.storage import user_backups
from pfp_desktop.storage.user_db import (
    HEAD_REVISION,
    USER_DB_NAME,
    UserDatabaseError,
    is_healthy,
    migrate,
    schema_revision,
    user_engine,
)

__all__ = ["UserData", "UserDatabaseError", "open_user_data", "resolve_data_dir"]

DATA_DIR_ENV = "PFP_DATA_DIR"
KNOWN_REVISIONS = ("0001", "0002")  # every released schema, oldest first


def resolve_data_dir(override: Path | None = None) -> Path:
    """--data-dir, else $PFP_DATA_DIR (a portable install), else the platform's data folder."""
    if override is not None:
        return override
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV])
    from platformdirs import user_data_dir

    return Path(user_data_dir("PfP Desktop", appauthor=False))


@dataclass
class UserData:
    """An open user database, and what had to be done to open it."""

    data_dir: Path
    path: Path
    engine: Engine
    recovery_message: str | None = None  # set when a damaged database was replaced

    def close(self) -> None:
        self.engine.dispose()


def open_user_data(data_dir: Path) -> UserData:
    """Open (creating, migrating, recovering as needed) the user database in ``data_dir``."""
    database = data_dir / USER_DB_NAME
    _ensure_writable_folder(data_dir)
    recovery = _recover_if_damaged(database, data_dir)
    revision = schema_revision(database)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise UserDatabaseError(
            f"{database} was written by a newer PfP Desktop (schema {revision}); "
            "update the app to open it. Nothing was changed."
        )
    if revision is not None and revision != HEAD_REVISION:
        user_backups.make_backup(database, data_dir, "before-migration")
    engine = user_engine(database)
    if revision != HEAD_REVISION:
        migrate(engine)
    if not user_backups.made_today(data_dir):
        user_backups.make_backup(database, data_dir, "daily")
    return UserData(data_dir, database, engine, recovery)


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


def _recover_if_damaged(database: Path, data_dir: Path) -> str | None:
    if not database.exists() or is_healthy(database):
        return None
    aside = user_backups.move_aside(database)
    backup = user_backups.newest_healthy_backup(data_dir)
    if backup is None:
        return (
            f"Your notes database could not be read. It was kept as {aside.name} and a new, "
            "empty one was started. No backup was available to restore."
        )
    user_backups.restore_backup(backup, database)
    return (
        f"Your notes database could not be read. It was kept as {aside.name}, and the newest "
        f"good backup ({backup.name}) was restored. Edits made after that backup may be missing."
    )


def backup_now(user: UserData) -> Path:
    """A backup on request (`pfp backup`)."""
    return user_backups.make_backup(user.path, user.data_dir, "manual")


def restore(user_data_dir: Path, backup: Path | None = None) -> Path:
    """Replace the user database by ``backup`` (default: the newest good one), keeping a
    backup of the current state first. Returns the backup restored."""
    database = user_data_dir / USER_DB_NAME
    chosen = backup or user_backups.newest_healthy_backup(user_data_dir)
    if chosen is None or not is_healthy(chosen):
        raise UserDatabaseError("No readable backup to restore.")
    if database.exists() and is_healthy(database):
        user_backups.make_backup(database, user_data_dir, "before-restore")
    user_backups.restore_backup(chosen, database)
    return chosen
