"""Flowables of the pack that skip drawing in the measuring pass, and the badge rows.

The first layout pass only has to learn where pages break; drawing text there is wasted work
(about half of a pass). The document marks that pass's canvas as measuring, and these
flowables then lay out as usual but draw nothing.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import ParagraphStyle

from pfp_desktop.export.escaping import esc

MEASURING = "_pfp_measuring"  # attribute set on the canvas of the measuring pass


def is_measuring(canvas: Any) -> bool:
    """Whether ``canvas`` belongs to the measuring pass (its pages are thrown away)."""
    return bool(getattr(canvas, MEASURING, False))


class PackParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A Paragraph that draws nothing in the measuring pass (its splits stay PackParagraphs),
    and breaks its lines once per width: both passes, and frames that try a paragraph before
    placing it, ask again for the same width. (Left-aligned, unhyphenated text: the lines
    depend on the width only.)"""

    _wrapped_for: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._wrapped_for or not hasattr(self, "blPara"):
            super().wrap(avail_width, avail_height)
            self._wrapped_for = avail_width
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        # Not even the translate and state save: in a 1,000-page pass their float formatting
        # alone costs a second.
        if not is_measuring(canvas):
            super().drawOn(canvas, x, y, _sW)


class Label(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Plain text in ``style`` that usually fits one line (a section label, the summit line).
    Thousands per pack, so drawn directly instead of parsed and broken into lines as a
    Paragraph; text too wide for one line becomes a Paragraph after all, never clipped."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._paragraph: PackParagraph | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        width = stringWidth(self.text, self.style.fontName, self.style.fontSize)
        room = avail_width - self.style.leftIndent - self.style.rightIndent
        if width <= room and "\n" not in self.text:
            self._paragraph = None
            return avail_width, self.style.leading
        if self._paragraph is None:
            self._paragraph = PackParagraph(esc(self.text), self.style)
        return self._paragraph.wrap(avail_width, avail_height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return self._paragraph.split(avail_width, avail_height) if self._paragraph else []

    def draw(self) -> None:
        if is_measuring(self.canv):
            return
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        self.canv.setFillColor(self.style.textColor)
        self.canv.setFont(self.style.fontName, self.style.fontSize)
        baseline = self.style.leading - self.style.fontSize
        self.canv.drawString(self.style.leftIndent, baseline, self.text)


class BadgeRow(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A tinted rounded badge ("GCM 19") in a fixed column, and its wording beside it.

    Drawn by hand rather than as a Table: a pack has thousands of these and a Table costs
    several times more to lay out.
    """

    def __init__(self, code: str, text: Label, column: float, colours: tuple[Color, Color],
                 style: ParagraphStyle) -> None:  # fmt: skip
        super().__init__()
        self.code = code  # plain text
        self.text = text
        self.column = column
        self.back, self.fore = colours
        self.style = style  # the badge's font (bold, small)
        self.spaceAfter = 3
        self._text_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self._text_height = self.text.wrap(avail_width - self.column, avail_height)
        self.width = avail_width
        self.height = max(self._text_height, self.style.leading)
        return self.width, self.height

    def draw(self) -> None:
        if is_measuring(self.canv):
            return
        canvas, style = self.canv, self.style
        size = style.fontSize
        label_width = canvas.stringWidth(self.code, style.fontName, size)
        top = self.height
        baseline = top - self.text.style.fontSize  # where Paragraph puts its first line
        canvas.saveState()
        canvas.setFillColor(self.back)
        canvas.roundRect(0, baseline - 3, label_width + 9, size + 5, 2.5, stroke=0, fill=1)
        canvas.setFillColor(self.fore)
        canvas.setFont(style.fontName, size)
        canvas.drawString(4.5, baseline, self.code)
        canvas.restoreState()
        self.text.drawOn(canvas, self.column, top - self._text_height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # a few lines at most: moves to the next page whole
