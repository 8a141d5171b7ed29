"""Flowables of the pack: paragraphs broken into lines once, plain labels, badge rows, and
invisible flowables that cost nothing to draw."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, FrameBG, Paragraph, Spacer
from reportlab.platypus.paragraph import ParagraphStyle

from pfp_desktop.export.escaping import esc


class PackParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A Paragraph that breaks its lines once per width: frames that try a paragraph before
    placing it, and row lists that measure their rows before drawing them, ask again for the
    same width. (Left-aligned, unhyphenated text: the lines depend on the width only.)"""

    frags: list[Any]  # reportlab's styled fragments of the text
    _wrapped_for: float | None = None

    def _setup(
        self, text: str, style: ParagraphStyle, bullet: Any, frags: Any, cleaner: Any
    ) -> None:
        super()._setup(text, style, bullet, frags, cleaner)
        if frags is None:  # parsed from markup just now (a split passes its words instead)
            self.frags = merged_fragments(self.frags)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """reportlab: lay the paragraph out, once per width (packs re-wrap often)."""
        if avail_width != self._wrapped_for or not hasattr(self, "blPara"):
            super().wrap(avail_width, avail_height)
            self._wrapped_for = avail_width
        return self.width, self.height


_NOT_TEXT = frozenset(("lineBreak", "cbDefn", "_selfClosingTag"))  # <br/>, <onDraw/>, <img/>


def merged_fragments(frags: list[Any]) -> list[Any]:
    """Neighbouring fragments of a parsed paragraph that differ only in their text, as one.

    reportlab's parser cuts text at every entity ("R&amp;D" makes three fragments), and a
    paragraph of several fragments takes its slow path, twice the work of a single one."""
    joined = frags[:1]
    for frag in frags[1:]:
        last = joined[-1]
        if _same_look(last, frag):
            joined[-1] = last.clone(text=last.text + frag.text)
        else:
            joined.append(frag)
    return joined


def _same_look(one: Any, other: Any) -> bool:
    a, b = one.__dict__, other.__dict__
    if a.keys() != b.keys() or not _NOT_TEXT.isdisjoint(a) or "text" not in a:
        return False
    return all(a[key] == b[key] for key in a if key != "text")


class Invisible:
    """Mixin for flowables that draw nothing: they skip the state save and translation that
    reportlab writes around every flowable's draw(). A pack has a dozen per initiative."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Nothing to draw."""


class Gap(Invisible, Spacer):  # type: ignore[misc]  # reportlab has no type hints
    """Vertical space."""

    def __init__(self, height: float) -> None:
        super().__init__(0, height)


class ClosingGap(Gap):
    """The space that closes a tinted box: none at the top of a page, where it would draw an
    empty strip of the box on a page of its own. (Frames set ``_frame`` before they wrap.)"""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """reportlab: no space at the top of a frame, the full gap elsewhere."""
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0
        return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]


class RoomCheck(Invisible, CondPageBreak):  # type: ignore[misc]  # reportlab has no type hints
    """A page break unless ``height`` is left on the page."""


class Tint(FrameBG):  # type: ignore[misc]  # reportlab has no type hints
    """FrameBG: it only tells its frame, in draw(), to tint what follows (or to stop), so it is
    drawn without the state save and translation around it."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """reportlab: draw at (x, y) without a state save (thousands per pack)."""
        self.canv = canvas
        self.draw()
        del self.canv


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
        """reportlab: one line when the text fits, else the wrapped paragraph's size."""
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
        """reportlab: a wrapped label splits like its paragraph; one line never splits."""
        return self._paragraph.split(avail_width, avail_height) if self._paragraph else []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """reportlab: draw straight onto the page at (x, y), without a state save."""
        # Straight onto the page, without the state save and translation that every flowable
        # gets around its draw(): thousands of labels per pack.
        if self._paragraph is not None:
            self._paragraph.drawOn(canvas, x, y, _sW)
            return
        style = self.style
        baseline = y + style.leading - style.fontSize
        draw_line(canvas, x + style.leftIndent, baseline, self.text, style)

    def draw(self) -> None:
        """reportlab: draw on the canvas reportlab set."""
        self.drawOn(self.canv, 0, 0)


def draw_line(
    canvas: Any, x: float, y: float, text: str, style: ParagraphStyle, colour: Color | None = None
) -> None:
    """``text`` on one line from (x, y), in the font and size of ``style`` and its colour (or
    ``colour``).

    One text object holds it all: canvas.setFont would add an empty text block of its own and
    drawString measures the text again. The colour stays inside a saved state, as it would in
    a flowable's draw()."""
    canvas.saveState()
    line = canvas.beginText(x, y)
    line.setFont(style.fontName, style.fontSize)
    line.setFillColor(colour or style.textColor)
    line.textOut(text)
    canvas.drawText(line)
    canvas.restoreState()


class BadgeRow(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A tinted rounded badge ("GCM 19") in a fixed column, and its wording beside it.

    Drawn by hand rather than as a Table: a pack has thousands of these and a Table costs
    several times more to lay out.
    """

    def __init__(
        self,
        code: str,
        text: Label,
        column: float,
        colours: tuple[Color, Color],
        style: ParagraphStyle,
    ) -> None:
        super().__init__()
        self.code = code  # plain text
        self.text = text
        self.column = column
        self.back, self.fore = colours
        self.style = style  # the badge's font (bold, small)
        self.spaceAfter = 3
        self._text_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """reportlab: the row's height, the text's or one line's, whichever is taller."""
        _, self._text_height = self.text.wrap(avail_width - self.column, avail_height)
        self.width = avail_width
        self.height = max(self._text_height, self.style.leading)
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """reportlab: the badge (a form drawn once per code) and the text beside it."""
        # The badge is a form: drawn once per code and colours, shown wherever the code
        # recurs (a pack repeats a few dozen codes thousands of times). No state save and
        # translation around the whole row either, as for Label.
        top = y + self.height
        baseline = top - self.text.style.fontSize  # where Paragraph puts its first line
        size = self.style.fontSize
        width = stringWidth(self.code, self.style.fontName, size) + 9
        name = f"badge-{self.code.encode().hex()}-{self.back.hexval()}-{self.fore.hexval()}"
        canvas.saveState()
        canvas.translate(x, baseline)
        canvas.draw_later(name, self._draw_badge, (-1, -4, width + 1, size + 3))
        canvas.restoreState()
        self.text.drawOn(canvas, x + self.column, top - self._text_height)

    def draw(self) -> None:
        """reportlab: draw on the canvas reportlab set."""
        self.drawOn(self.canv, 0, 0)

    def _draw_badge(self, canvas: Any) -> None:
        """The tinted badge and its code, from the baseline of the code at (0, 0)."""
        style = self.style
        size = style.fontSize
        width = canvas.stringWidth(self.code, style.fontName, size) + 9
        canvas.setFillColor(self.back)
        canvas.roundRect(0, -3, width, size + 5, 2.5, stroke=0, fill=1)
        draw_line(canvas, 4.5, 0, self.code, style, self.fore)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """reportlab: never split; the row moves to the next page whole."""
        return []  # a few lines at most: moves to the next page whole
