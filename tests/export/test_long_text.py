"""Long texts in a pack: a note of 50,000 lines, a title of hundreds of thousands of letters, and
images in a note. Read back from the written PDF, as a delegate would see them."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from pfp_desktop.domain.models import Initiative
from pfp_desktop.export import export_pack
from tests.export.conftest import FONTS, NOTED_ID, PackFactory


def _one(make_pack: PackFactory, **changes: str) -> list[Initiative]:
    """The initiative NOTED_ID alone, with ``changes`` to its fields, as a pack's items."""
    item: Initiative = next(i for i in make_pack().initiatives if i.id == NOTED_ID)
    return [replace(item, **changes)]


def _text(reader: PdfReader, pages: range | list[int]) -> str:
    return "\n".join(reader.pages[n].extract_text() for n in pages)


def test_a_note_of_50000_lines_prints_its_first_and_last_lines(
    make_pack: PackFactory, tmp_path: Path
) -> None:
    """It did not finish in ten minutes: one Markdown paragraph, split again on every page."""
    note = "\n".join(f"line {n} of the note" for n in range(1, 50_001))
    pack = make_pack(_one(make_pack), notes={NOTED_ID: note}, include_notes=True)
    target = tmp_path / "long.pdf"
    result = export_pack(pack, target, fonts_dir=FONTS)
    reader = PdfReader(target)
    assert result.pages == len(reader.pages) > 500
    # Each line on its own line and in order, also where the pieces it is laid out in meet.
    first = [line for line in _text(reader, range(2, 4)).splitlines() if line.startswith("line ")]
    assert len(first) > 40 and first == [f"line {n} of the note" for n in range(1, len(first) + 1)]
    last = _text(reader, range(len(reader.pages) - 2, len(reader.pages))).splitlines()
    last = [line for line in last if line.startswith("line ")]
    assert len(last) > 10 and last == [
        f"line {n} of the note" for n in range(50_001 - len(last), 50_001)
    ]


def test_a_title_of_130000_letters_prints_whole_and_is_cut_where_it_is_referred_to(
    make_pack: PackFactory, tmp_path: Path
) -> None:
    """One line, no newline: every word on the initiative's pages; the contents line and the
    bookmark show its start and an ellipsis."""
    words = [f"w{n}" for n in range(20_000)]
    title = "START " + " ".join(words) + " END"
    pack = make_pack(_one(make_pack, title=title))
    export_pack(pack, tmp_path / "pack.pdf", fonts_dir=FONTS)
    reader = PdfReader(tmp_path / "pack.pdf")
    printed = _text(reader, range(2, len(reader.pages))).split()
    # Between the running heads and footers on each page
    assert [word for word in printed if re.fullmatch(r"START|w\d+|END", word)] == title.split()
    contents = _text(reader, [1])
    assert "START w0 w1" in contents and "…" in contents and "END" not in contents
    ((bookmark,),) = [entry for entry in reader.outline if isinstance(entry, list)]
    assert bookmark.title.startswith("START w0 w1") and bookmark.title.endswith("…")


def test_a_title_of_one_word_of_100000_letters_loses_none(
    make_pack: PackFactory, tmp_path: Path
) -> None:
    title = "A" + "x" * 100_000 + "Z"
    pack = make_pack(_one(make_pack, title=title))
    export_pack(pack, tmp_path / "pack.pdf", fonts_dir=FONTS)
    reader = PdfReader(tmp_path / "pack.pdf")
    lines = _text(reader, range(2, len(reader.pages))).splitlines()
    assert "".join(line for line in lines if re.fullmatch("[AxZ]+", line)) == title


def test_every_image_prints_its_description_whatever_its_address(
    make_pack: PackFactory, tmp_path: Path
) -> None:
    """`![x](file:///etc/passwd)` printed as typed while `![x](http://…)` printed "[x]"."""
    note = (
        "![passwd](file:///etc/passwd) and ![web](http://example.org/a.png)\n\n"
        "![inline](data:image/png;base64,iVBORw0KGgo=) ![here](images/map.png) ![](x.png)"
    )
    pack = make_pack(_one(make_pack), notes={NOTED_ID: note}, include_notes=True)
    export_pack(pack, tmp_path / "pack.pdf", fonts_dir=FONTS)
    reader = PdfReader(tmp_path / "pack.pdf")
    text = " ".join(_text(reader, range(len(reader.pages))).split())
    assert "[image: passwd] and [image: web]" in text
    assert "[image: inline] [image: here] [image]" in text
    for address in ("file:", "/etc/passwd", "http:", "data:", "base64", "map.png", "x.png"):
        assert address not in text
