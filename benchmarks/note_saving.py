"""Note saving: from a keystroke's text to a durable commit (WAL, synchronous=FULL), against the
floor of a bare sqlite3 UPDATE + COMMIT with the same settings on the same disk, same run.

Run: .venv/bin/python -m benchmarks.note_saving [--saves 200]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services.notes import NotesService
from pfp_desktop.services.user_data import open_user_data


def floor_times(folder: Path, saves: int) -> list[float]:
    connection = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.execute("INSERT INTO notes VALUES (1, '')")
    times = []
    for number in range(saves):
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("UPDATE notes SET text = ? WHERE id = 1", (f"note text {number}",))
        connection.execute("COMMIT")
        times.append(time.perf_counter() - start)
    return times


def app_times(folder: Path, saves: int) -> list[float]:
    notes = NotesService(open_user_data(folder / "user"))
    target = Target(TargetKind.INITIATIVE, "eu-diaspora-facility")
    times = []
    for number in range(saves):
        start = time.perf_counter()
        notes.set_note(target, f"note text {number}")  # revision + index trigger + commit
        times.append(time.perf_counter() - start)
    return times


def edit_times(folder: Path, saves: int) -> list[float]:
    """The window's path: a compare-and-set save of an edit (BEGIN IMMEDIATE, read, write)."""
    notes = NotesService(open_user_data(folder / "edits"))
    target = Target(TargetKind.INITIATIVE, "eu-diaspora-facility")
    base, times = "", []
    for number in range(saves):
        text = f"note text {number}"
        start = time.perf_counter()
        base = notes.save_edit(target, base, text).text
        times.append(time.perf_counter() - start)
    return times


def line(name: str, times: list[float], floor: float | None) -> str:
    median = statistics.median(times)
    p95 = sorted(times)[int(0.95 * (len(times) - 1))]
    ratio = f"  {median / floor:4.2f}x floor" if floor else ""
    return f"{name:34} median {median * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms{ratio}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        floor = floor_times(Path(folder), args.saves)
        app = app_times(Path(folder), args.saves)
        edits = edit_times(Path(folder), args.saves)
    base = statistics.median(floor)
    print(line("floor: sqlite3 UPDATE + COMMIT", floor, None))
    print(line("NotesService.set_note (durable)", app, base))
    print(line("NotesService.save_edit (window)", edits, base))
    print("A keystroke reaches the store at most 1 s later (the note panel's save timer),")
    print("at once on record switch, focus change and quit.")


if __name__ == "__main__":
    main()
