"""Whole-process times of `pfp` commands (what a person scripting waits for), against floors
measured in the same run: a Python that imports argparse, and a fresh Python reading the same
rows with plain sqlite3. Medians of alternating runs.

Run: .venv/bin/python -m benchmarks.cli_startup [--runs 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

PFP = str(Path(sys.executable).parent / "pfp")
CATALOGUE = Path(__file__).resolve().parents[1] / "data" / "pfp.sqlite"
SQLITE_SUMMITS = (
    "import sqlite3, json; c = sqlite3.connect('file:{db}?mode=ro', uri=True); "
    "print(json.dumps(c.execute('SELECT * FROM summits').fetchall()))"
)
CASES = {
    "pfp --help": ([PFP, "--help"], [sys.executable, "-c", "import argparse"]),
    "pfp summits --json": (
        [PFP, "summits", "--json"],
        [sys.executable, "-c", SQLITE_SUMMITS.format(db=CATALOGUE)],
    ),
    "pfp show ID --json": (
        [PFP, "show", "eu-diaspora-facility", "--json"],
        [sys.executable, "-c", SQLITE_SUMMITS.format(db=CATALOGUE)],
    ),
}


def _once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    for name, (command, floor) in CASES.items():
        ours, base = [], []
        for _ in range(runs):  # alternating, so both see the same load
            ours.append(_once(command))
            base.append(_once(floor))
        mine, ref = statistics.median(ours), statistics.median(base)
        print(f"{name:22} {mine * 1000:6.0f} ms   floor {ref * 1000:5.0f} ms   {mine / ref:4.1f}x")


if __name__ == "__main__":
    main()
