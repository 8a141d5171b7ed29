"""Whole-process times of `pfp` commands (what a person scripting waits for), against floors
measured in the same run: a Python that imports argparse, and a fresh Python reading the same
rows with plain sqlite3 and printing them as JSON. Beside each, the same command in-process
(imports done, as a long-lived program would see it) against the same read in-process.
Medians of alternating runs.

Run: .venv/bin/python -m benchmarks.cli_startup [--runs 9] [--catalogue PATH] [--only TEXT]
     [--id ID] [--notes]   (with a notes database in the data folder: `show` reads it too)
`pfp export --all` is measured against benchmarks/export_floor.py (plain sqlite3 and
single-pass reportlab over the same texts); its in-process ratio is benchmarks/pack.py's.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.installed import compile_sources

PFP = str(Path(sys.executable).parent / "pfp")
SHIPPED = Path(__file__).resolve().parents[1] / "data" / "pfp.sqlite"
SHOWN = "eu-diaspora-facility"
# The floors: the rows each command prints, read and printed by a fresh Python.
FLOOR_SUMMITS = """
import sqlite3, json, sys
c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
print(json.dumps(c.execute('SELECT s.*, (SELECT count(*) FROM initiatives i JOIN sessions se '
    'ON i.session_id = se.id WHERE se.summit_number = s.number) FROM summits s').fetchall()))
"""
FLOOR_SHOW = """
import sqlite3, json, sys
c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
i = sys.argv[2]
rows = [c.execute('SELECT * FROM initiatives i JOIN sessions s ON i.session_id = s.id '
                  'JOIN summits m ON s.summit_number = m.number WHERE i.id = ?', (i,)).fetchall()]
for table in ('initiative_partners', 'initiative_gcm_objectives', 'initiative_sdg_targets',
              'source_fields', 'related_members'):
    rows.append(c.execute(f'SELECT * FROM {table} WHERE initiative_id = ?', (i,)).fetchall())
print(json.dumps(rows))
"""


def cases(
    catalogue: Path, folder: Path, shown: str = SHOWN
) -> dict[str, tuple[list[str], list[str]]]:
    """Each command and its floor, as whole processes."""
    python = [sys.executable, "-c"]
    pdf = [str(catalogue), str(folder / "floor.pdf")]
    return {
        "pfp --help": ([PFP, "--help"], [*python, "import argparse"]),
        "pfp summits --json": (
            [PFP, "--catalogue", str(catalogue), "summits", "--json"],
            [*python, FLOOR_SUMMITS, str(catalogue)],
        ),
        "pfp show ID --json": (
            [PFP, "--catalogue", str(catalogue), "show", shown, "--json"],
            [*python, FLOOR_SHOW, str(catalogue), shown],
        ),
        "pfp export --all": (
            [PFP, "--catalogue", str(catalogue), "export", "--all", "--out", pdf[1] + "-pack"],
            [sys.executable, "-m", "benchmarks.export_floor", *pdf],
        ),
    }


def _once(command: list[str]) -> tuple[float, float]:
    """Wall time and the child's CPU time (steadier when the machine is shared)."""
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as child:
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, command)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def _in_process(command: list[str], floor: list[str], runs: int) -> tuple[float, float] | None:
    """The command run by main() and the floor's script exec'd, in this (warm) process."""
    if "--help" in command or "export" in command:  # export in-process: benchmarks/pack.py
        return None
    from pfp_desktop.cli import main

    def ours() -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            main(command[1:])

    code = compile(floor[2], "floor", "exec")

    def plain() -> None:
        argv, sys.argv = sys.argv, ["floor", *floor[3:]]
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(code, {})
        finally:
            sys.argv = argv

    return _median(ours, runs), _median(plain, runs)


def _median(action: Callable[[], None], runs: int) -> float:
    action()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _with_notes(folder: Path, catalogue: Path, shown: str) -> None:
    from pfp_desktop.cli import main

    with contextlib.redirect_stdout(io.StringIO()):
        words = ["--catalogue", str(catalogue), "--data-dir", str(folder), "note", shown]
        main([*words, "--set", "A note for the benchmark"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--catalogue", type=Path, default=SHIPPED)
    parser.add_argument("--notes", action="store_true")
    parser.add_argument("--id", default=SHOWN, help="the initiative `show` shows")
    parser.add_argument("--only", help="the commands whose name holds this text")
    args = parser.parse_args()
    compile_sources()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PFP_DATA_DIR"] = folder  # the person's folder: empty, or one note
        if args.notes:
            _with_notes(Path(folder), args.catalogue, args.id)
        for name, (command, floor) in cases(args.catalogue, Path(folder), args.id).items():
            if args.only and args.only not in name:
                continue
            ours, base = [], []
            for _ in range(args.runs):  # alternating, so both see the same load
                ours.append(_once(command))
                base.append(_once(floor))
            mine, ref = (statistics.median(t for t, _ in runs) for runs in (ours, base))
            cpu, cpu_ref = (statistics.median(c for _, c in runs) for runs in (ours, base))
            line = (
                f"{name:20} {mine * 1000:5.0f} ms  floor {ref * 1000:4.0f} ms  {mine / ref:4.1f}x"
            )
            line += f"  (CPU {cpu / cpu_ref:4.1f}x)"
            warm = _in_process(command, floor, args.runs * 3)
            if warm:
                inner, plain = warm
                line += f"   in-process {inner * 1000:6.2f} ms / {plain * 1000:5.2f} ms"
                line += f"  {inner / plain:4.1f}x"
            print(line)


if __name__ == "__main__":
    main()
