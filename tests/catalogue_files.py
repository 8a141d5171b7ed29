"""Real catalogue files made from a copy of data/pfp.sqlite: damaged in one way each, or with
one very long text. Shared by the storage, CLI, window and benchmark code."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "pfp.sqlite"
BIG_ID = "eu-diaspora-facility"  # the initiative whose texts are made long


def copy_of_shipped(folder: Path, name: str) -> Path:
    path = folder / f"{name}.sqlite"
    shutil.copy(SHIPPED, path)
    return path


def change(path: Path, *statements: str) -> Path:
    """Run these statements on ``path`` in one transaction."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            for statement in statements:
                connection.execute(statement)
    finally:
        connection.close()
    return path


def rebuild_without(path: Path, table: str, column: str) -> Path:
    """``table`` made again without ``column`` (what DROP COLUMN refuses for a key column)."""
    connection = sqlite3.connect(path)
    try:
        names = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
        kept = ", ".join(name for name in names if name != column)
        with connection:
            connection.execute("PRAGMA foreign_keys=OFF")
            connection.execute(f'CREATE TABLE rebuilt AS SELECT {kept} FROM "{table}"')
            connection.execute(f'DROP TABLE "{table}"')
            connection.execute(f'ALTER TABLE rebuilt RENAME TO "{table}"')
    finally:
        connection.close()
    return path


DAMAGES: dict[str, Callable[[Path], Path]] = {
    "table-dropped": lambda p: change(p, "DROP TABLE initiative_partners"),
    "column-dropped": lambda p: change(p, "ALTER TABLE initiatives DROP COLUMN solution"),
    "key-column-rebuilt-away": lambda p: rebuild_without(p, "summits", "chair"),
    "info-row-deleted": lambda p: change(p, "DELETE FROM catalogue_info WHERE key='version'"),
    "no-summits": lambda p: change(p, "PRAGMA foreign_keys=OFF", "DELETE FROM summits"),
    "future-schema": lambda p: change(
        p, "INSERT INTO catalogue_info (key, value) VALUES ('schema', '99')"
    ),
    "trigger-added": lambda p: change(
        p, "CREATE TRIGGER wipe AFTER INSERT ON summits BEGIN DELETE FROM initiatives; END"
    ),
    "view-added": lambda p: change(p, "CREATE VIEW titles AS SELECT title FROM initiatives"),
}
# What the one line says for each damage (a part of it).
SAYS = {
    "table-dropped": "tables missing: initiative_partners",
    "column-dropped": "table initiatives lacks the columns solution",
    "key-column-rebuilt-away": "table summits lacks the columns chair",
    "info-row-deleted": "catalogue_info lacks version",
    "no-summits": "holds no summits",
    "future-schema": "This catalogue was made for a newer PfP Desktop (schema 99)",
    "trigger-added": "holds SQL the importer never writes (trigger wipe)",
    "view-added": "holds SQL the importer never writes (view titles)",
}


def damaged_catalogue(folder: Path, damage: str) -> Path:
    """A copy of the shipped catalogue with one damage of DAMAGES."""
    return DAMAGES[damage](copy_of_shipped(folder, damage))


def long_text_catalogue(
    folder: Path, size: int, name: str = "long", unbreakable: bool = False
) -> Path:
    """A copy whose initiative BIG_ID has a title and a policy challenge of ``size`` characters
    (in the tables, the verbatim source fields and the search index: everything the window
    reads). Words of a few letters, or with ``unbreakable`` a title of one word."""
    path = copy_of_shipped(folder, name)
    title = "D" * size if unbreakable else ("Diaspora " * (size // 9 + 1))[:size]
    challenge = ("challenge text " * (size // 15 + 1))[:size]
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(
                "UPDATE initiatives SET title = ?, policy_challenge = ? WHERE id = ?",
                (title, challenge, BIG_ID),
            )
            connection.execute(
                "UPDATE source_fields SET verbatim = ? WHERE initiative_id = ? AND field = ?",
                (title, BIG_ID, "title"),
            )
            doc = connection.execute(
                "SELECT doc FROM search_docs WHERE initiative_id = ?", (BIG_ID,)
            ).fetchone()[0]
            connection.execute("UPDATE search_index SET title = ? WHERE rowid = ?", (title, doc))
            connection.execute("UPDATE search_titles SET title = ? WHERE rowid = ?", (title, doc))
    finally:
        connection.close()
    return path
