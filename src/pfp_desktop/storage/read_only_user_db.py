"""An engine that reads a user database it may not write (a read-only folder or file).

Reading works as usual; any write fails at its BEGIN IMMEDIATE with SQLite's "attempt to write a
readonly database", which services/writing.py turns into one plain line ("Not saved: the notes
database is read-only").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, QueuePool, create_engine, event

from pfp_desktop.storage.sqlite_files import connect_read_only
from pfp_desktop.storage.user_db import begin_transaction


def read_only_user_engine(path: Path) -> Engine:
    """An engine on the existing user database at ``path`` that never writes to it."""
    absolute = path.resolve()

    def connect() -> sqlite3.Connection:
        connection = connect_read_only(absolute, threads=True)
        connection.isolation_level = None  # transactions are begun by SQLAlchemy (below)
        return connection

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _pragmas)
    event.listen(engine, "begin", begin_transaction)
    return engine


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    dbapi_connection.execute("PRAGMA busy_timeout=5000")
    dbapi_connection.execute("PRAGMA query_only=ON")
