"""A Qt item model over the plain navigation nodes, loading each level lazily in batches."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from pfp_desktop.domain.navigation import NavNode, NodeKind
from pfp_desktop.ui.browse.tree_marks import mark_icon, mark_words
from pfp_desktop.ui.common.marks import Mark, MarkedIds
from pfp_desktop.ui.pages.page import elided

Index = QModelIndex | QPersistentModelIndex
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 2000  # rows added per fetchMore: a huge level never blocks the first paint for long
# Measuring a row's text costs time in its length at every paint (a 1 MB title: about 1 s),
# so a long label is shown cut (page_html.LABEL_CUT), with more of it in the tooltip.
TOOLTIP_CUT = 1000
NO_MARKS: frozenset[Mark] = frozenset()
NO_IDS: frozenset[str] = frozenset()
_MARK_ROLES = (
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


class _Item:
    """A node in the tree, its parent, and the children loaded so far."""

    __slots__ = ("children", "node", "parent", "pending", "row")

    def __init__(self, node: NavNode | None, parent: _Item | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children: list[_Item] = []
        self.pending: list[NavNode] | None = None  # None: children not asked for yet


class NavigationModel(QAbstractItemModel):
    """Two columns: the label, and a count (groups) or the summit (initiatives)."""

    def __init__(self, load_children: Callable[[NavNode | None], list[NavNode]]) -> None:
        super().__init__()
        self._load = load_children
        self._root = _Item(None, None, 0)
        self._new: frozenset[str] = frozenset()  # initiatives of an update not yet opened
        self._marked: MarkedIds = {}
        self._loaded: dict[str, list[_Item]] = {}  # initiative rows loaded so far, by id

    def set_new(self, ids: set[str]) -> None:
        """Mark these initiatives "new" (after a catalogue update, until opened)."""
        self._new = frozenset(ids)
        self._repaint_loaded()

    def set_marks(self, marked: MarkedIds) -> None:
        """Which initiatives carry each of the given marks (others keep theirs): sets read
        once per change, so painting a row is a few set lookups. Only the loaded rows whose
        marks changed are announced: a whole level of 10,000 rows costs the view ~0.3 s."""
        changed: set[str] = set()
        for mark, ids in marked.items():
            changed |= ids ^ self._marked.get(mark, NO_IDS)
        self._marked = {**self._marked, **marked}
        if len(changed) < len(self._loaded):  # walk the smaller of the two
            keys = [key for key in changed if key in self._loaded]
        else:
            keys = [key for key in self._loaded if key in changed]
        for key in keys:
            for item in self._loaded[key]:
                self.dataChanged.emit(
                    self.createIndex(item.row, 0, item), self.createIndex(item.row, 1, item)
                )

    def _repaint_loaded(self) -> None:
        stack = [self._root]
        while stack:  # every loaded level repaints its rows, one signal per level
            item = stack.pop()
            if item.children:
                first, last = item.children[0], item.children[-1]
                self.dataChanged.emit(
                    self.createIndex(first.row, 0, first), self.createIndex(last.row, 0, last)
                )
                stack += item.children

    def marks(self, node: NavNode) -> frozenset[Mark]:
        """The marks on this row (only initiatives carry any)."""
        if node.kind is not NodeKind.INITIATIVE or not self._marked:
            return NO_MARKS
        return frozenset(mark for mark, ids in self._marked.items() if node.key in ids)

    def reset(self) -> None:
        """Forget every loaded level (after the grouping changed)."""
        self.beginResetModel()
        self._root = _Item(None, None, 0)
        self._loaded = {}
        self.endResetModel()

    def _item(self, index: Index) -> _Item:
        if not index.isValid():
            return self._root
        item = index.internalPointer()
        assert isinstance(item, _Item)
        return item

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        item = self._item(parent)
        if not self.hasIndex(row, column, parent) or row >= len(item.children):
            return QModelIndex()
        return self.createIndex(row, column, item.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._item(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        item = self._item(parent)
        if item.node is None or item.children:
            return item.node is None or bool(item.children)
        return item.node.has_children

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        item = self._item(parent)
        if item.pending is None:
            return item.node is None or item.node.has_children
        return bool(item.pending)

    def fetchMore(self, parent: Index) -> None:
        item = self._item(parent)
        if item.pending is None:
            item.pending = self._load(item.node)
        batch, item.pending = item.pending[:BATCH], item.pending[BATCH:]
        if not batch:
            return
        first = len(item.children)
        self.beginInsertRows(parent, first, first + len(batch) - 1)
        added = [_Item(node, item, first + i) for i, node in enumerate(batch)]
        item.children += added
        for child in added:
            if child.node is not None and child.node.kind is NodeKind.INITIATIVE:
                self._loaded.setdefault(child.node.key, []).append(child)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._item(index).node
        assert node is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return elided(node.detail)
            return elided(node.label) + (self._new_mark() if self._is_new(node) else "")
        if role in _MARK_ROLES:
            return self._marked_data(node, index.column(), role)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and _is_empty_group(node):
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == NODE_ROLE:
            return node
        return None

    def _marked_data(self, node: NavNode, column: int, role: int) -> Any:
        """Tooltip, accessible text and the marks' icon (in the second column, so titles stay
        aligned whether marked or not)."""
        marks = self.marks(node)
        words = mark_words(marks)
        if role == Qt.ItemDataRole.DecorationRole:
            screen = QGuiApplication.primaryScreen()
            ratio = screen.devicePixelRatio() if screen is not None else 1.0
            return mark_icon(marks, ratio) if marks and column == 1 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = elided(node.tooltip or node.label, TOOLTIP_CUT)
            return f"{tip}\n{words[:1].upper()}{words[1:]}" if words else tip
        text = _accessible_text(node) + (self._new_mark() if self._is_new(node) else "")
        return f"{text}, {words}" if words else text

    def _is_new(self, node: NavNode) -> bool:
        return node.kind is NodeKind.INITIATIVE and node.key in self._new

    def _new_mark(self) -> str:
        return "  · " + self.tr("new")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Count"))[section] if 0 <= section < 2 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def node(self, index: Index) -> NavNode | None:
        return self._item(index).node if index.isValid() else None


def _is_empty_group(node: NavNode) -> bool:
    return node.kind is not NodeKind.INITIATIVE and node.detail == "0"


def _accessible_text(node: NavNode) -> str:
    label = elided(node.label, TOOLTIP_CUT)
    if node.kind is NodeKind.INITIATIVE:
        return f"{label}, {node.detail} Summit" if node.detail else label
    if not node.detail:
        return label
    return f"{label}, 1 item" if node.detail == "1" else f"{label}, {node.detail} items"
