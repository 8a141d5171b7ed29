"""Nothing a pack holds is lost on paper: every summit's pack, the whole catalogue and random
selections put every word inside the page's text area (or in its own header and footer), and
list every partner in the index and every initiative in the contents and the outline.

The random part runs the same examples on every run (derandomized): a failure is reproducible,
and CI checks what the developer checked."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.rl_accel import fp_str

from pfp_desktop.domain.briefing_pack import BriefingPack
from pfp_desktop.domain.models import Initiative
from pfp_desktop.export import export_pack
from pfp_desktop.export.styles import NOTE_BG
from tests.export.conftest import FONTS, PackFactory
from tests.export.pack_layout import (
    contents_text,
    index_text,
    outline_titles,
    read_pages,
    squeeze,
    stray_words,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext is not installed (apt-get install poppler-utils, or scripts/bootstrap.sh "
    "dev); the layout checks read word positions with it",
)

SHORT_NOTE = "Ask about the **2019** follow-up."
LONG_NOTE = "\n\n".join(
    [
        "## Background\n\nThe delegation asked for " + "figures on remittance costs, " * 40,
        "- first point to raise with the co-chairs\n- second point\n  1. nested step\n" * 6,
        "A link nobody can break: https://example.org/" + "very-long-path-segment/" * 12,
        "```\ncode block line that is rather long and keeps going well past the margin\n```",
        "Closing words " * 200,
    ]
)
EXAMPLES = 100  # 1..60 initiatives each (34 on average): ~45-55 s on this shared 2-core machine


def check_pack(pack: BriefingPack, path: Path) -> None:
    """Export ``pack`` to ``path`` and check what a delegate would miss on paper."""
    export_pack(pack, path, fonts_dir=FONTS, allow_missing_glyphs=True)
    pages = read_pages(path)
    assert stray_words(pages, pack) == []
    contents = squeeze(contents_text(pages))
    for item in pack.initiatives:
        assert squeeze(item.title) in contents, f"{item.title!r} is not in the contents"
    outline = outline_titles(path)
    for item in pack.initiatives:
        assert item.title in outline, f"{item.title!r} is not in the outline"
    if pack.options.include_partner_index:
        index = index_text(pages)
        for name in {p.name for item in pack.initiatives for p in item.partners}:
            assert squeeze(name) in index, f"{name!r} is not in the partner index"


def _summits(items: Sequence[Initiative]) -> list[int]:
    return sorted({i.summit_number for i in items})


def test_every_summit_pack_keeps_everything_on_the_page(
    make_pack: PackFactory, shipped: tuple[list[Initiative], BriefingPack], tmp_path: Path
) -> None:
    items = shipped[0]
    for summit in _summits(items):
        chosen = [i for i in items if i.summit_number == summit]
        check_pack(make_pack(chosen, title=f"Summit {summit}"), tmp_path / f"summit-{summit}.pdf")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_whole_catalogue_keeps_everything_on_the_page(
    make_pack: PackFactory,
    shipped: tuple[list[Initiative], BriefingPack],
    tmp_path: Path,
    paper: str,
) -> None:
    notes = {item.id: LONG_NOTE for item in shipped[0][::7]}
    check_pack(make_pack(notes=notes, paper=paper), tmp_path / "all.pdf")


@st.composite
def packs(draw: st.DrawFn, items: Sequence[Initiative], make: PackFactory) -> BriefingPack:
    size = draw(st.integers(min_value=1, max_value=60))  # spread over 1..60, not mostly short
    chosen = draw(st.lists(st.sampled_from(items), min_size=size, max_size=size))
    noted = draw(st.lists(st.sampled_from(chosen), max_size=6))
    notes = {item.id: draw(st.sampled_from([SHORT_NOTE, LONG_NOTE])) for item in noted}
    return make(
        chosen,
        notes=notes,
        include_notes=draw(st.booleans()),
        include_partner_index=draw(st.booleans()),
        paper=draw(st.sampled_from(["a4", "letter"])),
        title=draw(st.sampled_from(["Bilateral", "A very long meeting title " * 6])),
    )


def test_random_selections_keep_everything_on_the_page(
    make_pack: PackFactory, shipped: tuple[list[Initiative], BriefingPack]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="pfp-layout-"))

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(pack=packs(shipped[0], make_pack))
    def check(pack: BriefingPack) -> None:
        check_pack(pack, folder / "pack.pdf")

    try:
        check()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_note_ending_at_the_foot_of_a_page_leaves_no_empty_box_on_the_next(
    make_pack: PackFactory, shipped: tuple[list[Initiative], BriefingPack], tmp_path: Path
) -> None:
    """Notes of growing length: one of them ends just at the foot of a page. The note's tint
    never shows on a page that holds none of the note."""
    item = shipped[0][0]
    tint = f"{fp_str(*NOTE_BG.rgb())} rg"  # the fill operator, as reportlab writes it
    for words in range(150, 240, 3):
        path = tmp_path / f"note-{words}.pdf"
        export_pack(
            make_pack([item], notes={item.id: "Closing words " * words}), path, fonts_dir=FONTS
        )
        for number, page in enumerate(PdfReader(path).pages, start=1):
            tinted = tint.encode() in page.get_contents().get_data()
            if tinted:
                assert "Closing" in page.extract_text(), f"{words} words: page {number}"
