"""Salvaging what is still readable in a damaged user database (storage/user_merge puts it
over a backup).

A damaged page usually spoils a few rows, not the file: each table is read in rowid order, and
where reading fails the reader jumps ahead (growing the jump until a read works, then narrowing
back so no readable row beyond the bad part is skipped). The `sqlite3` program's `.recover` would
do more, but it is not always installed; this needs only the sqlite3 module.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Integer, Table

from pfp_desktop.storage.sqlite_files import connect_read_only
from pfp_desktop.storage.user_schema import UserBase

MIN_ROWID, MAX_ROWID = -(2**63), 2**63 - 1
Row = tuple[object, ...]


@dataclass
class Salvage:
    """Rows read from a damaged file, per table, in the columns of today's schema."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    columns: dict[str, list[str]] = field(default_factory=dict)
    complete: bool = True  # every table was read without an error
    # Notes whose own rows were lost, as the search index still holds them: (kind, key) -> text
    lost_notes: dict[tuple[str, str], str] = field(default_factory=dict)

    def count(self, table: str) -> int:
        """How many rows of ``table`` were saved."""
        return len(self.rows.get(table, []))

    def notes_found(self) -> int:
        """How many notes were saved, whole or only as text."""
        return self.count("notes") + len(self.lost_notes)

    def rows_found(self) -> int:
        """How many rows of any table were saved."""
        return sum(len(rows) for rows in self.rows.values()) + len(self.lost_notes)

    def dicts(self, table: str) -> list[dict[str, object]]:
        """The saved rows of ``table``, as column-to-value dicts."""
        columns = self.columns.get(table, [])
        return [dict(zip(columns, row, strict=True)) for row in self.rows.get(table, [])]


def user_tables() -> list[Table]:
    """The tables a person's data lives in, parents before children."""
    return list(UserBase.metadata.sorted_tables)


def salvage_rows(damaged: Path) -> Salvage:
    """Every row of every user table that can still be read from ``damaged``."""
    salvage = Salvage()
    try:
        reader = connect_read_only(damaged)
    except sqlite3.Error:
        return Salvage(complete=False)
    with closing(reader):
        reader.text_factory = bytes  # decoded per row: one bad text spoils one row, not a scan
        for table in user_tables():
            _salvage_table(reader, table, salvage)
        _salvage_lost_notes(reader, salvage)
    return salvage


def _salvage_lost_notes(reader: sqlite3.Connection, salvage: Salvage) -> None:
    # The search index repeats each note's target and text (its triggers run in the note's own
    # transaction), so a note whose row sat on a bad page can still be rebuilt from it.
    select = (
        "SELECT rowid, kind, key, text FROM personal_index "
        "WHERE source = 'note' AND rowid >= ? ORDER BY rowid"
    )
    try:
        raw, _clean = _read_all(reader, select)
    except sqlite3.Error:
        return
    kept = {(row["target_kind"], row["target_key"]) for row in salvage.dicts("notes")}
    for row in raw:
        kind, key, text = (_text(value) for value in row[1:])
        if kind is not None and key is not None and text is not None and (kind, key) not in kept:
            salvage.lost_notes[(kind, key)] = text


def _text(value: object) -> str | None:
    try:
        return value.decode("utf-8") if isinstance(value, bytes) else None
    except UnicodeDecodeError:
        return None


def _salvage_table(reader: sqlite3.Connection, table: Table, salvage: Salvage) -> None:
    try:
        present = {str(r[1], "utf-8") for r in reader.execute(f'PRAGMA table_info("{table.name}")')}
    except sqlite3.Error:
        salvage.complete = False
        return
    if not present:
        return  # a table added by a later schema than the file's
    columns = [c.name for c in table.columns if c.name in present]
    if any(c.name not in present and not c.nullable for c in table.columns):
        salvage.complete = False  # rows without a required column cannot be put back
        return
    quoted = ", ".join(f'"{c}"' for c in columns)
    select = f'SELECT rowid, {quoted} FROM "{table.name}" WHERE rowid >= ? ORDER BY rowid'
    raw, clean = _read_all(reader, select)
    decoded = (_decoded(table, columns, row[1:]) for row in raw)
    rows = [row for row in decoded if row is not None]
    salvage.rows[table.name] = rows
    salvage.columns[table.name] = columns
    salvage.complete = salvage.complete and clean and len(rows) == len(raw)


def _read_all(reader: sqlite3.Connection, select: str) -> tuple[list[Row], bool]:
    rows: list[Row] = []
    start: int | None = MIN_ROWID
    clean = True
    while start is not None:
        failed = _scan(reader, select, start, rows)
        if failed is None:
            break
        clean = False
        start = _next_readable(reader, select, failed)  # always past ``failed``
    return rows, clean


def _scan(reader: sqlite3.Connection, select: str, start: int, rows: list[Row]) -> int | None:
    """Append the rows from rowid ``start`` on; None at the end, else the rowid that failed."""
    position = start
    try:
        for row in reader.execute(select, (start,)):
            rows.append(row)
            position = int(row[0]) + 1
    except sqlite3.Error:
        return position
    return None


def _next_readable(reader: sqlite3.Connection, select: str, failed: int) -> int | None:
    """The first rowid after ``failed`` from which reading works, or None past the end."""
    low, step = failed, 1  # low: a rowid known not to be readable
    while True:
        high = low + step
        if high > MAX_ROWID:
            return None
        if _readable(reader, select, high):
            break
        low, step = high, step * 2
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if _readable(reader, select, middle) else (middle, high)
    return high


def _readable(reader: sqlite3.Connection, select: str, rowid: int) -> bool:
    try:
        reader.execute(select + " LIMIT 1", (rowid,)).fetchall()
    except sqlite3.Error:
        return False
    return True


def _decoded(table: Table, columns: list[str], values: Row) -> Row | None:
    """The row with its texts decoded, or None if it cannot be a row of ``table``."""
    decoded: list[object] = []
    for name, value in zip(columns, values, strict=True):
        column = table.columns[name]
        if isinstance(value, bytes):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                return None
        if value is None and not column.nullable:
            return None
        wanted = int if isinstance(column.type, Integer) else str
        if value is not None and not isinstance(value, wanted):
            return None
        decoded.append(value)
    return tuple(decoded)
