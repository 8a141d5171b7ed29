"""The left pane: the navigation tree of the chosen grouping."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from pfp_desktop.domain.navigation import Grouping, NavNode, NodeKind, NodeRef, OpenRows
from pfp_desktop.ui.browse.tree_marks import SIZE, icon_width
from pfp_desktop.ui.browse.tree_model import NavigationModel
from pfp_desktop.ui.common.marks import Mark, MarkedIds

if TYPE_CHECKING:  # the services come with the catalogue, after the first paint
    from pfp_desktop.services.navigation import NavigationService, TreePaths


NOT_INITIATIVE_GROUPS = {
    NodeKind.SAVED_SEARCHES,
    NodeKind.SAVED_SEARCH,
}  # searches, not initiatives


class NavigationTree(QTreeView):
    """Emits node_selected(kind, key) when the delegate selects a row."""

    node_selected = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._navigation: NavigationService | None = None
        self._paths: TreePaths | None = None
        # The first level kept from the last quit, and the rows of the groups open above the
        # page's row (keyed by the group's kind and key): the picture shown until attach().
        self._preview: list[NavNode] = []
        self._preview_open: dict[NodeRef, list[NavNode]] = {}
        self.grouping = Grouping.SUMMIT
        self._model = NavigationModel(self._children)
        self.setModel(self._model)
        self._configure()
        # Selection, not the current index: Qt makes the first row current (unselected) when
        # the tree gains focus, and that must not open a page.
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # QTreeView fetches more rows by itself only for the top level: do it for open groups.
        self._open: list[QPersistentModelIndex] = []
        self.expanded.connect(self._remember_open)
        self.verticalScrollBar().valueChanged.connect(self._fetch_visible)

    def _configure(self) -> None:
        self.setObjectName("navigationTree")
        self.setAccessibleName(self.tr("Navigation"))
        self.setAccessibleDescription(self.tr("Summits, partners or themes, and their initiatives"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)  # lets Qt skip measuring every row of a big level
        # Ctrl/Shift-click picks several (to add them to a briefing pack at once).
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIconSize(QSize(icon_width(len(Mark)), SIZE))  # room for every mark at once
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _remember_open(self, index: QModelIndex) -> None:
        self._open = [i for i in self._open if i.isValid()] + [QPersistentModelIndex(index)]
        self._fetch_visible()

    def _fetch_visible(self, _value: int = 0) -> None:
        """Load the next batch of any open group whose last loaded row is in view."""
        view = self.viewport().rect()
        for group in self._open:
            if not group.isValid() or not self._model.canFetchMore(group):
                continue
            last = self._model.index(self._model.rowCount(group) - 1, 0, group)
            if self.visualRect(last).intersects(view):
                self._model.fetchMore(group)

    def attach(self, navigation: NavigationService, paths: TreePaths) -> None:
        """Start showing the catalogue these services read."""
        self._navigation = navigation
        self._paths = paths
        self._preview, self._preview_open = [], {}

    def show_preview(self, roots: Iterable[NavNode], opened: OpenRows = ()) -> None:
        """Show this first level until attach(): what the tree showed at the last quit, with
        the rows of the groups open above the page's row (``opened``, as open_rows() gives)."""
        self._preview = list(roots)
        self._preview_open = {group: list(rows) for group, rows in opened}
        self.set_grouping(self.grouping)

    def roots(self) -> list[NavNode]:
        """The first level as shown (loaded rows only)."""
        return self._rows(QModelIndex())

    def open_rows(self) -> OpenRows:
        """The loaded rows of each group above the selected row, outermost first: the live tree
        opens them again at the next start (reveal), so its picture shows them too."""
        opened: list[tuple[NodeRef, tuple[NavNode, ...]]] = []
        group = self.currentIndex().parent()
        while (node := self._model.node(group)) is not None:
            opened.insert(0, ((node.kind, node.key), tuple(self._rows(group))))
            group = group.parent()
        return tuple(opened)

    def _rows(self, parent: QModelIndex) -> list[NavNode]:
        nodes = (
            self._model.node(self._model.index(r, 0, parent))
            for r in range(self._model.rowCount(parent))
        )
        return [n for n in nodes if n is not None]

    def set_new(self, ids: set[str]) -> None:
        """Mark these initiatives "new" in the tree."""
        self._model.set_new(ids)

    def set_marks(self, marked: MarkedIds) -> None:
        """Show these marks (note, star, correction) on the initiatives that carry them."""
        self._model.set_marks(marked)

    # Declared as a slot: connected as an undeclared method (which PySide adds to the widget's
    # meta-object at run time), a restarted window's tree lost the text size set on it under
    # the app's style sheet (tests/ui/test_window_fit.py); declared, it keeps it.
    @Slot(list)
    def set_pack_ids(self, ids: Iterable[str]) -> None:
        """The initiatives of the pack on show in the pack panel: marked "in the pack"."""
        self._model.set_marks({Mark.PACK: frozenset(ids)})

    def focusInEvent(self, event: QFocusEvent) -> None:
        had_current = self.currentIndex().isValid()
        super().focusInEvent(event)
        if not had_current:  # Qt made the first row current: let the first arrow key pick it
            self.selectionModel().clearCurrentIndex()

    def _children(self, node: NavNode | None) -> list[NavNode]:
        if self._navigation is None:  # before the catalogue: the picture of the last quit
            if node is None:
                return list(self._preview)
            return list(self._preview_open.get((node.kind, node.key), []))
        if node is None:
            return self._navigation.roots(self.grouping)
        return self._navigation.children(node)

    def set_grouping(self, grouping: Grouping) -> None:
        self.grouping = grouping
        self._model.reset()
        if self._model.canFetchMore(QModelIndex()):
            self._model.fetchMore(QModelIndex())

    def reload(self, current: tuple[NodeKind, str] | None) -> None:
        """Rebuild the tree (the delegate's groups changed), keeping open groups open."""
        expanded = self._expanded_paths()
        self.set_grouping(self.grouping)
        for path in expanded:
            index = QModelIndex()
            for kind, key in path:
                index = self._child(index, kind, key)
                if not index.isValid():
                    break
            if index.isValid():
                self.expand(index)
        if current is not None:
            self.reveal(*current)

    def _expanded_paths(self) -> list[list[tuple[NodeKind, str]]]:
        paths: list[list[tuple[NodeKind, str]]] = []
        stack: list[tuple[QModelIndex, list[tuple[NodeKind, str]]]] = [(QModelIndex(), [])]
        while stack:
            parent, path = stack.pop()
            for row in range(self._model.rowCount(parent)):
                index = self._model.index(row, 0, parent)
                node = self._model.node(index)
                if node is not None and self.isExpanded(index):
                    here = [*path, (node.kind, node.key)]
                    paths.append(here)
                    stack.append((index, here))
        return paths

    def selected_nodes(self) -> list[NavNode]:
        """Every selected row's node, top to bottom."""
        rows = sorted(self.selectionModel().selectedRows(0), key=lambda i: self.visualRect(i).top())
        return [n for n in (self._model.node(i) for i in rows) if n is not None]

    def selected_initiative_ids(self) -> list[str]:
        """The initiatives of the selected rows, in the tree's order: an initiative row's id,
        every initiative of a group row (summit, session, partner, objective, starred, tag…)."""
        return [i for node in self.selected_nodes() for i in self.initiatives_under(node)]

    def initiatives_under(self, node: NavNode) -> list[str]:
        if node.kind is NodeKind.INITIATIVE:
            return [node.key]
        if node.kind in NOT_INITIATIVE_GROUPS:
            return []
        return [i for child in self._children(node) for i in self.initiatives_under(child)]

    def current_node(self) -> NavNode | None:
        return self._model.node(self.currentIndex())

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        node = self._model.node(indexes[0]) if indexes else None
        if node is not None:
            self.node_selected.emit(node.kind.value, node.key)

    def reveal(self, kind: NodeKind, key: str) -> bool:
        """Select the item in this grouping's tree, opening its ancestors; quietly (no signal).

        Returns False (and clears the selection) when this grouping does not show it.
        """
        index = QModelIndex()
        path = (
            self._paths.path_to(self.grouping, kind, key)
            if self._paths
            else self._preview_path(kind, key)
        )
        for step_kind, step_key in path:
            index = self._child(index, step_kind, step_key)
            if not index.isValid():
                break
        self.blockSignals(True)
        self.selectionModel().blockSignals(True)
        try:
            if index.isValid():
                self.setCurrentIndex(index)
                self.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.scrollTo(index)
            else:
                self.selectionModel().clear()
        finally:
            self.selectionModel().blockSignals(False)
            self.blockSignals(False)
        return index.isValid()

    def _preview_path(self, kind: NodeKind, key: str) -> list[NodeRef]:
        """Before attach(): the way to a row of the picture, through the groups it keeps open."""
        parents = {
            (n.kind, n.key): group for group, rows in self._preview_open.items() for n in rows
        }
        path = [(kind, key)]
        while path[0] in parents:
            path.insert(0, parents[path[0]])
        return path

    def _child(self, parent: QModelIndex, kind: NodeKind, key: str) -> QModelIndex:
        if parent.isValid():
            self.expand(parent)
        while self._model.canFetchMore(parent):
            self._model.fetchMore(parent)
        for row in range(self._model.rowCount(parent)):
            index = self._model.index(row, 0, parent)
            node = self._model.node(index)
            if node is not None and (node.kind, node.key) == (kind, key):
                return index
        return QModelIndex()
