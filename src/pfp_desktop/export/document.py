"""The page machinery: page templates with the running header and footer, anchors, the outline,
progress and cancellation during layout."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from pfp_desktop.export.errors import PackExportCancelled
from pfp_desktop.export.flowables import MEASURING, is_measuring
from pfp_desktop.export.labels import label
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
LAYOUT_PASSES = 2  # see page_ledger: the first pass finds the pages, the second prints them


_SAVE_LOCK = threading.Lock()


class PackCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that writes its streams Flate-compressed without an ASCII85 layer.

    ASCII85 keeps a PDF 7-bit clean for mail transports nobody uses any more; reportlab applies
    it by default, in pure Python: a second per 1,000 pages, and a file a quarter larger. The
    setting is a reportlab global read only while saving, so it is switched for that moment.
    """

    def save(self) -> None:
        with _SAVE_LOCK:
            previous = rl_config.useA85
            rl_config.useA85 = 0
            try:
                super().save()
            finally:
                rl_config.useA85 = previous


class Anchor(Flowable):  # type: ignore[misc]  # reportlab has no type hints
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
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw: the document acts on it in afterFlowable."""


@dataclass(frozen=True)
class PageFurniture:
    """What the header and footer print besides the page numbers."""

    header_left: str
    header_right: str
    footer_left: str


class PackDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """A pack's document: a cover template (footer only) and a body template (header too)."""

    def __init__(
        self,
        target: BinaryIO,
        page_size: tuple[float, float],
        styles: PackStyles,
        furniture: PageFurniture,
        ledger: PageLedger,
        **metadata: Any,
    ) -> None:
        super().__init__(target, pagesize=page_size, leftMargin=MARGIN_SIDE,
                         rightMargin=MARGIN_SIDE, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, invariant=1, **metadata)  # fmt: skip
        self.styles = styles
        self.furniture = furniture
        self.ledger = ledger
        self.progress: ProgressCallback | None = None
        self.is_cancelled: CancelCheck | None = None
        self.steps_per_pass = 0
        self._pass = 0
        self._steps = 0
        self.addPageTemplates(self._page_templates(page_size))

    def _page_templates(self, page_size: tuple[float, float]) -> list[PageTemplate]:
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="text",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        return [
            PageTemplate("cover", [frame], onPage=self._draw_footer, pagesize=page_size),
            PageTemplate("body", [frame], onPage=self._draw_furniture, pagesize=page_size),
        ]

    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab's name
        # Called at the start of every layout pass: per-pass state starts afresh.
        super().handle_documentBegin()
        self._pass += 1
        self._steps = 0
        self._check_cancelled()
        # Pass 1 only measures where pages break; its pages are thrown away (see flowables).
        setattr(self.canv, MEASURING, self._pass == 1)
        self.canv.showOutline()

    def afterPage(self) -> None:  # noqa: N802 - reportlab's name
        self.ledger.current.total = self.page

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if not isinstance(flowable, Anchor):
            return
        record = self.ledger.current
        record.pages[flowable.key] = self.page
        self.canv.bookmarkPage(flowable.key)
        for level, title, key in flowable.outline:
            if key != flowable.key:
                self.canv.bookmarkPage(key)
                record.pages[key] = self.page
            self.canv.addOutlineEntry(title, key, level=level, closed=False)
        for name in flowable.partners:
            record.add_partner(name, self.page, flowable.key)
        if flowable.counts:
            self._step()

    def total_steps(self) -> int:
        """Progress steps of the whole export: one per initiative and layout pass."""
        return max(LAYOUT_PASSES, self._pass) * self.steps_per_pass

    def _step(self) -> None:
        self._steps += 1
        self._check_cancelled()
        if self.progress is not None:
            done = (self._pass - 1) * self.steps_per_pass + self._steps
            # The last step is reported once the file is in place, not here.
            self.progress(min(done, self.total_steps() - 1), self.total_steps())

    def _check_cancelled(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise PackExportCancelled("The export was cancelled.")

    def _draw_furniture(self, canvas: Any, doc: PackDocTemplate) -> None:
        if is_measuring(canvas):
            return
        page_width, page_height = self.pagesize
        top = page_height - HEADER_FROM_TOP
        canvas.saveState()
        canvas.setFont(self.styles.fonts.regular, SMALL)
        canvas.setFillColor(MUTED)
        right = self.furniture.header_right
        right_width = canvas.stringWidth(right, self.styles.fonts.regular, SMALL)
        room = page_width - 2 * MARGIN_SIDE - right_width - 24
        canvas.drawString(MARGIN_SIDE, top, _fit(canvas, self.furniture.header_left, room))
        canvas.drawRightString(page_width - MARGIN_SIDE, top, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_SIDE, top - 5, page_width - MARGIN_SIDE, top - 5)
        canvas.restoreState()
        self._draw_footer(canvas, doc)

    def _draw_footer(self, canvas: Any, doc: PackDocTemplate) -> None:
        if is_measuring(canvas):
            return
        page_width, _ = self.pagesize
        bottom = FOOTER_FROM_BOTTOM
        total = self.ledger.previous.total or self.page  # first pass: not known yet
        canvas.saveState()
        canvas.setFont(self.styles.fonts.regular, SMALL)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_SIDE, bottom, self.furniture.footer_left)
        canvas.drawRightString(
            page_width - MARGIN_SIDE, bottom, label("page_of", page=self.page, pages=total)
        )
        canvas.restoreState()


def _fit(canvas: Any, text: str, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` in the canvas's current font."""
    font, size = canvas._fontname, canvas._fontsize
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
