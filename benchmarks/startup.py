"""Start-up to a painted window: PfP Desktop against the bare-window floor, in the same run.

Run: .venv/bin/python -m benchmarks.startup [--runs N] [--catalogue PATH]

Each process prints "painted" when its window is on screen, pfp-desktop "shown" when it painted
the catalogue as at the last quit (the second start on) and "ready" when the live catalogue is
shown in it; this script notes when each line arrives, from the moment it started
the process. Prints median and spread, and ratios to the floor's "painted"; each line also
carries the CPU time the process had used, a steadier figure when the machine is busy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.installed import compile_sources

BIN = Path(sys.executable).parent


def time_stages(command: list[str]) -> dict[str, float]:
    """Seconds from process start to each stage line it prints, and to its exit ("exit")."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PFP_STARTUP_REPORT": "1"}
    start = time.perf_counter()
    stages: dict[str, float] = {}
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            stage, _, cpu = line.strip().partition(" ")
            stages.setdefault(stage, time.perf_counter() - start)
            stages.setdefault(f"{stage} cpu", float(cpu or "nan"))
        _, _, usage = os.wait4(process.pid, 0)  # the child's own peak memory
        process.returncode = 0
    stages["exit"] = time.perf_counter() - start
    stages["peak_rss_mb"] = usage.ru_maxrss / 1024
    return stages


def summary(name: str, times: list[float], floor: float | None) -> str:
    median = statistics.median(times)
    ratio = f"  {median / floor:5.2f}x floor" if floor else ""
    return (
        f"{name:44} median {median * 1000:6.0f} ms  "
        f"(min {min(times) * 1000:5.0f}, max {max(times) * 1000:5.0f}){ratio}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--catalogue", type=Path)
    args = parser.parse_args()
    compile_sources()
    with tempfile.TemporaryDirectory() as folder:
        shot = str(Path(folder) / "shot.png")
        os.environ["PFP_DATA_DIR"] = str(Path(folder) / "data")  # a delegate's own, fresh
        floor_cmd = [sys.executable, "-m", "benchmarks.floor_window", shot]
        app_cmd = [
            str(BIN / "pfp-desktop"),
            "--screenshot",
            shot,
            "--settings",
            str(Path(folder) / "s.ini"),
        ]
        if args.catalogue:
            app_cmd += ["--catalogue", str(args.catalogue)]
        time_stages(floor_cmd), time_stages(app_cmd)  # warm the file cache
        floor, app = [], []
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            floor.append(time_stages(floor_cmd))
            app.append(time_stages(app_cmd))
    base = statistics.median(f["painted"] for f in floor)
    print(summary("floor: bare PySide6 window painted", [f["painted"] for f in floor], None))
    print(summary("pfp-desktop: window painted", [a["painted"] for a in app], base))
    # "shown": the catalogue as at the last quit, painted at once (services/first_screen.py);
    # "ready": the live catalogue. The first run above (the warm-up) left the picture.
    on_screen = [a.get("shown", a["ready"]) for a in app]
    print(summary("pfp-desktop: catalogue on screen", on_screen, base))
    print(summary("pfp-desktop: catalogue live (clickable)", [a["ready"] for a in app], base))
    print(
        f"{'runs that started from the last quit':44} {sum('shown' in a for a in app)}/{len(app)}"
    )
    cpu_floor = statistics.median(f["painted cpu"] for f in floor)
    print(summary("CPU time: floor painted", [f["painted cpu"] for f in floor], None))
    print(summary("CPU time: pfp-desktop painted", [a["painted cpu"] for a in app], cpu_floor))
    peak = max(a["peak_rss_mb"] for a in app)
    floor_peak = max(f["peak_rss_mb"] for f in floor)
    print(f"{'peak memory (RSS): pfp-desktop / floor':44} {peak:6.0f} MB / {floor_peak:.0f} MB")


if __name__ == "__main__":
    main()
