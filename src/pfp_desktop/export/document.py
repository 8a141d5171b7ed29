"""The page machinery: page templates with the running header and footer, anchors, the outline,
progress and cancellation during layout."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from pfp_desktop.export.errors import PackExportCancelled, PackExportError
from pfp_desktop.export.flowables import Invisible
from pfp_desktop.export.interruption import raise_if_stopped
from pfp_desktop.export.labels import label
from pfp_desktop.export.pack_canvas import PackCanvas
from pfp_desktop.export.page_ledger import PageLedger
from pfp_desktop.export.styles import (
    FOOTER_FROM_BOTTOM,
    HEADER_FROM_TOP,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    MUTED,
    RULE,
    SMALL,
    PackStyles,
)

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

RUNNING_HEAD = "running-head"
RUNNING_FOOT = "running-foot"


class Anchor(Invisible, Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Invisible mark where a section starts: a link target, outline entries, index pages.

    ``outline`` holds (level, title, key) entries to add here; ``partners`` the partner names
    that appear from this point on (the initiative's partners line follows it directly).
    """

    _ZEROSIZE = 1

    def __init__(
        self,
        key: str,
        outline: Sequence[tuple[int, str, str]] = (),
        partners: Sequence[str] = (),
        counts: bool = False,
    ) -> None:
        super().__init__()
        self.key = key
        self.outline = tuple(outline)
        self.partners = tuple(partners)
        self.counts = counts  # an initiative: one step of the progress

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """No room taken: the anchor only marks a place in the story."""
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw: the document acts on it in afterFlowable."""


def check_source_date_epoch() -> None:
    """Refuse a SOURCE_DATE_EPOCH that is not a whole number of seconds in one clear line
    (reportlab would fail on it with a traceback in the middle of the layout)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value and not value.isdigit():
        raise PackExportError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not {value!r}."
        )


@dataclass(frozen=True)
class PageFurniture:
    """What the header and footer print besides the page numbers."""

    header_left: str
    header_right: str
    footer_left: str


class PackDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """A pack's document: a cover template (footer only) and a body template (header too),
    laid out in one pass. The ledger notes where each anchor lands as it goes."""

    def __init__(
        self,
        target: BinaryIO,
        page_size: tuple[float, float],
        styles: PackStyles,
        furniture: PageFurniture,
        ledger: PageLedger,
        **metadata: Any,
    ) -> None:
        # CreationDate and ModDate are the time of export. Byte-identical output is the
        # standard way only: reportlab stamps SOURCE_DATE_EPOCH instead when it is set (and
        # then derives the file's ID from it too); "invariant" would stamp 1 January 2000 on
        # every pack a delegate makes.
        check_source_date_epoch()
        super().__init__(
            target,
            pagesize=page_size,
            leftMargin=MARGIN_SIDE,
            rightMargin=MARGIN_SIDE,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            invariant=0,
            **metadata,
        )
        self.styles = styles
        self.furniture = furniture
        self.ledger = ledger
        self.progress: ProgressCallback | None = None
        self.is_cancelled: CancelCheck | None = None
        self.total_steps = 1  # one per initiative
        self._steps = 0
        self.addPageTemplates(self._page_templates(page_size))

    def _page_templates(self, page_size: tuple[float, float]) -> list[PageTemplate]:
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="text",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return [
            PageTemplate("cover", [frame], onPage=self._draw_footer, pagesize=page_size),
            PageTemplate("body", [frame], onPage=self._draw_furniture, pagesize=page_size),
        ]

    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab's name
        """reportlab: a new build pass starts; counts steps afresh and honours a cancel."""
        super().handle_documentBegin()
        self._steps = 0
        self._check_cancelled()
        self.canv.showOutline()

    def afterPage(self) -> None:  # noqa: N802 - reportlab's name
        """reportlab: a page is finished; the ledger learns the page count."""
        self.ledger.total = self.page

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        """reportlab: honours a cancel; an anchor records its page and its bookmark."""
        raise_if_stopped()
        if not isinstance(flowable, Anchor):
            return
        ledger = self.ledger
        ledger.pages[flowable.key] = self.page
        self.canv.bookmarkPage(flowable.key)
        for level, title, key in flowable.outline:
            if key != flowable.key:
                self.canv.bookmarkPage(key)
                ledger.pages[key] = self.page
            self.canv.addOutlineEntry(title, key, level=level, closed=False)
        for name in flowable.partners:
            ledger.add_partner(name, self.page, flowable.key)
        if flowable.counts:
            self._step()

    def _step(self) -> None:
        self._steps += 1
        self._check_cancelled()
        if self.progress is not None:
            # The last step is reported once the file is in place, not here.
            self.progress(min(self._steps, self.total_steps - 1), self.total_steps)

    def _check_cancelled(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise PackExportCancelled("The export was cancelled.")

    # The page furniture: the same header and footer text on every page is one form, drawn
    # once; "Page X of Y" is a form per page, drawn once Y is known.

    def _draw_furniture(self, canvas: PackCanvas, doc: PackDocTemplate) -> None:
        canvas.draw_later(RUNNING_HEAD, self._draw_head)
        self._draw_footer(canvas, doc)

    def _draw_footer(self, canvas: PackCanvas, doc: PackDocTemplate) -> None:
        canvas.draw_later(RUNNING_FOOT, self._draw_foot)
        canvas.draw_later(f"page-{self.page}", partial(self._draw_page_number, self.page))

    def _draw_head(self, canvas: Canvas) -> None:
        page_width, page_height = self.pagesize
        top = page_height - HEADER_FROM_TOP
        self._set_small_text(canvas)
        right = self.furniture.header_right
        right_width = canvas.stringWidth(right, self.styles.fonts.regular, SMALL)
        room = page_width - 2 * MARGIN_SIDE - right_width - 24
        canvas.drawString(MARGIN_SIDE, top, _fit(canvas, self.furniture.header_left, room))
        canvas.drawRightString(page_width - MARGIN_SIDE, top, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_SIDE, top - 5, page_width - MARGIN_SIDE, top - 5)

    def _draw_foot(self, canvas: Canvas) -> None:
        self._set_small_text(canvas)
        canvas.drawString(MARGIN_SIDE, FOOTER_FROM_BOTTOM, self.furniture.footer_left)

    def _draw_page_number(self, page: int, canvas: Canvas) -> None:
        self._set_small_text(canvas)
        text = label("page_of", page=page, pages=self.ledger.total)
        canvas.drawRightString(self.pagesize[0] - MARGIN_SIDE, FOOTER_FROM_BOTTOM, text)

    def _set_small_text(self, canvas: Canvas) -> None:
        canvas.setFont(self.styles.fonts.regular, SMALL)
        canvas.setFillColor(MUTED)


def _fit(canvas: Any, text: str, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` in the canvas's current font."""
    font, size = canvas._fontname, canvas._fontsize
    # No printed letter is narrower than a point at this size: what is past that many
    # letters cannot fit, and measuring it (a 10 MB title) would take minutes.
    text = text[: int(width) + 1]
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
