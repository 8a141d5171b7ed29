"""The user database file: a durable engine (WAL, full sync) and schema migrations."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, QueuePool, create_engine, event

from pfp_desktop.storage.sqlite_files import connect, connect_read_only

USER_DB_NAME = "pfp-user.sqlite"
HEAD_REVISION = "0002"  # the newest migration in storage/migrations/versions


class UserDatabaseError(Exception):
    """The user database cannot be opened or written; the message says why."""


def _durable_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL: a crash mid-write never corrupts the file. FULL: a commit that returned is on disk.
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    dbapi_connection.execute("PRAGMA synchronous=FULL")
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    dbapi_connection.execute("PRAGMA busy_timeout=5000")


def user_engine(path: Path) -> Engine:
    """An engine on the user database at ``path`` (created if missing)."""
    # A creator, not a sqlite:/// URL: the path reaches SQLite unparsed (see sqlite_files).
    absolute = path.resolve()
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(absolute, threads=True, autocommit=True),
        poolclass=QueuePool,  # what a sqlite:/// file URL got; "sqlite://" alone means memory
    )
    event.listen(engine, "connect", _durable_pragmas)
    # pysqlite's own transaction handling defers BEGIN; SQLAlchemy must emit it itself.
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    return engine


def is_healthy(path: Path) -> bool:
    """Whether ``path`` is a readable SQLite database that passes an integrity check."""
    try:
        with closing(connect_read_only(path)) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            return bool(result == ("ok",))
    except sqlite3.Error:
        return False


def schema_revision(path: Path) -> str | None:
    """The Alembic revision of the database at ``path``; None for a new or empty file."""
    if not path.exists():
        return None
    with closing(connect_read_only(path)) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic, imported only when needed)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    # Config values are interpolated: a "%" in the install folder must be doubled.
    scripts = str(Path(__file__).parent / "migrations").replace("%", "%%")
    config.set_main_option("script_location", scripts)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
