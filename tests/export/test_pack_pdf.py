"""A written pack, read back: what a delegate sees when they open or search the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf.generic import Destination

from pfp_desktop.export.errors import PackExportError
from pfp_desktop.export.labels import summit_dates
from tests.export.conftest import NOTED_ID, PackFactory, Written, write

PAGE_OF = re.compile(r"Page (\d+) of (\d+)")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _own_page(written: Written, title: str) -> int:
    """The 1-based page where an initiative starts: its title above its "PARTNERS" label (a
    mention in another initiative's "Related initiatives" comes after that label)."""
    for number, text in enumerate(written.texts, start=1):
        flat = _flat(text)
        if "PARTNERS" in flat and -1 < flat.find(_flat(title)) < flat.find("PARTNERS"):
            return number
    raise AssertionError(f"no page starts {title!r}")


def test_one_cover_one_page_per_initiative_at_least_and_an_index(a4_pack: Written) -> None:
    pages = len(a4_pack.texts)
    assert 48 + 3 <= pages <= 48 * 2 + 6
    cover = _flat(a4_pack.texts[0])
    for expected in (
        "Bilateral briefing",
        "GFMD Friends of the Forum, Geneva",
        "Ana Müller",
        "12 May 2026",
        "INITIATIVES 48",
        a4_pack.pack.catalogue.version,
    ):
        assert expected in cover
    assert "Index of partners" in a4_pack.texts[-2] + a4_pack.texts[-1]


def test_every_page_says_page_x_of_y(a4_pack: Written) -> None:
    total = len(a4_pack.texts)
    for number, text in enumerate(a4_pack.texts, start=1):
        assert PAGE_OF.findall(text) == [(str(number), str(total))]


def test_outline_groups_each_initiative_under_its_summit(a4_pack: Written) -> None:
    outline = a4_pack.reader.outline
    reader = a4_pack.reader
    tops = [entry for entry in outline if isinstance(entry, Destination)]
    assert tops[0].title == "Contents" and tops[-1].title == "Index of partners"
    seen: list[str] = []
    for index, entry in enumerate(outline):
        if isinstance(entry, list):  # the children of the summit entry before it
            summit = outline[index - 1]
            assert isinstance(summit, Destination)
            for child in entry:
                item = next(i for i in a4_pack.pack.initiatives if i.title == child.title)
                assert a4_pack.pack.summits[item.summit_number].title == summit.title
                assert reader.get_destination_page_number(child) + 1 == _own_page(
                    a4_pack, child.title
                )
                seen.append(child.title)
    assert sorted(seen) == sorted(i.title for i in a4_pack.pack.initiatives)


def test_contents_page_numbers_are_the_real_pages(a4_pack: Written) -> None:
    first_body = _own_page(a4_pack, a4_pack.pack.initiatives[0].title)
    contents = _flat(" ".join(a4_pack.texts[1 : first_body - 1]))
    assert contents.startswith(_flat(a4_pack.texts[1]).split("Contents")[0])
    for item in a4_pack.pack.initiatives:
        printed = re.search(re.escape(_flat(item.title)) + r" (\d+)", contents)
        assert printed, item.title
        assert int(printed.group(1)) == _own_page(a4_pack, item.title), item.title


def test_initiative_page_shows_summit_session_partners_badges_and_provenance(
    a4_pack: Written,
) -> None:
    item = next(i for i in a4_pack.pack.initiatives if i.id == NOTED_ID)
    summit = a4_pack.pack.summits[item.summit_number]
    text = _flat(a4_pack.texts[_own_page(a4_pack, item.title) - 1])
    assert f"{summit.title} — {item.session_label}" in text  # "12th Summit · Quito 2020"
    assert f"{summit_dates(summit)} · {summit.city}, {summit.country}" in text
    assert "France · ICMPD/EU" in text
    assert "GCM 19 Migrant and diaspora contributions" in text and "SDG 17.17" in text
    source = (
        "Source: gfmd-pfp-sessions.txt · summit inferred, not stated in the source · 1 correction"
    )
    assert source in text and "lines 30, 32" not in text  # one short line, no curator detail


def test_note_prints_exactly_as_typed_and_markdown_is_rendered(a4_pack: Written) -> None:
    item = next(i for i in a4_pack.pack.initiatives if i.id == NOTED_ID)
    text = a4_pack.texts[_own_page(a4_pack, item.title) - 1]
    assert "PERSONAL NOTE" in text
    assert "<script>alert(1)</script> R&D AT&T; Café – naïve — “quotes” ñ ü ø" in text
    assert "Ask about bold and em:" in _flat(text)  # emphasis rendered, not printed as stars
    assert "*" not in text
    assert re.search(r"• first point\s+• second point\s+1\. nested step", text)


def test_metadata_names_the_pack_delegate_and_program(a4_pack: Written) -> None:
    meta = a4_pack.reader.metadata
    assert meta is not None
    assert meta.title == "Bilateral briefing"
    assert meta.author == "Ana Müller"
    assert meta.subject == "GFMD Platform for Partnerships — GFMD Friends of the Forum, Geneva"
    assert meta.creator == "PfP Desktop 0.1.0"
    assert "11th Summit · Marrakesh 2018" in str(meta.get("/Keywords"))


def test_text_is_set_in_the_embedded_bundled_fonts(a4_pack: Written) -> None:
    embedded, unembedded = set(), set()
    for page in a4_pack.reader.pages:
        for name, font in page["/Resources"]["/Font"].items():
            font = font.get_object()
            faces = font.get("/DescendantFonts", [font])
            descriptor = faces[0].get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
            else:
                unembedded.add(name)
        # reportlab selects Helvetica in empty text blocks (page and table set-up): allowed, as
        # long as no text is shown in it.
        stream = page.get_contents().get_data().decode("latin-1")
        for block in re.findall(r"BT (.*?) ET", stream, flags=re.S):
            if any(f"{name} " in block for name in unembedded):
                assert "Tj" not in block and "TJ" not in block, block
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= embedded


def test_the_same_pack_gives_the_same_bytes_with_source_date_epoch(
    a4_pack: Written, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1778572800")  # 12 May 2026, 08:00 UTC
    first = write(a4_pack.pack, tmp_path / "first.pdf")
    again = write(a4_pack.pack, tmp_path / "again.pdf")
    assert again.path.read_bytes() == first.path.read_bytes()
    meta = first.reader.metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date == datetime(2026, 5, 12, 8, 0, tzinfo=UTC)


def test_metadata_dates_are_the_time_of_export(
    a4_pack: Written, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(UTC).replace(microsecond=0)
    written = write(a4_pack.pack, tmp_path / "today.pdf")
    after = datetime.now(UTC)
    meta = written.reader.metadata
    assert meta is not None
    for stamp in (meta.creation_date, meta.modification_date):
        assert stamp is not None and before <= stamp <= after


def test_a_malformed_source_date_epoch_is_one_clear_error(
    a4_pack: Written, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(PackExportError, match="SOURCE_DATE_EPOCH must be a whole number"):
        write(a4_pack.pack, tmp_path / "pack.pdf")
    assert list(tmp_path.iterdir()) == []


def test_letter_paper_and_no_index(make_pack: PackFactory, tmp_path: Path) -> None:
    pack = make_pack(
        paper="letter", include_partner_index=False, include_notes=False, notes={NOTED_ID: "secret"}
    )
    written = write(pack, tmp_path / "letter.pdf")
    box = written.reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Index of partners" not in "".join(written.texts)
    assert "secret" not in "".join(written.texts) and "PERSONAL NOTE" not in "".join(written.texts)


def test_partner_index_lists_the_pages_of_each_partner(a4_pack: Written) -> None:
    start = next(
        n
        for n, t in enumerate(a4_pack.texts)
        if t.find("Index of partners") > 0 and "Each partner" in t
    )
    index = _flat(" ".join(a4_pack.texts[start:]))
    uses = [i for i in a4_pack.pack.initiatives if any(p.name == "IOM" for p in i.partners)]
    pages = sorted({_own_page(a4_pack, i.title) for i in uses})
    assert f"IOM organisation {', '.join(map(str, pages))}" in index


@pytest.mark.skipif(
    shutil.which("qpdf") is None,
    reason="qpdf is not installed "
    "(apt-get install qpdf); the structural check of the PDF is skipped",
)
def test_qpdf_finds_no_structural_errors(a4_pack: Written) -> None:
    result = subprocess.run(
        ["qpdf", "--check", str(a4_pack.path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout
