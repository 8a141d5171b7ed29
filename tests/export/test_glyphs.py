"""Letters the bundled fonts cannot print are named before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from pfp_desktop.export import MissingGlyphsError, export_pack, pack_texts, unsupported_characters
from tests.export.conftest import FONTS, PackFactory


def test_latin_greek_cyrillic_and_punctuation_are_supported() -> None:
    texts = ["Café naïve Đakovo şeker Łódź", "Αθήνα", "Москва", "“quotes” – — … € •\n\t"]
    assert unsupported_characters(texts, FONTS) == []


def test_chinese_is_named_in_code_point_order() -> None:
    assert unsupported_characters(["Talks in 中文 and 中"], FONTS) == ["中", "文"]


def test_arabic_and_hebrew_count_as_unsupported_though_the_font_has_them() -> None:
    # reportlab would print them unjoined and left to right: unreadable.
    letters = "الهجرة" + "שלום"
    assert unsupported_characters([letters], FONTS) == sorted(set(letters), key=ord)


def test_the_shipped_catalogue_prints_completely(make_pack: PackFactory) -> None:
    assert unsupported_characters(pack_texts(make_pack()), FONTS) == []


def test_export_refuses_and_names_the_characters(make_pack: PackFactory, tmp_path: Path) -> None:
    pack = make_pack(make_pack().initiatives[:2], title="Briefing 中文")
    with pytest.raises(MissingGlyphsError) as caught:
        export_pack(pack, tmp_path / "pack.pdf", fonts_dir=FONTS)
    assert caught.value.characters == ("中", "文")
    assert "中 (U+4E2D), 文 (U+6587)" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_note_is_checked_too_but_only_when_notes_are_printed(
    make_pack: PackFactory, tmp_path: Path
) -> None:
    items = make_pack().initiatives[:2]
    noted = make_pack(items, notes={items[0].id: "ask about 日本"})
    with pytest.raises(MissingGlyphsError):
        export_pack(noted, tmp_path / "pack.pdf", fonts_dir=FONTS)
    without = make_pack(items, notes={items[0].id: "ask about 日本"}, include_notes=False)
    export_pack(without, tmp_path / "pack.pdf", fonts_dir=FONTS)


def test_allowing_missing_glyphs_writes_the_pack(make_pack: PackFactory, tmp_path: Path) -> None:
    pack = make_pack(make_pack().initiatives[:2], title="Briefing 中文")
    export_pack(pack, tmp_path / "pack.pdf", fonts_dir=FONTS, allow_missing_glyphs=True)
    assert len(PdfReader(tmp_path / "pack.pdf").pages) >= 4
