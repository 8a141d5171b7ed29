"""The databases a `pfp` command opened, closed by main() when the command ends.

Closing is what folds the notes database's write-ahead log into its file. Left to the
interpreter's exit (which `cli.run()` no longer walks), a note written by `pfp` stayed in
pfp-user.sqlite-wal, and a copy of the database file alone lacked it. No imports: `pfp --help`
loads this module too.
"""

from __future__ import annotations

from collections.abc import Callable

_closes: list[Callable[[], None]] = []


def close_at_end(close: Callable[[], None]) -> None:
    """Have ``close`` called when the running command ends (after it, on success or error)."""
    _closes.append(close)


def close_opened() -> None:
    """Close what the command opened, the last opened first."""
    while _closes:
        _closes.pop()()
