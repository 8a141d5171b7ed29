"""The tree's context menu and keys: rename or delete a saved search (F2, Delete), and the
commands other panels add for the selected rows (e.g. "Add to briefing pack")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.ui.browse.tree import NavigationTree


class TreeMenu(QObject):
    """Says which saved search to rename or delete; the window decides how."""

    rename_saved = Signal(str)  # the saved search's key
    delete_saved = Signal(str)

    def __init__(self, tree: NavigationTree) -> None:
        super().__init__(tree)
        self.tree = tree
        self.extra_actions: list[QAction] = []  # shown below the saved-search commands
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show_menu)
        rename = self._key_action(QCoreApplication.translate("TreeMenu", "Rename saved search"))
        rename.setShortcut(QKeySequence("F2"))
        rename.triggered.connect(lambda: self._on_saved(rename=True))
        delete = self._key_action(QCoreApplication.translate("TreeMenu", "Delete saved search"))
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(lambda: self._on_saved(rename=False))

    def _key_action(self, text: str) -> QAction:
        action = QAction(text, self.tree)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(action)
        return action

    def add_action(self, action: QAction) -> None:
        if action not in self.extra_actions:
            self.extra_actions.append(action)

    def _saved_search_key(self) -> str | None:
        node = self.tree.current_node()
        return node.key if node is not None and node.kind is NodeKind.SAVED_SEARCH else None

    def _on_saved(self, rename: bool) -> None:
        key = self._saved_search_key()
        if key is not None:
            (self.rename_saved if rename else self.delete_saved).emit(key)

    def _show_menu(self, point: QPoint) -> None:
        menu = QMenu(self.tree)
        if self._saved_search_key() is not None:
            menu.addAction(
                QCoreApplication.translate("TreeMenu", "&Rename…"),
                lambda: self._on_saved(rename=True),
            )
            menu.addAction(
                QCoreApplication.translate("TreeMenu", "&Delete"),
                lambda: self._on_saved(rename=False),
            )
        for action in self.extra_actions:
            menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(point))
