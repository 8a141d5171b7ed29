"""Where a written pack put its words, read back with poppler's ``pdftotext -bbox``: what a
delegate would find missing or cut off on paper."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from pfp_desktop.domain.briefing_pack import BriefingPack
from pfp_desktop.export.labels import label
from pfp_desktop.export.styles import (
    FOOTER_FROM_BOTTOM,
    HEADER_FROM_TOP,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
)

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>'
)
SLACK = 2.0  # points: glyph boxes reach a little past the line box that frames place
BAND = 6.0  # points either side of a header or footer baseline


@dataclass(frozen=True)
class Word:
    x0: float
    top: float  # from the top of the page, as pdftotext gives it
    x1: float
    bottom: float
    text: str


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]

    def in_band(self, word: Word, baseline_from_top: float) -> bool:
        return baseline_from_top - BAND - 8 <= word.top and word.bottom <= baseline_from_top + BAND

    def in_text_area(self, word: Word) -> bool:
        return (
            word.x0 >= MARGIN_SIDE - SLACK
            and word.x1 <= self.width - MARGIN_SIDE + SLACK
            and word.top >= MARGIN_TOP - SLACK
            and word.bottom <= self.height - MARGIN_BOTTOM + SLACK
        )

    def body_words(self) -> list[Word]:
        return [w for w in self.words if self.in_text_area(w)]


def read_pages(path: Path) -> list[Page]:
    """Every page of ``path`` with its words and their boxes."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for number, (width, height, body) in enumerate(_PAGE.findall(out), start=1):
        words = [
            Word(float(a), float(b), float(c), float(d), html.unescape(t))
            for a, b, c, d, t in _WORD.findall(body)
        ]
        pages.append(Page(number, float(width), float(height), words))
    return pages


def stray_words(pages: list[Page], pack: BriefingPack) -> list[str]:
    """Words outside the text area that are not the page's own header or footer: text a
    printer would cut off or print over the footer. Empty when the layout lost nothing."""
    total = len(pages)
    strays = []
    for page in pages:
        footer_line = page.height - FOOTER_FROM_BOTTOM
        footer = [w for w in page.words if page.in_band(w, footer_line)]
        header = [w for w in page.words if page.number > 1 and page.in_band(w, HEADER_FROM_TOP)]
        expected_foot = f"PfP catalogue {pack.catalogue.version} " + label(
            "page_of", page=page.number, pages=total
        )
        if sorted(w.text for w in footer) != sorted(expected_foot.split()):
            strays.append(f"page {page.number} footer: {' '.join(w.text for w in footer)}")
        if header and not _is_header(header, pack.options.title):
            strays.append(f"page {page.number} header: {' '.join(w.text for w in header)}")
        for word in page.words:
            if word in footer or word in header or page.in_text_area(word):
                continue
            strays.append(f"page {page.number} at {word.x0:.0f},{word.top:.0f}: {word.text}")
    return strays


def _is_header(words: list[Word], title: str) -> bool:
    """The running header: the pack's title (perhaps cut short with "…") and the platform."""
    texts = [w.text for w in sorted(words, key=lambda w: w.x0)]
    platform = label("platform").split()
    left = texts[: len(texts) - len(platform)]
    if texts[len(left) :] != platform:
        return False
    shown = " ".join(left).removesuffix("…").strip()
    return bool(shown) and title.startswith(shown)


def flat(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def squeeze(text: str) -> str:
    return " ".join(text.split())


def index_text(pages: list[Page]) -> str:
    """The text of the partner index: its pages' text areas, from its title on."""
    index_title = label("partner_index")
    intro = label("partner_index_intro").split()[0]
    start = next(
        p.number for p in pages if flat(p.body_words()).startswith(f"{index_title} {intro}")
    )
    return " ".join(flat(p.body_words()) for p in pages[start - 1 :])


def contents_text(pages: list[Page]) -> str:
    """The text of the contents: the text areas from page 2 until the first initiative."""
    text = []
    for page in pages[1:]:
        body = flat(page.body_words())
        if text and not body.startswith(label("contents")) and "PARTNERS" in body:
            break
        text.append(body)
    return " ".join(text)


def outline_titles(path: Path) -> list[str]:
    """Every title in the PDF's outline (bookmarks), at any depth."""
    found: list[str] = []

    def walk(entries: list[object]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                found.append(str(entry.title))  # type: ignore[attr-defined]

    walk(PdfReader(path).outline)
    return found
