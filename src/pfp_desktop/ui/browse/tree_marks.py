"""Small icons for the marks on a tree row, drawn with QPainter (no image files), with the
words a tooltip and a screen reader say for them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from math import cos, pi, sin

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from pfp_desktop.ui.common.marks import Mark

ORDER = (Mark.NOTE, Mark.STAR, Mark.CORRECTION, Mark.PACK)
SIZE = 12  # one mark, in device-independent pixels
GAP = 2
_NAMES = {
    Mark.NOTE: QT_TRANSLATE_NOOP("TreeMarks", "has a note"),
    Mark.STAR: QT_TRANSLATE_NOOP("TreeMarks", "starred"),
    Mark.CORRECTION: QT_TRANSLATE_NOOP("TreeMarks", "corrected locally"),
    Mark.PACK: QT_TRANSLATE_NOOP("TreeMarks", "in the current pack"),
}
# Readable on the light and the dark palette alike.
_COLOURS = {
    Mark.NOTE: "#3b82c4",
    Mark.STAR: "#d49a00",
    Mark.CORRECTION: "#b5562b",
    Mark.PACK: "#3f9a5a",
}


def mark_words(marks: Iterable[Mark]) -> str:
    """'has a note, starred': the marks in reading order, for tooltips and screen readers."""
    chosen = set(marks)
    return ", ".join(
        QCoreApplication.translate("TreeMarks", str(_NAMES[m])) for m in ORDER if m in chosen
    )


def icon_width(count: int) -> int:
    return count * SIZE + (count - 1) * GAP if count else 0


@cache
def mark_icon(marks: frozenset[Mark], ratio: float) -> QIcon:
    """One icon holding the given marks side by side (cached: at most 15 combinations), in
    their colours, and in white on a selected row's highlight."""
    shown = [m for m in ORDER if m in marks]
    icon = QIcon(_pixmap(shown, ratio, None))
    icon.addPixmap(_pixmap(shown, ratio, QColor("#ffffff")), QIcon.Mode.Selected)
    return icon


def _pixmap(shown: list[Mark], ratio: float, colour: QColor | None) -> QPixmap:
    pixmap = QPixmap(round(icon_width(len(shown)) * ratio), round(SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for number, mark in enumerate(shown):
        box = QRectF(number * (SIZE + GAP), 0, SIZE, SIZE).adjusted(1, 1, -1, -1)
        _draw(painter, mark, box, colour or QColor(_COLOURS[mark]))
    painter.end()
    return pixmap


def _draw(painter: QPainter, mark: Mark, box: QRectF, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if mark is Mark.NOTE:  # a page with two lines of text
        painter.drawRect(box.adjusted(1.5, 0, -1.5, 0))
        for y in (0.4, 0.7):
            top = box.top() + box.height() * y
            painter.drawLine(QPointF(box.left() + 3.5, top), QPointF(box.right() - 3.5, top))
    elif mark is Mark.STAR:
        painter.setBrush(colour)
        painter.drawPolygon(_star(box))
    elif mark is Mark.CORRECTION:  # a pencil stroke
        path = QPainterPath(box.bottomLeft() + QPointF(1, -1))
        path.lineTo(box.topRight() + QPointF(-1, 1))
        pen = QPen(colour, 2.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(path)
    else:  # a briefing pack: a folder
        painter.setBrush(colour.lighter(150))
        painter.drawRect(box.adjusted(0, 2, 0, -1))


def _star(box: QRectF) -> QPolygonF:
    centre, outer, inner = box.center(), box.width() / 2, box.width() / 4.6
    points = [
        QPointF(
            centre.x() + (outer if i % 2 == 0 else inner) * sin(i * pi / 5),
            centre.y() - (outer if i % 2 == 0 else inner) * cos(i * pi / 5),
        )
        for i in range(10)
    ]
    return QPolygonF(points)
