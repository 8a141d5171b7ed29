"""Real faults for tests, beside the mounts of tests/mounts.py: a second process holding the
notes database's write lock, a write-ahead log emptied as a clean quit leaves it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


def truncate_wal(database: Path) -> None:
    """Checkpoint and empty the write-ahead log, as a clean quit leaves it: the next commit
    must then claim new disk space."""
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@contextmanager
def write_lock_held(database: Path) -> Iterator[None]:
    """Another process holds the database's write lock (as a long `pfp notes import` does)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    try:
        yield
    finally:
        holder.communicate("done\n", timeout=30)
