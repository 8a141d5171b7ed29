"""A pack in French or Spanish, as `pfp export --language` writes it (a real process) and a
reader sees it (pypdf): every label, heading, date, ordinal, footer and index word is in that
language; the catalogue's own texts stay the GFMD's English."""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from pfp_desktop import locale
from pfp_desktop.export.labels import LABELS

NOTED = "eu-diaspora-facility"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# A date as the pack prints it ("5–7 December 2018"), not a month named in an initiative's text.
DATES = re.compile(r"\b\d+(–\d+)? (" + "|".join(locale.MONTHS) + r") \d{4}\b")
ENGLISH_ORDINAL = re.compile(r"\b\d+(st|nd|rd|th) Summit\b")


def _pfp(*args: str) -> None:
    pfp = Path(sys.executable).parent / "pfp"  # the entry point a person runs
    subprocess.run([str(pfp), *args], check=True, capture_output=True)


@cache
def _pack_text(language: str, folder: Path) -> str:
    target = folder / f"pack-{language}.pdf"
    _pfp("export", "--all", "--notes", "--language", language, "--out", str(target))
    return "\n".join(page.extract_text() for page in PdfReader(target).pages)


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("packs")
    data = tmp_path_factory.mktemp("notes")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PFP_DATA_DIR", str(data))
        _pfp("note", NOTED, "--set", "Ask about the **handbook**.")
        return {lang: _pack_text(lang, folder) for lang in ("en", "fr", "es")}


def _english_words(language: locale.Language) -> list[re.Pattern[str]]:
    """The pieces of each English label (between its placeholders) that the language says
    otherwise, as printed: as written and in capitals (section labels are set in capitals).
    A single word is looked for only where the catalogue's own English cannot print it: in
    capitals, and for a partner's kind, between the partner and its pages in the index."""
    pieces = []
    for key, english in LABELS.items():
        with locale.language(language):
            translated = locale._(english)
        for piece in _PLACEHOLDER.split(english):
            piece = piece.strip(" ,.:·")
            if len(piece) < 4 or piece in translated:
                continue
            if key in ("country", "organisation"):
                pieces.append(re.compile(rf" {piece} \d"))
            elif " " not in piece:
                pieces.append(re.compile(rf"\b{re.escape(piece.upper())}\b"))
            else:
                pieces += [re.compile(re.escape(piece)), re.compile(re.escape(piece.upper()))]
    return pieces


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_english_label_is_left_in_a_french_or_spanish_pack(
    packs: dict[str, str], language: locale.Language
) -> None:
    english, text = packs["en"], packs[language]
    printed = [w for w in _english_words(language) if w.search(english)]
    assert len(printed) > 20  # the check looks for labels the English pack does print
    assert [w.pattern for w in printed if w.search(text)] == []
    assert DATES.search(english) and not DATES.search(text)
    assert ENGLISH_ORDINAL.findall(english) and not ENGLISH_ORDINAL.findall(text)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "fr",
            [
                "Sommaire",
                "Page 1 sur",
                "NOTE PERSONNELLE",
                "Index des partenaires",
                "11e Sommet · Marrakesh 2018",
                "5–7 décembre 2018",
                "OBJECTIFS DU PACTE MONDIAL",
                "Données",
                "publiée le 2",
                "en anglais",
            ],
        ),
        (
            "es",
            [
                "Índice",
                "Página 1 de",
                "NOTA PERSONAL",
                "Índice de asociados",
                "11.ª Cumbre · Marrakesh 2018",
                "5–7 de diciembre de 2018",
                "OBJETIVOS DEL PACTO MUNDIAL",
                "Datos",
                "publicada el 2",
                "en inglés",
            ],
        ),
    ],
)
def test_the_pack_reads_in_its_language_and_keeps_the_catalogue_text(
    packs: dict[str, str], language: str, words: list[str]
) -> None:
    text = packs[language]
    assert [w for w in words if w not in text] == []
    assert "EU Diaspora Facility" in text  # an initiative's title, as the GFMD published it
    assert "Ask about the handbook." in text  # the delegate's note, as written


def test_the_default_title_is_in_the_packs_language(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    _pfp("export", "--summit", "11", "--language", "es", "--out", str(target))
    metadata = PdfReader(target).metadata
    assert metadata is not None
    assert metadata.title == "Carpeta informativa de la Plataforma de Alianzas"
