"""The briefing pack's initiatives, in print order: a flat Qt list model over plain entries.

Reordering goes through moveRows (drag and drop in the view, Ctrl+Up/Ctrl+Down, tests);
every change of order or content emits ``ids_changed`` so the dock can save it at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-pfp-pack-initiatives"

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PackEntry:
    """One row: the initiative's id, the title to show, and where it comes from."""

    id: str
    title: str
    detail: str  # "12th Summit", "12th Summit · added by you", ...
    printable: bool = True  # False: not in the catalogue, so the PDF leaves it out


class PackListModel(QAbstractListModel):
    """Rows are PackEntry values; ids are unique (adding one already there does nothing)."""

    ids_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[PackEntry] = []

    # -- reading ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        entry = self._entries[index.row()]
        values: dict[int, object] = {
            Qt.ItemDataRole.DisplayRole: entry.title,
            Qt.ItemDataRole.ToolTipRole: f"{entry.title}\n{entry.detail}",
            Qt.ItemDataRole.AccessibleTextRole: f"{index.row() + 1}. {entry.title}, {entry.detail}",
            ID_ROLE: entry.id,
            DETAIL_ROLE: entry.detail,
        }
        return values.get(role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():  # drops land between rows, never onto one
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def ids(self) -> list[str]:
        """The initiative ids, in print order."""
        return [e.id for e in self._entries]

    def entry(self, row: int) -> PackEntry:
        """The entry on ``row``."""
        return self._entries[row]

    # -- changing -----------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[PackEntry]) -> None:
        """Show another pack (no ids_changed: nothing was edited)."""
        self.beginResetModel()
        self._entries = list({e.id: e for e in reversed(entries)}.values())[::-1]
        self.endResetModel()

    def append(self, entries: Sequence[PackEntry]) -> int:
        """Add the entries not yet in the pack, at the end; returns how many were added."""
        known = set(self.ids())
        new = [e for e in dict((e.id, e) for e in entries).values() if e.id not in known]
        if new:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._entries.extend(new)
            self.endInsertRows()
            self.ids_changed.emit()
        return len(new)

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._entries):
            return False
        self._remove(row, count)
        self.ids_changed.emit()
        return True

    def remove_rows(self, rows: Sequence[int]) -> int:
        """Remove these rows (any order) as one change; returns how many were removed."""
        valid = sorted({r for r in rows if 0 <= r < len(self._entries)}, reverse=True)
        for row in valid:  # bottom up, so the rows still to remove keep their numbers
            self._remove(row, 1)
        if valid:
            self.ids_changed.emit()
        return len(valid)

    def _remove(self, row: int, count: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._entries[row : row + count]
        self.endRemoveRows()

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Qt's move: rows [source_row, source_row + count) go before ``destination_child``."""
        end = source_row + count
        size = len(self._entries)
        if (
            source_parent.isValid()
            or destination_parent.isValid()
            or count < 1
            or source_row < 0
            or end > size
            or not 0 <= destination_child <= size
            or source_row <= destination_child <= end
        ):
            return False  # out of range, or a move onto itself
        self.beginMoveRows(QModelIndex(), source_row, end - 1, QModelIndex(), destination_child)
        moving = self._entries[source_row:end]
        del self._entries[source_row:end]
        at = destination_child - count if destination_child > source_row else destination_child
        self._entries[at:at] = moving
        self.endMoveRows()
        self.ids_changed.emit()
        return True

    def move_row(self, row: int, step: int) -> int:
        """Move one row up (-1) or down (+1); returns its new row (the same when it cannot)."""
        target = row + step
        if not 0 <= row < len(self._entries) or not 0 <= target < len(self._entries):
            return row
        destination = target + 1 if step > 0 else target
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)
        return target

    # -- drag and drop ------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray("\n".join(self._entries[r].id for r in rows).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Dropped rows of this pack move before ``row`` (or onto ``parent``'s place)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dropped = bytes(data.data(MIME_TYPE).data()).decode().split("\n")
        if parent.isValid():
            row = parent.row()
        elif row < 0:
            row = len(self._entries)
        moved = False
        for initiative_id in dropped:  # each one after the last, so they keep their order
            ids = self.ids()
            if initiative_id not in ids:
                continue
            source = ids.index(initiative_id)
            if self.moveRows(QModelIndex(), source, 1, QModelIndex(), row):
                moved = True
                row = row if source < row else row + 1
            else:
                row = source + 1
        return moved
