"""The user database file as the standard library sees it: its name in the data folder, the
schema revisions this app knows, and the revision a file is at. No SQLAlchemy: a reading
`pfp` command asks these before deciding whether it needs to load anything (storage/user_db.py
opens, writes and migrates the file)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from pfp_desktop.storage.sqlite_files import connect_read_only

USER_DB_NAME = "pfp-user.sqlite"
MIGRATION_SCRIPTS = Path(__file__).parent / "migrations" / "versions"


def known_revisions() -> tuple[str, ...]:
    """Every schema this app knows, oldest first, read from the migration scripts' names
    (NNNN_what.py; each script's revision is its number). Cheaper than asking Alembic, whose
    import costs ~100 ms at every start; tests check both agree."""
    names = MIGRATION_SCRIPTS.glob("[0-9][0-9][0-9][0-9]_*.py")
    return tuple(sorted(path.name[:4] for path in names))


KNOWN_REVISIONS = known_revisions()
HEAD_REVISION = KNOWN_REVISIONS[-1]  # the newest migration


def schema_revision(path: Path) -> str | None:
    """The Alembic revision of the database at ``path``; None for a new or empty file."""
    if not path.exists():
        return None
    with closing(connect_read_only(path)) as connection:
        return _revision(connection)


def _revision(connection: sqlite3.Connection) -> str | None:
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def open_if_current(path: Path) -> sqlite3.Connection | None:
    """A read-only connection on the database at ``path`` if it is readable and at the newest
    schema; None otherwise (the caller then opens it through services/user_data.py, which
    migrates, recovers or explains)."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error:
        return None
    try:
        if _revision(connection) == HEAD_REVISION:
            connection.execute("PRAGMA query_only=ON")
            return connection
    except sqlite3.Error:
        pass
    connection.close()
    return None
