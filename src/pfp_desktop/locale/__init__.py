"""The words of the Qt-free layers (the briefing pack, the window's pages) in English, French
and Spanish: the standard library's gettext over the ``pfp`` catalogues of this folder.

The sources are ``{fr,es}/LC_MESSAGES/pfp.po``; the ``.mo`` files beside them are compiled by
the build (scripts/translations_build.py: the wheel's hook and scripts/bootstrap.sh), never
committed. English is the source text itself. Mark a string where it is written: ``_("…")``
where it is shown, ``N_("…")`` in a table, ``ngettext`` for a count; tests/test_locale.py
extracts them and fails when a catalogue is out of date.
"""

from __future__ import annotations

import csv
import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from pfp_desktop.domain.languages import LANGUAGES as LANGUAGES
from pfp_desktop.domain.languages import Language

if TYPE_CHECKING:  # attributes only: the window's first paint loads no domain models
    from pfp_desktop.domain.models import Summit

DOMAIN = "pfp"

_default: list[gettext.NullTranslations] = [gettext.NullTranslations()]
# A pack in another language than the window's (the export runs in its own process or thread).
_override: ContextVar[gettext.NullTranslations | None] = ContextVar("pfp_language", default=None)
_language_of: dict[int, Language] = {}


def as_language(code: str | None) -> Language:
    """``code`` ("fr", "fr_CA", "es-ES", "FR") as one of ours; English for anything else."""
    short = (code or "").replace("-", "_").split("_")[0].lower()
    for language in LANGUAGES:
        if short == language:
            return language
    return "en"


@cache
def translations(language: Language) -> gettext.NullTranslations:
    """The compiled catalogue of ``language``; the source text (English) when there is none."""
    if language == "en":
        found: gettext.NullTranslations = gettext.NullTranslations()
    else:
        folder = resources.files(__package__)
        found = gettext.translation(DOMAIN, str(folder), languages=[language], fallback=True)
    _language_of[id(found)] = language
    return found


def set_language(language: Language) -> None:
    """Make ``language`` the one every thread uses unless told otherwise (the window's)."""
    _default[0] = translations(language)


@contextmanager
def language(code: Language) -> Iterator[None]:
    """Within, this thread (or task) speaks ``code``: a pack in its own language."""
    token = _override.set(translations(code))
    try:
        yield
    finally:
        _override.reset(token)


def _current() -> gettext.NullTranslations:
    return _override.get() or _default[0]


def current_language() -> Language:
    """The language ``_`` translates into here and now."""
    return _language_of.get(id(_current()), "en")


def _(message: str) -> str:
    """``message`` in the current language."""
    return _current().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of ``singular``/``plural`` for ``count`` in the current language."""
    return _current().ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 (gettext's name for a marker)
    """Marks ``message`` for extraction where it is kept in a table; ``_`` translates it later."""
    return message


MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def _day(day: date, with_year: bool) -> str:
    month = _(MONTHS[day.month - 1])
    if with_year:
        return _("{day} {month} {year}").format(day=day.day, month=month, year=day.year)
    return _("{day} {month}").format(day=day.day, month=month)


def date_range(start: date, end: date) -> str:
    """'5–7 December 2018' or '5–7 décembre 2018', '29 November – 2 December 2011', in the
    current language."""
    if start == end:
        return _day(start, with_year=True)
    if (start.year, start.month) == (end.year, end.month):
        return _("{first}–{last} {month} {year}").format(
            first=start.day, last=end.day, month=_(MONTHS[end.month - 1]), year=end.year
        )
    first = _day(start, with_year=start.year != end.year)
    return f"{first} – {_day(end, with_year=True)}"


def number(value: int) -> str:
    """20000 as '20,000', '20 000', '20.000': grouped as the current language writes it."""
    grouped = f"{value:,}"
    separator = {"fr": "\u202f", "es": "."}.get(current_language(), ",")
    return grouped.replace(",", separator)


def long_date(iso: str) -> str:
    """'2026-11-28' as '28 November 2026', '28 novembre 2026'; any other text as it is."""
    try:
        return _day(date.fromisoformat(iso), with_year=True)
    except ValueError:
        return iso


def ordinal(number: int) -> str:
    """'11th', '11e', '11.º' (a summit's number)."""
    if current_language() == "fr":
        return "1er" if number == 1 else f"{number}e"
    if current_language() == "es":
        return f"{number}.ª"  # la Cumbre: feminine
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}" + {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


@cache
def _gcm_labels() -> dict[tuple[str, int], dict[str, str]]:
    text = resources.files(__package__).joinpath("gcm-labels.csv").read_text(encoding="utf-8")
    return {
        (row["kind"], int(row["number"])): {"fr": row["label_fr"], "es": row["label_es"]}
        for row in csv.DictReader(text.splitlines())
    }


def gcm_label(kind: Literal["objective", "principle"], number: int, english: str) -> str:
    """The official short label of a GCM objective or guiding principle in the current
    language, as the UN Network on Migration publishes it; ``english`` in English."""
    labels = _gcm_labels().get((kind, number), {})
    return labels.get(current_language(), english)


def summit_title(number: int, summit: Summit | None) -> str:
    """'11th Summit · Marrakesh 2018', '11e Sommet · Marrakesh 2018'; '9th Summit' when the
    summit is not known."""
    if summit is None:
        return _("{ordinal} Summit").format(ordinal=ordinal(number))
    return _("{ordinal} Summit · {city} {year}").format(
        ordinal=ordinal(number), city=summit.city, year=summit.start.year
    )


def summit_dates(summit: Summit) -> str:
    """The summit's days in the current language."""
    return date_range(summit.start, summit.end)


def summit_place(summit: Summit) -> str:
    """'Marrakesh, Morocco', or 'Online, hosted by United Arab Emirates' (in the language)."""
    if summit.city.casefold() == "online":
        return _("Online, hosted by {country}").format(country=summit.country)
    return f"{summit.city}, {summit.country}"
