"""PDF briefing packs against a floor: a plain single-pass reportlab document of the same text.

Run: .venv/bin/python -m benchmarks.pack [--runs N] [--synthetic 1000]

Two packs: the 48 shipped initiatives, and a synthetic pack that repeats them under new ids.
The floor lays out the same words (one page break per initiative, the bundled font) in a
SimpleDocTemplate: no cover, contents, outline, index, header or footer, and one pass instead of
two. Floor and pack alternate run by run so machine noise hits both alike. Prints median and
spread (min, max) and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from pfp_desktop.domain.briefing_pack import BriefingPack, PackOptions
from pfp_desktop.domain.models import Initiative
from pfp_desktop.export import export_pack
from pfp_desktop.export.fonts import register_fonts
from pfp_desktop.export.markup import esc
from pfp_desktop.export.styles import make_styles
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.locations import shipped_catalogue_path, shipped_resource

FONTS = shipped_resource("fonts")
NOTE = "Met the **desk** in *March*.\n\n- follow up on costs\n- ask about R&D\n"


def shipped_pack(count: int | None = None) -> BriefingPack:
    """The shipped initiatives, or ``count`` of them repeated under new ids, with a note each."""
    service = CatalogueService(shipped_catalogue_path())
    items = service.initiatives()
    if count is not None:
        items = [
            dataclasses.replace(items[n % len(items)], id=f"{items[n % len(items)].id}-{n}")
            for n in range(count)
        ]
    summits = {s.number: s for s in service.summits()}
    options = PackOptions(title="Benchmark pack", delegate="A. Delegate", meeting="Benchmark")
    return BriefingPack(items, summits, service.info(), options, {i.id: NOTE for i in items})


def _floor_texts(item: Initiative) -> list[str]:
    return [
        item.title,
        ", ".join(p.name for p in item.partners),
        item.policy_challenge,
        item.solution,
        *(f"{t.code} {t.label}" for t in (*item.gcm_objectives, *item.sdg_targets)),
        *(link.title for link in item.related),
        NOTE,
        f"Source: {item.provenance.source_name}, lines {item.provenance.lines}",
    ]


def build_floor(pack: BriefingPack) -> None:
    """The same words in a plain single-pass document, in memory."""
    body = make_styles(register_fonts(FONTS)).body
    story = []
    for item in pack.initiatives:
        story += [Paragraph(esc(text), body) for text in _floor_texts(item) if text]
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), invariant=1).build(story)


def build_pack(pack: BriefingPack, folder: Path) -> None:
    export_pack(pack, folder / "pack.pdf", fonts_dir=FONTS, creator="PfP Desktop benchmark")


def _time(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(name: str, pack: BriefingPack, runs: int, folder: Path) -> None:
    """Time floor and pack alternately ``runs`` times and print both lines."""
    build_floor(pack), build_pack(pack, folder)  # warm fonts and caches
    floor: list[float] = []
    real: list[float] = []
    for _ in range(runs):
        floor.append(_time(lambda: build_floor(pack)))
        real.append(_time(lambda: build_pack(pack, folder)))
    base = statistics.median(floor)
    print(_line(f"{name}: floor (plain, one pass)", floor, None))
    print(_line(f"{name}: briefing pack", real, base))


def _line(name: str, times: list[float], floor: float | None) -> str:
    median = statistics.median(times)
    ratio = f"  {median / floor:5.2f}x floor" if floor else ""
    return (
        f"{name:48} median {median:6.2f} s  (min {min(times):5.2f}, max {max(times):5.2f}){ratio}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--synthetic", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure("48 shipped initiatives", shipped_pack(), args.runs, Path(folder))
        big = f"{args.synthetic} synthetic initiatives"
        measure(big, shipped_pack(args.synthetic), max(1, args.runs // 2), Path(folder))


if __name__ == "__main__":
    main()
