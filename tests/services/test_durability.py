"""Kill -9 at random moments while notes are being saved: the database is never corrupted and
every acknowledged write is there."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pfp_desktop.storage.user_db import USER_DB_NAME

RUNS = 6


def _write_until_killed(data_dir: Path, first: int, delay: float) -> list[int]:
    """Numbers the child acknowledged before it was killed, ``delay`` s after its first write."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.services.note_writer", str(data_dir), str(first)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    acknowledged: list[int] = []
    deadline = None
    with child.stdout:
        while deadline is None or time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            acknowledged.append(int(line))
            deadline = deadline or time.monotonic() + delay
        child.send_signal(signal.SIGKILL)  # mid-write, most likely: it never stops writing
        child.wait()
    return acknowledged


def test_sigkill_never_loses_an_acknowledged_note_nor_corrupts(tmp_path: Path) -> None:
    randomness = random.Random(20261128)
    expected: dict[str, str] = {}
    first = 0
    for _ in range(RUNS):
        done = _write_until_killed(tmp_path, first, delay=randomness.uniform(0.0, 0.4))
        for number in done:
            expected[f"note-{number % 50}"] = f"write {number}: "
        first = (done[-1] + 1) if done else first
    database = tmp_path / USER_DB_NAME
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = dict(connection.execute("SELECT target_key, text FROM notes").fetchall())
    assert sum(1 for _ in expected) > 0, "no write was acknowledged: test did not exercise"
    for key, prefix in expected.items():
        # The newest acknowledged write (or a newer, unacknowledged one) is what is stored.
        number = int(stored[key].split(":")[0].removeprefix("write "))
        assert number >= int(prefix.split(":")[0].removeprefix("write ")), key
