"""The user database file: a durable engine (WAL, full sync) and schema migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, QueuePool, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from pfp_desktop.storage.sqlite_files import connect, connect_read_only
from pfp_desktop.storage.user_files import HEAD_REVISION as HEAD_REVISION
from pfp_desktop.storage.user_files import KNOWN_REVISIONS as KNOWN_REVISIONS
from pfp_desktop.storage.user_files import USER_DB_NAME as USER_DB_NAME
from pfp_desktop.storage.user_files import schema_revision as schema_revision

BUSY_WAIT_MS = 5000  # how long a write waits for another writer before giving up
_IMMEDIATE = "pfp_immediate"  # execution options read by begin_transaction
_WAIT_MS = "pfp_wait_ms"


class UserDatabaseError(Exception):
    """The user database cannot be opened or written; the message says why."""


def _durable_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL: a crash mid-write never corrupts the file. FULL: a commit that returned is on disk.
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    dbapi_connection.execute("PRAGMA synchronous=FULL")
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_WAIT_MS}")


_process_wait_ms = BUSY_WAIT_MS


def set_default_wait(wait_ms: int) -> None:
    """How long this process's writes wait for another writer unless told otherwise."""
    global _process_wait_ms  # one policy for the whole process: the window, or the CLI
    _process_wait_ms = wait_ms


def begin_transaction(connection: Connection) -> None:
    """The engine's BEGIN: IMMEDIATE and the wait that the session's options ask for."""
    # pysqlite's own transaction handling defers BEGIN; SQLAlchemy must emit it itself.
    options = connection.get_execution_options()
    wait_ms = int(options.get(_WAIT_MS, _process_wait_ms))
    connection.exec_driver_sql(f"PRAGMA busy_timeout={wait_ms}")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(_IMMEDIATE) else "BEGIN")


@contextmanager
def write_session(sessions: sessionmaker[Session], wait_ms: int | None = None) -> Iterator[Session]:
    """A session whose transaction takes the write lock first (BEGIN IMMEDIATE) and commits
    when the block ends. A read and the write that depends on it are then one atomic step:
    a deferred transaction that read first fails at once with "database is locked" when
    another process wrote in between, and never waits. ``wait_ms``: how long to wait for
    another writer (the window waits briefly and retries later; the CLI waits longer)."""
    options: dict[str, Any] = {_IMMEDIATE: True}
    if wait_ms is not None:
        options[_WAIT_MS] = wait_ms
    # The session's options reach the connection before its BEGIN, where begin_transaction
    # reads them.
    with sessions(execution_options=options) as session, session.begin():
        yield session


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
    event.listen(engine, "begin", begin_transaction)
    return engine


def is_healthy(path: Path) -> bool:
    """Whether ``path`` is a readable SQLite database that passes an integrity check."""
    try:
        with closing(connect_read_only(path)) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            return bool(result == ("ok",))
    except sqlite3.Error:
        return False


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
