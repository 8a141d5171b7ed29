"""Shift+F10 and the Menu key open a view's context menu at its current item, as the right
mouse button does at the pointer (Qt maps neither key for a view on every platform)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication

CONTEXT_MENU_KEYS = ("Shift+F10", "Menu")


def add_context_menu_keys(view: QAbstractItemView) -> None:
    """Give ``view`` the keys; shortcuts, not actions, so no menu lists them as a command."""
    for keys in CONTEXT_MENU_KEYS:
        shortcut = QShortcut(QKeySequence(keys), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: open_context_menu(view))


def open_context_menu(view: QAbstractItemView) -> None:
    """The menu the view shows for a right click on its current item (or its top corner)."""
    index = view.currentIndex()
    rect = view.visualRect(index) if index.isValid() else view.viewport().rect()
    point = QPoint(rect.left() + min(24, rect.width() // 2), rect.center().y())
    if not index.isValid():
        point = QPoint(8, 8)
    viewport = view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
