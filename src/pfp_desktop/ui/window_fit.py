"""The window on small screens: a first size that fits the screen, a saved place brought back
on screen, panes that give way, and one text size for every pane."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

FIRST_SIZE = QSize(1280, 800)  # what a roomy screen gets the first time
SCREEN_SHARE = 0.92  # of a smaller screen's free area: room for the title bar and a margin
TREE_SHARE = 0.28  # of the window's width, for the tree (the page takes the rest)
MIN_TEXT_POINTS = 6.0


def first_geometry(available: QRect) -> QRect:
    """Where a first window goes: 1280×800 when it fits, else most of the free area, centred."""
    width = min(FIRST_SIZE.width(), int(available.width() * SCREEN_SHARE))
    height = min(FIRST_SIZE.height(), int(available.height() * SCREEN_SHARE))
    if available.width() < FIRST_SIZE.width() or available.height() < FIRST_SIZE.height():
        width, height = min(width, available.width()), min(height, available.height())
    box = QRect(0, 0, width, height)
    box.moveCenter(available.center())
    return box


def fitted(saved: QRect, available: QRect) -> QRect:
    """A saved place that no longer fits (a smaller screen, one unplugged) shrunk to the free
    area and moved wholly onto it; a place that fits is kept as it is."""
    if available.contains(saved):
        return saved
    width = min(saved.width(), available.width())
    height = min(saved.height(), available.height())
    left = min(max(saved.left(), available.left()), available.right() - width + 1)
    top = min(max(saved.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def screen_area(window: QWidget) -> QRect:
    """The free area (without task bars) of the screen the window is on, or the primary one."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def bring_on_screen(window: QWidget) -> None:
    """Move (and shrink) a restored window whose frame lies off its screen's free area."""
    area = screen_area(window)
    frame = window.frameGeometry()
    place = fitted(frame, area)
    if place == frame:
        return
    extra = frame.size() - window.geometry().size()  # title bar and borders
    window.resize(place.size() - extra)
    window.move(place.topLeft())


def place_window(window: QWidget, saved: QByteArray) -> None:
    """Where it was at the last quit, brought back on screen; the first time, sized to fit."""
    if window.restoreGeometry(saved):
        bring_on_screen(window)  # the screen may be smaller now, or gone
    else:
        window.setGeometry(first_geometry(screen_area(window)))


def tree_width(window_width: int) -> int:
    """The tree's first width: a share of the window, never a fixed 360 px."""
    return max(200, min(420, int(window_width * TREE_SHARE)))


def set_text_size(panes: Iterable[QWidget], base_points: float, steps: int) -> None:
    """Every pane's text at the system size plus ``steps`` points (Ctrl+= / Ctrl+-).

    Each widget of a pane gets the font itself: a widget the app's style sheet draws (frames,
    check boxes) does not inherit its parent's font."""
    for widget in (w for pane in panes for w in (pane, *pane.findChildren(QWidget))):
        font = QFont(widget.font())
        font.setPointSizeF(max(MIN_TEXT_POINTS, base_points + steps))
        widget.setFont(font)
