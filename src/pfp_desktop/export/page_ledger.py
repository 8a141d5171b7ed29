"""Where things land as the pack is laid out, and the flowables that print it: contents, index.

The pack is laid out once. The partner index comes last, so it is laid out knowing every page.
The contents come first: their page numbers are forms drawn when the document is saved (see
``PackCanvas.draw_later``). Their height does not depend on the numbers, which sit in a fixed
gutter, so the pages after them are where they would be with the numbers in place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from reportlab.platypus import Flowable

from pfp_desktop.domain.text import fold_for_matching
from pfp_desktop.export.flowables import PackParagraph
from pfp_desktop.export.runs import BOLD, Run
from pfp_desktop.export.styles import MUTED, RULE, PackStyles, hex_colour

_KIND = f'<font color="{hex_colour(MUTED)}" size="7.5">{{}}</font>'  # a partner's kind


@dataclass
class PageLedger:
    """The page of each anchor, the pages of each partner, and the page count so far."""

    pages: dict[str, int] = field(default_factory=dict)
    partners: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # name -> (page, key)
    total: int = 0

    def add_partner(self, name: str, page: int, key: str) -> None:
        """Record that ``name`` appears on ``page`` (once per page), linked to ``key``."""
        seen = self.partners.setdefault(name, [])
        if not seen or seen[-1][0] != page:
            seen.append((page, key))


@dataclass(frozen=True)
class ContentsRow:
    level: int  # 0: a summit, 1: an initiative
    text: str  # plain text
    key: str  # the anchor it links to


class _RowList(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Rows that frames place one by one: it splits into its rows whenever it does not fit.

    When it fits it is drawn whole, from the top of the height it reported: frames place a
    flowable by the height wrap() returns, but draw() reads ``self.height``, which wrap() must
    therefore set (left at 0 the rows were drawn below the space reserved for them, past the
    foot of the page).
    """

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Flowable] = []

    def make_rows(self, avail_width: float) -> list[Flowable]:
        raise NotImplementedError

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._rows = self.make_rows(avail_width)
        height = sum(
            row.getSpaceBefore() + row.wrap(avail_width, avail_height)[1] + row.getSpaceAfter()
            for row in self._rows
        )
        self.width, self.height = avail_width, height
        return avail_width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return list(self._rows)

    def draw(self) -> None:
        y = self.height
        for row in self._rows:
            _, height = row.wrap(self.width, y)
            y -= row.getSpaceBefore() + height
            row.drawOn(self.canv, 0, y)
            y -= row.getSpaceAfter()


class ContentsEntry(PackParagraph):
    """One row of the contents: a title in one style (so reportlab lays it out on its fast path)
    and, where its last line ends, a dotted leader and the page number, drawn when the pages
    are known. The number comes after the text, so that text extraction and screen readers
    meet "title … 12", not "12 title". The whole row links to its section."""

    def __init__(self, row: ContentsRow, styles: PackStyles, ledger: PageLedger) -> None:
        style = styles.toc_summit if row.level == 0 else styles.toc_entry
        super().__init__(row.text, style, frags=styles.looks.fragments([Run(row.text)], style))
        self.key = row.key
        self.number_style = styles.body
        self.ledger = ledger

    def draw(self) -> None:
        """reportlab: the entry, its page numbers, and a link to the anchor."""
        super().draw()
        canvas, size = self.canv, self.number_style.fontSize
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)
        x, y = self._end_of_text()
        number = partial(self._draw_number, (x, y, self.width))
        canvas.draw_later(f"toc-{self.key}", number, (x, y - size, self.width + size, y + 2 * size))

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """reportlab: never split; the row moves to the next page whole."""
        return []  # two or three lines: the row moves to the next page whole

    def _end_of_text(self) -> tuple[float, float]:
        """Where the last line's text ends: x, and the baseline y (as Paragraph draws it)."""
        lines = self.blPara.lines
        last = lines[-1]
        unused = last[0] if self.blPara.kind == 0 else last.extraSpace
        x = self.width - self.style.rightIndent - unused
        y = self.height - self.style.fontSize - (len(lines) - 1) * self.style.leading
        return x, y

    def _draw_number(self, where: tuple[float, float, float], canvas: Any) -> None:
        """Dotted leader from the end of the title ``where`` (x, y, width) and the page."""
        page = self.ledger.pages.get(self.key)
        if page is None:
            return
        x, y, width = where
        font, size = self.number_style.fontName, self.number_style.fontSize
        number = str(page)
        number_width = canvas.stringWidth(number, font, size)
        canvas.setStrokeColor(RULE)
        canvas.setDash(0.8, 2.6)
        if width - number_width - 6 > x + 6:
            canvas.line(x + 6, y + 1, width - number_width - 6, y + 1)
        canvas.setFillColor(self.number_style.textColor)
        canvas.setFont(font, size)
        canvas.drawRightString(width, y, number)


class ContentsTable(_RowList):
    """The table of contents: each summit, and its initiatives, with their linked page numbers.
    The rows are made once."""

    def __init__(self, rows: Sequence[ContentsRow], ledger: PageLedger, styles: PackStyles):
        super().__init__()
        self._all_rows: list[Flowable] = [ContentsEntry(row, styles, ledger) for row in rows]

    def make_rows(self, avail_width: float) -> list[Flowable]:
        """The table of contents' rows, built once for all passes."""
        return self._all_rows


class PartnerIndex(_RowList):
    """Each partner with the linked pages it appears on. It comes last in the pack, so when it
    is laid out the ledger already knows every page."""

    def __init__(self, ledger: PageLedger, styles: PackStyles, kinds: Mapping[str, str]):
        super().__init__()
        self.ledger = ledger
        self.styles = styles
        self.kinds = kinds

    def make_rows(self, avail_width: float) -> list[Flowable]:
        """The partner index's rows: a letter heading, then each partner's pages."""
        looks, partners = self.styles.looks, self.ledger.partners
        rows: list[Flowable] = []
        letter = ""
        for name in sorted(partners, key=lambda n: (fold_for_matching(n), n)):
            if fold_for_matching(name)[:1].upper() != letter:
                letter = fold_for_matching(name)[:1].upper()
                rows.append(looks.paragraph([Run(letter)], self.styles.index_letter))
            rows.append(looks.paragraph(self._entry(name), self.styles.index_entry))
        return rows

    def _entry(self, name: str) -> list[Run]:
        """'IOM organisation 8, 15, 16': the name in bold, its kind small, linked pages."""
        runs = [Run(name, BOLD), Run(" "), Run(self.kinds.get(name, ""), _KIND), Run("\u2003")]
        for number, (page, key) in enumerate(self.ledger.partners[name]):
            runs += [Run(", ")] if number else []
            runs.append(Run(str(page), link=key))
        return runs
