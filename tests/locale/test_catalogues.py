"""The words of packs and pages in French and Spanish: the .po catalogues hold every string the
code marks, each translated, none left over, every placeholder kept; what they say reaches the
reader (dates, ordinals, the official GCM labels)."""

from __future__ import annotations

import csv
import gettext
import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from pfp_desktop import locale
from tests.conftest import REPO

PACKAGE = REPO / "src" / "pfp_desktop"
LOCALE = PACKAGE / "locale"
LANGUAGES = ("fr", "es")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
# {name}, {0}, {limit:,}, %s, %(name)s, %d: what str.format or % fills in.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sd]|%[sd]")
REFERENCE = REPO.parent / "shared" / "reference" / "gcm-labels-fr-es.csv"


def _code_strings() -> set[str]:
    """Every msgid the code marks with _(), N_() or ngettext() (the singular of a plural)."""
    found = extract_from_dir(str(PACKAGE), keywords=KEYWORDS, comment_tags=())
    return {m[2] if isinstance(m[2], str) else m[2][0] for m in found}


def _catalogue(language: str) -> Catalog:
    with (LOCALE / language / "LC_MESSAGES" / "pfp.po").open("rb") as handle:
        return read_po(handle)


def _ids(catalogue: Catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_every_string_the_code_marks_and_no_other(language: str) -> None:
    code, catalogue = _code_strings(), _catalogue(language)
    assert len(code) > 100  # the extraction found the packs' and pages' words
    assert code - _ids(catalogue) == set(), "run scripts/update_translations.sh"
    assert _ids(catalogue) - code == set(), "left over: run scripts/update_translations.sh"
    assert list(catalogue.obsolete) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language: str) -> None:
    catalogue = _catalogue(language)
    unfinished = [
        m.id
        for m in catalogue
        if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    dropped = []
    for message in _catalogue(language):
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = sorted(_PLACEHOLDER.findall(sources[-1]))
        dropped += [
            (sources[0], form) for form in forms if sorted(_PLACEHOLDER.findall(form)) != wanted
        ]
    assert dropped == []


def test_the_placeholder_check_sees_a_dropped_placeholder() -> None:
    assert _PLACEHOLDER.findall("Page {page} of {pages}") == ["{page}", "{pages}"]
    assert _PLACEHOLDER.findall("Page {page} sur") != _PLACEHOLDER.findall("Page {page} of {pages}")


@pytest.mark.parametrize(
    ("language", "contents", "dates", "summit"),
    [
        ("fr", "Sommaire", "10–12 décembre 2016", "9e Sommet · Dhaka 2016"),
        ("es", "Índice", "10–12 de diciembre de 2016", "9.ª Cumbre · Dhaka 2016"),
        ("en", "Contents", "10–12 December 2016", "9th Summit · Dhaka 2016"),
    ],
)
def test_the_compiled_catalogues_speak_the_language(
    language: locale.Language, contents: str, dates: str, summit: str
) -> None:
    # The .mo files are the build's (scripts/translations_build.py, run by bootstrap.sh).
    with locale.language(language):
        assert locale._("Contents") == contents
        assert locale.date_range(date(2016, 12, 10), date(2016, 12, 12)) == dates
        title = locale._("{ordinal} Summit · {city} {year}")
        assert title.format(ordinal=locale.ordinal(9), city="Dhaka", year=2016) == summit
        assert locale.current_language() == language


def test_a_language_holds_only_where_it_is_asked_for() -> None:
    with locale.language("es"):
        assert locale._("Partners") == "Asociados"
    assert locale._("Partners") == "Partners"  # the default: the window's (English here)


def test_the_french_plural_starts_at_two() -> None:
    with locale.language("fr"):
        texts = [locale.ngettext("{n} initiative", "{n} initiatives", n) for n in (0, 1, 2)]
    assert texts == ["{n} initiative", "{n} initiative", "{n} initiatives"]


@pytest.mark.skipif(not REFERENCE.exists(), reason="the shared reference folder is not here")
def test_the_gcm_labels_are_exactly_the_official_ones() -> None:
    assert (LOCALE / "gcm-labels.csv").read_bytes() == REFERENCE.read_bytes()


def test_gcm_labels_follow_the_language() -> None:
    with (LOCALE / "gcm-labels.csv").open(encoding="utf-8") as handle:
        rows = {(r["kind"], r["number"]): r for r in csv.DictReader(handle)}
    assert len(rows) == 33  # 23 objectives and 10 guiding principles
    with locale.language("fr"):
        assert (
            locale.gcm_label("objective", 20, "Remittances") == rows["objective", "20"]["label_fr"]
        )
    with locale.language("es"):
        assert locale.gcm_label("principle", 7, "x") == rows["principle", "7"]["label_es"]
    assert locale.gcm_label("objective", 20, "Remittances") == "Remittances"


def test_a_missing_catalogue_leaves_the_source_text(tmp_path: Path) -> None:
    translations = gettext.translation("pfp", str(tmp_path), languages=["fr"], fallback=True)
    assert translations.gettext("Contents") == "Contents"


@pytest.mark.parametrize(
    ("language", "count", "day"),
    [
        ("en", "20,000", "28 November 2026"),
        ("fr", "20\u202f000", "28 novembre 2026"),
        ("es", "20.000", "28 de noviembre de 2026"),
    ],
)
def test_numbers_and_dates_are_written_as_the_language_writes_them(
    language: locale.Language, count: str, day: str
) -> None:
    with locale.language(language):
        assert (locale.number(20000), locale.long_date("2026-11-28")) == (count, day)
        assert locale.long_date("spring") == "spring"  # not a date: left as it is
