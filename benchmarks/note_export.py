"""Exporting a long note: a one-initiative pack whose note has 1,000 to 50,000 lines, against a
floor of the same lines as plain paragraphs in a single-pass reportlab document, same run.

Run: .venv/bin/python -m benchmarks.note_export [--runs N] [--lines 1000 2000 ...]

Time per line must stay flat as the note grows (it grew with the note's length before: 8,000
lines took 30 s and 50,000 never finished). Floor and pack alternate run by run so machine
noise hits both alike; each line prints the medians, their ratio, and the same in CPU time with
the pack's CPU time per line (which other processes on a shared machine do not inflate).
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Paragraph, SimpleDocTemplate

from pfp_desktop.domain.briefing_pack import BriefingPack, PackOptions
from pfp_desktop.export import export_pack
from pfp_desktop.export.escaping import esc
from pfp_desktop.export.fonts import register_fonts
from pfp_desktop.export.styles import make_styles
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.locations import shipped_catalogue_path, shipped_resource

FONTS = shipped_resource("fonts")
SIZES = (1_000, 2_000, 5_000, 10_000, 20_000, 50_000)


def note_lines(count: int) -> list[str]:
    """Short lines as a delegate types them, one newline apart (one Markdown paragraph); 50,000
    of them stay under the app's limit of a million characters."""
    return [f"Line {n}: *costs*" for n in range(1, count + 1)]


def one_initiative_pack(note: str) -> BriefingPack:
    service = CatalogueService(shipped_catalogue_path())
    item = service.initiatives()[0]
    summits = {s.number: s for s in service.summits()}
    options = PackOptions(title="Benchmark pack", include_notes=True)
    pack = BriefingPack([item], summits, service.info(), options, {item.id: note})
    service.close()
    return pack


def build_floor(lines: list[str]) -> None:
    """The same lines as plain paragraphs, one each, in memory, in one pass."""
    body = make_styles(register_fonts(FONTS)).body
    SimpleDocTemplate(io.BytesIO(), invariant=1).build([Paragraph(esc(t), body) for t in lines])


def _time(action: Callable[[], None]) -> tuple[float, float]:
    """Wall and CPU seconds: other processes on a shared machine inflate only the first."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(count: int, runs: int, folder: Path) -> str:
    lines = note_lines(count)
    pack = one_initiative_pack("\n".join(lines))
    floor: list[tuple[float, float]] = []
    real: list[tuple[float, float]] = []
    for _ in range(runs):
        floor.append(_time(lambda: build_floor(lines)))
        real.append(_time(lambda: export_pack(pack, folder / "pack.pdf", fonts_dir=FONTS)))
    base, median = (statistics.median(t[0] for t in times) for times in (floor, real))
    base_cpu, cpu = (statistics.median(t[1] for t in times) for times in (floor, real))
    return (
        f"{count:>6} lines: floor {base:6.2f} s  pack {median:6.2f} s  {median / base:5.2f}x floor"
        f"  | CPU {cpu / base_cpu:5.2f}x floor, {cpu / count * 1000:6.3f} ms a line"
        f" (floor {base_cpu / count * 1000:6.3f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lines", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        build_floor(note_lines(100))  # fonts and caches warmed before the first figure
        for count in args.lines:
            print(measure(count, args.runs, Path(folder)), flush=True)


if __name__ == "__main__":
    main()
