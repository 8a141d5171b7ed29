"""Opening SQLite files by path, never letting a folder name be read as URI syntax.

A folder may be called ``we?ird#dir%20x``: SQLAlchemy's ``sqlite:///`` URL and an unquoted
``file:`` URI both cut such a name at ``?`` or ``#`` and decode ``%xx``, so the data would land
in another folder. Here a writable file is opened by its absolute name (sqlite3 passes it to
SQLite untouched: it starts with ``/`` or a drive, never ``file:``), and a read-only one through
``Path.as_uri()``, which percent-quotes every reserved character.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
BATCH = 500  # values bound in one IN (...): far below SQLite's cap on parameters


def file_name(path: Path) -> str:
    """The absolute name SQLite gets for ``path``; never starts with ``file:``."""
    return str(path.resolve())


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A quoted ``file:`` URI that opens ``path`` read-only."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect(path: Path, *, threads: bool = False, autocommit: bool = False) -> sqlite3.Connection:
    """A read-write connection on ``path`` (created if missing). ``threads``: usable from any
    thread (a pool hands it around); ``autocommit``: sqlite3 never opens transactions itself."""
    if autocommit:
        return sqlite3.connect(file_name(path), check_same_thread=not threads, isolation_level=None)
    return sqlite3.connect(file_name(path), check_same_thread=not threads)


def connect_read_only(path: Path, *, threads: bool = False) -> sqlite3.Connection:
    """A read-only connection on an existing ``path``.

    A database in WAL mode needs its ``-shm`` file to be read; in a read-only folder where that
    file is absent (the last writer closed cleanly) it cannot be created, so the file is then
    opened as immutable: nobody can be writing to it, as nobody can write in that folder.
    """
    connection = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=not threads)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        if not _needs_immutable(path):
            return connection  # the caller meets the real error on its first query
        connection.close()
        uri = read_only_uri(path, immutable=True)
        return sqlite3.connect(uri, uri=True, check_same_thread=not threads)
    return connection


def _needs_immutable(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    folder_writable = _writable(path.parent)
    return not folder_writable and not (wal.exists() and wal.stat().st_size > 0)


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def in_batches(values: Sequence[T], size: int = BATCH) -> Iterator[list[T]]:
    """``values`` in lists of at most ``size``, in order: one IN (...) query each."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])
