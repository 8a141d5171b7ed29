"""The tree's context menu and keys: rename or delete a saved search (F2, Delete), add the
selected items to the briefing pack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from pfp_desktop.domain.models import NodeKind

if TYPE_CHECKING:
    from pfp_desktop.ui.main_window import MainWindow


def install_tree_menu(window: MainWindow) -> None:
    tree = window.tree
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    tree.customContextMenuRequested.connect(lambda point: _show_menu(window, point))
    rename = QAction(QCoreApplication.translate("TreeMenu", "Rename saved search"), tree)
    rename.setShortcut(QKeySequence("F2"))
    rename.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    rename.triggered.connect(lambda: _on_saved(window, rename=True))
    delete = QAction(QCoreApplication.translate("TreeMenu", "Delete saved search"), tree)
    delete.setShortcut(QKeySequence.StandardKey.Delete)
    delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete.triggered.connect(lambda: _on_saved(window, rename=False))
    tree.addActions([rename, delete])


def _on_saved(window: MainWindow, rename: bool) -> None:
    node = window.tree.current_node()
    if node is None or node.kind is not NodeKind.SAVED_SEARCH:
        return
    if rename:
        window.search.rename_saved(node.key, window)
    else:
        window.search.delete_saved(node.key)


def _show_menu(window: MainWindow, point: QPoint) -> None:
    node = window.tree.current_node()
    menu = QMenu(window.tree)
    if node is not None and node.kind is NodeKind.SAVED_SEARCH:
        menu.addAction(
            QCoreApplication.translate("TreeMenu", "&Rename…"),
            lambda: _on_saved(window, rename=True),
        )
        menu.addAction(
            QCoreApplication.translate("TreeMenu", "&Delete"),
            lambda: _on_saved(window, rename=False),
        )
    for action in window.tree_context_actions:
        menu.addAction(action)
    if not menu.isEmpty():
        menu.exec(window.tree.viewport().mapToGlobal(point))
