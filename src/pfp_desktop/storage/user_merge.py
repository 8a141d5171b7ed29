"""Putting rows salvaged from a damaged user database over a backup.

A salvaged row wins over the backup's row for the same thing, and nothing salvaged is dropped.
"The same thing" is the natural key: a note's target, a pack's or a saved search's name, a
correction's initiative and field. Integer ids are only a file's own numbering (two files number
their notes independently), so a salvaged row takes the backup's id for the same thing, or a new
one, and the rows that point at it (revisions, pack items) follow. Plain DELETE, INSERT and
UPDATE statements keep the search index right: its triggers fire for each.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Integer, Table, UniqueConstraint

from pfp_desktop.storage.sqlite_files import connect, connect_read_only
from pfp_desktop.storage.user_db import is_healthy, migrate, user_engine
from pfp_desktop.storage.user_salvage import Salvage, user_tables

Values = dict[str, object]
IdMap = dict[str, dict[int, int]]  # table -> salvaged id -> id in the merged file


def write_merged(target: Path, base: Path | None, salvage: Salvage) -> None:
    """Write to ``target`` (a new file) the backup ``base`` (or an empty database) brought to
    today's schema, with every salvaged row put over it."""
    if base is not None:
        with closing(connect_read_only(base)) as source, closing(connect(target)) as copy:
            source.backup(copy)
    engine = user_engine(target)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    with closing(connect(target, autocommit=True)) as writer:
        writer.execute("PRAGMA foreign_keys=OFF")  # keep a salvaged revision whose note is lost
        writer.execute("BEGIN IMMEDIATE")
        ids: IdMap = {}
        for table in user_tables():
            columns = salvage.columns.get(table.name, [])
            for row in salvage.rows.get(table.name, []):
                values = dict(zip(columns, row, strict=True))
                _point_at_merged_ids(table, values, ids)
                _put(writer, table, values, ids)
            if table.name == "notes":
                _rebuild_lost_notes(writer, table, salvage, ids)
        _give_every_note_its_revision(writer)
        writer.execute("COMMIT")
    if not is_healthy(target):
        raise sqlite3.DatabaseError(f"the recovered database {target} failed its check")


def _point_at_merged_ids(table: Table, values: Values, ids: IdMap) -> None:
    for key in table.foreign_keys:
        column, parent = key.parent.name, key.column.table.name
        old = values.get(column)
        if isinstance(old, int) and old in ids.get(parent, {}):
            values[column] = ids[parent][old]


def _put(writer: sqlite3.Connection, table: Table, values: Values, ids: IdMap) -> None:
    primary = list(table.primary_key.columns)
    if len(primary) != 1 or primary[0].name != "id" or not isinstance(primary[0].type, Integer):
        _replace(writer, table, values, [c.name for c in primary])
        return
    old = values.pop("id", None)
    unique = [
        [c.name for c in u.columns] for u in table.constraints if isinstance(u, UniqueConstraint)
    ]
    # Without a natural key (revisions), an identical row is the same one: not added twice.
    key = unique[0] if unique else list(values)
    found = _find(writer, table, {name: values[name] for name in key})
    if found is None:
        new = _insert(writer, table, values)
    else:
        new = found
        assignments = ", ".join(f'"{name}" = ?' for name in values)
        writer.execute(
            f'UPDATE "{table.name}" SET {assignments} WHERE id = ?', [*values.values(), found]
        )
    if isinstance(old, int):
        ids.setdefault(table.name, {})[old] = new


def _replace(writer: sqlite3.Connection, table: Table, values: Values, key: list[str]) -> None:
    where = " AND ".join(f'"{name}" IS ?' for name in key)
    writer.execute(f'DELETE FROM "{table.name}" WHERE {where}', [values[name] for name in key])
    _insert(writer, table, values)


def _find(writer: sqlite3.Connection, table: Table, key: Values) -> int | None:
    where = " AND ".join(f'"{name}" IS ?' for name in key)
    row = writer.execute(
        f'SELECT id FROM "{table.name}" WHERE {where} LIMIT 1', list(key.values())
    ).fetchone()
    return int(row[0]) if row else None


def _insert(writer: sqlite3.Connection, table: Table, values: Values) -> int:
    names = ", ".join(f'"{name}"' for name in values)
    marks = ", ".join("?" * len(values))
    cursor = writer.execute(
        f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', list(values.values())
    )
    return int(cursor.lastrowid or 0)


def _rebuild_lost_notes(
    writer: sqlite3.Connection, notes: Table, salvage: Salvage, ids: IdMap
) -> None:
    """Notes known only from the search index: their old id and time come from a salvaged
    revision with the same text, so that note's revisions follow it."""
    by_text: dict[object, list[Values]] = {}
    for revision in salvage.dicts("note_revisions"):
        by_text.setdefault(revision["text"], []).append(revision)
    for (kind, key), text in salvage.lost_notes.items():
        mapped = ids.get("notes", {})
        same = [r for r in by_text.get(text, []) if r["note_id"] not in mapped]
        newest = max(same, key=lambda r: str(r["saved_at"]), default=None)
        values: Values = {"target_kind": kind, "target_key": key, "text": text}
        values["updated_at"] = newest["saved_at"] if newest else _now()
        if newest is not None:
            values = {"id": newest["note_id"], **values}
        _put(writer, notes, values, ids)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")  # as services.clock writes it


def _give_every_note_its_revision(writer: sqlite3.Connection) -> None:
    # History ends with the note's text; a note whose revisions were on a bad page gets one.
    writer.execute(
        "INSERT INTO note_revisions (note_id, text, saved_at, origin) "
        "SELECT id, text, updated_at, 'restore' FROM notes WHERE NOT EXISTS "
        "(SELECT 1 FROM note_revisions r WHERE r.note_id = notes.id AND r.text = notes.text)"
    )
