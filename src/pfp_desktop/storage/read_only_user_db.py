"""An engine that reads a user database it may not write (a read-only folder or file).

Reading works as usual; any write fails with a UserDatabaseError that says why, so a caller
shows one line instead of SQLite's "attempt to write a readonly database".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, QueuePool, create_engine, event
from sqlalchemy.engine import ExceptionContext

from pfp_desktop.storage.sqlite_files import connect_read_only
from pfp_desktop.storage.user_db import UserDatabaseError


def read_only_user_engine(path: Path) -> Engine:
    """An engine on the existing user database at ``path`` that never writes to it."""
    absolute = path.resolve()

    def connect() -> sqlite3.Connection:
        connection = connect_read_only(absolute, threads=True)
        connection.isolation_level = None  # transactions are begun by SQLAlchemy (below)
        return connection

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _pragmas)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    event.listen(engine, "handle_error", lambda context: _refuse_writes(context, absolute))
    return engine


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    dbapi_connection.execute("PRAGMA busy_timeout=5000")
    dbapi_connection.execute("PRAGMA query_only=ON")


def _refuse_writes(context: ExceptionContext, database: Path) -> None:
    error = context.original_exception
    if str(getattr(error, "sqlite_errorname", "")).startswith("SQLITE_READONLY"):
        raise UserDatabaseError(
            f"Not saved: {database} is read-only (a read-only folder or file), so edits "
            "cannot be saved there."
        ) from error
