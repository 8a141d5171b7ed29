"""Start-up of the frozen build (the portable folder) against the venv launch, in the same run.

Run: .venv/bin/python -m benchmarks.frozen_startup [--runs N] [--folder DIR]
(build first: packaging/build-linux.sh; without --folder the tarball in dist/ is unpacked.)

Times the window to its first paint and to the catalogue shown (benchmarks.startup's stages),
and the CLI (`pfp list`) to its exit, interleaving the two launches so machine noise hits both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from benchmarks.startup import BIN, summary, time_stages

DIST = Path(__file__).resolve().parents[1] / "dist"


def unpacked(folder: Path | None, scratch: Path) -> Path:
    if folder is not None:
        return folder
    (tarball,) = DIST.glob("pfp-desktop-*-linux-x86_64.tar.gz")
    with tarfile.open(tarball) as tar:
        tar.extractall(scratch, filter="tar")
    (found,) = scratch.glob("pfp-desktop-*")
    return found


def exit_time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--folder", type=Path, help="an unpacked portable folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["PFP_DATA_DIR"] = str(Path(scratch) / "notes")  # children inherit it
        frozen = unpacked(args.folder, Path(scratch))
        shot, ini = str(Path(scratch) / "shot.png"), str(Path(scratch) / "s.ini")
        window = {
            name: [str(folder / "pfp-desktop"), "--screenshot", shot, "--settings", ini]
            for name, folder in (("venv", BIN), ("frozen", frozen))
        }
        cli = {"venv": [str(BIN / "pfp"), "list"], "frozen": [str(frozen / "pfp"), "list"]}
        for name in window:  # warm the file cache
            time_stages(window[name]), exit_time(cli[name])
        stages: dict[str, list[dict[str, float]]] = {"venv": [], "frozen": []}
        exits: dict[str, list[float]] = {"venv": [], "frozen": []}
        for _ in range(args.runs):
            for name in window:
                stages[name].append(time_stages(window[name]))
                exits[name].append(exit_time(cli[name]))
    report(stages, exits)


def report(stages: dict[str, list[dict[str, float]]], exits: dict[str, list[float]]) -> None:
    print(f"Python {sys.version.split()[0]}, {len(exits['venv'])} runs each")
    for stage, label in (("painted", "window painted"), ("ready", "catalogue shown")):
        base = statistics.median(s[stage] for s in stages["venv"])
        print(summary(f"venv: {label}", [s[stage] for s in stages["venv"]], None))
        frozen = summary(f"frozen: {label}", [s[stage] for s in stages["frozen"]], base)
        print(frozen.replace("floor", "venv"))
    base = statistics.median(exits["venv"])
    print(summary("venv: pfp list (to exit)", exits["venv"], None))
    print(summary("frozen: pfp list (to exit)", exits["frozen"], base).replace("floor", "venv"))
    for name in stages:
        peak = max(s["peak_rss_mb"] for s in stages[name])
        print(f"{name + ': peak memory (RSS) of the window':44} {peak:6.0f} MB")


if __name__ == "__main__":
    main()
