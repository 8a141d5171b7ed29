"""Where things landed in a layout pass, and the flowables that print it: contents, partner index.

reportlab lays the whole pack out twice (``multiBuild``). The first pass learns on which page
each initiative starts; the second prints those numbers in the contents and in the footers'
"of Y". The contents' height does not depend on the numbers (they sit in a fixed gutter), so
the second pass lays out exactly like the first and the build stops there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import IndexingFlowable

from pfp_desktop.domain.text import fold_for_matching
from pfp_desktop.export.flowables import PackParagraph
from pfp_desktop.export.markup import esc
from pfp_desktop.export.styles import MUTED, RULE, PackStyles, hex_colour

_TOC_CALLBACK = "pfp_toc_number"


@dataclass
class PageRecord:
    """One pass: the page of each anchor, the pages of each partner, the page count."""

    pages: dict[str, int] = field(default_factory=dict)
    partners: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # name -> (page, key)
    total: int = 0

    def add_partner(self, name: str, page: int, key: str) -> None:
        seen = self.partners.setdefault(name, [])
        if not seen or seen[-1][0] != page:
            seen.append((page, key))


class PageLedger(IndexingFlowable):  # type: ignore[misc]  # reportlab has no type hints
    """Invisible: keeps this pass's record and the previous one; satisfied when they agree."""

    def __init__(self) -> None:
        super().__init__()
        self.current = PageRecord()
        self.previous = PageRecord()

    def beforeBuild(self) -> None:  # noqa: N802 - reportlab's name
        self.previous, self.current = self.current, PageRecord()

    def isSatisfied(self) -> bool:  # noqa: N802 - reportlab's name
        return (self.current.pages, self.current.total) == (
            self.previous.pages,
            self.previous.total,
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw."""


@dataclass(frozen=True)
class ContentsRow:
    level: int  # 0: a summit, 1: an initiative
    text: str  # plain text
    key: str  # the anchor it links to


class _RowList(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Rows that frames place one by one: it splits into its rows whenever it does not fit."""

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
        self.width = avail_width
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
    """One row of the contents. Its page number is drawn after its text, so that text
    extraction and screen readers meet "title … 12", not "12 title"."""

    def __init__(self, markup: str, style: ParagraphStyle, table: ContentsTable) -> None:
        super().__init__(markup, style)
        self.table = table

    def draw(self) -> None:
        self.table.pending.clear()
        super().draw()
        self.table.draw_numbers(self.canv, self.width)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # two or three lines: the row moves to the next page whole


class ContentsTable(_RowList):
    """The table of contents: each summit, and its initiatives, with their linked page numbers
    (from the previous pass; blank in the first). The rows are made once; where each title
    ends is noted by a callback while it is drawn, and the number goes there."""

    def __init__(self, rows: Sequence[ContentsRow], ledger: PageLedger, styles: PackStyles):
        super().__init__()
        self.ledger = ledger
        self.styles = styles
        self.pending: list[tuple[str, float, float]] = []  # (key, x, y) where a title ended
        self._all_rows: list[Flowable] = []
        for entry in rows:
            style = styles.toc_summit if entry.level == 0 else styles.toc_entry
            markup = (
                f'<a href="#{entry.key}">{esc(entry.text)}</a>'
                f'<onDraw name="{_TOC_CALLBACK}" label="{entry.key}"/>'
            )
            self._all_rows.append(ContentsEntry(markup, style, self))

    def make_rows(self, avail_width: float) -> list[Flowable]:
        self.canv.setNamedCB(_TOC_CALLBACK, self._note_end)
        return self._all_rows

    def _note_end(self, canvas: Any, kind: str, key: str) -> None:
        self.pending.append((key, canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]))

    def draw_numbers(self, canvas: Any, width: float) -> None:
        """Dotted leader, page number and its link for each title drawn just now."""
        font, size = self.styles.body.fontName, self.styles.body.fontSize
        for key, x, y in self.pending:
            page = self.ledger.previous.pages.get(key)
            if page is None:
                continue
            number = str(page)
            number_width = canvas.stringWidth(number, font, size)
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setDash(0.8, 2.6)
            if width - number_width - 6 > x + 6:
                canvas.line(x + 6, y + 1, width - number_width - 6, y + 1)
            canvas.setFillColor(self.styles.body.textColor)
            canvas.setFont(font, size)
            canvas.drawRightString(width, y, number)
            canvas.linkRect("", key, (x, y - 3, width, y + size), relative=1)
            canvas.restoreState()
        self.pending.clear()


class PartnerIndex(_RowList):
    """Each partner with the linked pages it appears on. It comes last in the pack, so when it
    is laid out the current pass already knows every page."""

    def __init__(self, ledger: PageLedger, styles: PackStyles, kinds: Mapping[str, str]):
        super().__init__()
        self.ledger = ledger
        self.styles = styles
        self.kinds = kinds

    def make_rows(self, avail_width: float) -> list[Flowable]:
        partners = self.ledger.current.partners
        muted = hex_colour(MUTED)
        rows: list[Flowable] = []
        letter = ""
        for name in sorted(partners, key=lambda n: (fold_for_matching(n), n)):
            if fold_for_matching(name)[:1].upper() != letter:
                letter = fold_for_matching(name)[:1].upper()
                rows.append(PackParagraph(esc(letter), self.styles.index_letter))
            pages = ", ".join(f'<a href="#{key}">{page}</a>' for page, key in partners[name])
            kind = esc(self.kinds.get(name, ""))
            rows.append(
                PackParagraph(
                    f'<b>{esc(name)}</b> <font color="{muted}" size="7.5">'
                    f"{kind}</font>\u2003{pages}",
                    self.styles.index_entry,
                )
            )
        return rows
