"""Checking, once at open, that a catalogue file holds everything the app reads from it.

A catalogue that is not whole is refused here with one plain sentence
(CatalogueUnavailableError), instead of failing later, query by query, as a traceback in the
CLI, a dead loading thread or a blank page in the window. What is checked comes from the code
that reads the file, not from a list kept by hand:

- the schema version (``catalogue_info`` key ``schema``; catalogues made before the key
  existed are schema 1): a newer one than this app knows is refused;
- every table and column of the ORM (storage/catalogue_schema.py) and of the search index
  (storage/search_index.py), as storage/catalogue_layout.py holds them (a copy that a test
  keeps equal to what that code makes, so that this check needs neither SQLAlchemy nor the
  domain models); a catalogue with no search index at all still opens, and search asks for
  a rebuild (services/search.py);
- the rows the app cannot start without: every field of CatalogueInfo in ``catalogue_info``
  (read_info indexes them) and at least one summit (every initiative hangs from one).

Opened defensively, as SQLite's guidance for files from elsewhere says (harden(), on every
connection of the read-only engine): read-only (``mode=ro`` and ``query_only``),
``trusted_schema=OFF`` (SQL in the file's schema may call no function with side effects) and,
where Python's sqlite3 offers ``setconfig`` (3.12 and later; this app also runs on 3.11, which
has no way to reach ``sqlite3_db_config``), SQLITE_DBCONFIG_DEFENSIVE. A trigger or view the
importer does not make is refused: the importer makes none, so any is somebody else's SQL.
``thorough`` (installing an update, signing one) adds ``PRAGMA integrity_check``: seconds on a
large file, so not at every start, where the file is one that passed it when installed.

Not checked: each row's references (PRAGMA foreign_key_check took 0.3-0.7 s on 100,000
initiatives, at every start) and the text of each value.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pfp_desktop.storage.catalogue_layout import (
    IMPORTER_SQL,
    INFO_KEYS,
    SEARCH_COLUMNS,
    SEARCH_TABLE,
    TABLE_COLUMNS,
)

# The catalogue layout this app reads. Raise it (and write it in catalogue_info) when a change
# to the tables would make an older app misread a newer file.
CATALOGUE_SCHEMA = 1
SCHEMA_KEY = "schema"


class CatalogueUnavailableError(Exception):
    """The catalogue file is missing, unreadable or not a PfP catalogue."""


def harden(connection: sqlite3.Connection) -> None:
    """SQLite's defensive settings for a file that came from elsewhere (see above)."""
    connection.execute("PRAGMA trusted_schema=OFF")
    connection.execute("PRAGMA query_only=ON")
    setconfig = getattr(connection, "setconfig", None)  # Python 3.12+
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)


def open_checked(path: Path, thorough: bool = False) -> sqlite3.Connection:
    """A defensive read-only connection on ``path`` (usable from any thread), once the file
    has passed the check; CatalogueUnavailableError, saying what is wrong, otherwise."""
    if not path.is_file():
        raise CatalogueUnavailableError(f"No catalogue at {path}.")
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.DatabaseError as exc:
        raise CatalogueUnavailableError(f"{path} is not a readable catalogue ({exc}).") from exc
    try:
        check_catalogue(connection, path, thorough)
    except BaseException:
        connection.close()
        raise
    return connection


def check_catalogue(connection: sqlite3.Connection, path: Path, thorough: bool = False) -> None:
    """Raise CatalogueUnavailableError, saying what is wrong, unless ``path`` is whole.
    ``thorough`` adds SQLite's integrity check of every page."""
    try:
        harden(connection)
        if thorough:
            _check_integrity(connection, path)
        _check_foreign_sql(connection, path)
        tables = _tables_of(connection)
        if "catalogue_info" not in tables:
            raise CatalogueUnavailableError(f"{path} is not a PfP catalogue.")
        _check_schema_version(connection, path)
        _check_tables(connection, tables, path)
        _check_rows(connection, path)
    except sqlite3.DatabaseError as exc:
        raise CatalogueUnavailableError(f"{path} is not a readable catalogue ({exc}).") from exc


def _tables_of(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    return {name for (name,) in rows}


def _check_integrity(connection: sqlite3.Connection, path: Path) -> None:
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
    if problems != ["ok"]:
        raise CatalogueUnavailableError(f"{path} is damaged: {problems[0]}")


def _check_foreign_sql(connection: sqlite3.Connection, path: Path) -> None:
    rows = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
    )
    foreign = sorted(
        f"{kind} {name}" for kind, name, sql in rows if (kind, name, sql) not in IMPORTER_SQL
    )
    if foreign:
        raise CatalogueUnavailableError(
            f"{path} was refused: it holds SQL the importer never writes ({', '.join(foreign)})."
        )


def _info_values(connection: sqlite3.Connection) -> dict[str, str]:
    return dict(connection.execute("SELECT key, value FROM catalogue_info"))


def _check_schema_version(connection: sqlite3.Connection, path: Path) -> None:
    try:  # before the columns: a newer layout deserves the "newer app" message, not "missing"
        raw = _info_values(connection).get(SCHEMA_KEY, "1")
    except sqlite3.OperationalError:
        return  # catalogue_info has lost its columns: reported with the other tables
    if not raw.strip().isdigit():
        raise CatalogueUnavailableError(f"{path} has an unknown schema version ({raw!r}).")
    if int(raw) > CATALOGUE_SCHEMA:
        raise CatalogueUnavailableError(
            f"This catalogue was made for a newer PfP Desktop (schema {int(raw)}); this one "
            f"reads schema {CATALOGUE_SCHEMA}: {path}"
        )


def _check_tables(connection: sqlite3.Connection, tables: set[str], path: Path) -> None:
    expected = TABLE_COLUMNS
    if SEARCH_TABLE in tables:
        # Made before the search index (or it was dropped), a catalogue opens, and search says
        # to rebuild it (services/search.py). An index that is there must be whole.
        expected = TABLE_COLUMNS | SEARCH_COLUMNS
    missing_tables = sorted(name for name in expected if name not in tables)
    if missing_tables:
        names = ", ".join(missing_tables)
        raise CatalogueUnavailableError(f"{path} is damaged: tables missing: {names}.")
    for table, columns in expected.items():
        present = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        missing = sorted(columns - present)
        if missing:
            names = ", ".join(missing)
            raise CatalogueUnavailableError(
                f"{path} is damaged: table {table} lacks the columns {names}."
            )


def _check_rows(connection: sqlite3.Connection, path: Path) -> None:
    info = _info_values(connection)
    absent = [key for key in INFO_KEYS if key not in info]
    if absent:
        names = ", ".join(absent)
        raise CatalogueUnavailableError(f"{path} is damaged: its catalogue_info lacks {names}.")
    if connection.execute("SELECT 1 FROM summits LIMIT 1").fetchone() is None:
        raise CatalogueUnavailableError(f"{path} is damaged: it holds no summits.")
