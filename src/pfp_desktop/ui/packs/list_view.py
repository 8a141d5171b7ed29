"""The pack's list: drag to reorder, Ctrl+Up / Ctrl+Down to move the current item, Delete to
remove the selected ones."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from pfp_desktop.ui.packs.list_model import DETAIL_ROLE, PackListModel

PAD = 4  # pixels around an item's text


def title_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` in at most two lines of ``width`` pixels, the second elided if need be."""
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one word wider than the line
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    return (
        [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]
    )


class PackItemDelegate(QStyledItemDelegate):
    """Two lines of title (the full title is the tooltip) and the summit, small, beneath."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        return option.font, small

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        return max(60, (width or option.rect.width()) - 2 * PAD)

    def _title(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> list[str]:
        text = f"{index.row() + 1}. {index.data(Qt.ItemDataRole.DisplayRole)}"
        return title_lines(text, QFontMetrics(option.font), self._width(option))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        font, small = self._fonts(option)
        lines = len(self._title(option, index))
        height = lines * QFontMetrics(font).lineSpacing() + QFontMetrics(small).lineSpacing()
        return QSize(1, height + 2 * PAD)  # as wide as the list: titles elide

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        lines = self._title(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = text if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        font, small = self._fonts(option)
        top = QPoint(option.rect.left() + PAD, option.rect.top() + PAD)
        painter.save()
        top = _draw(painter, font, text, lines, top, self._width(option))
        _draw(painter, small, quiet, [str(index.data(DETAIL_ROLE) or "")], top, self._width(option))
        painter.restore()


def _draw(
    painter: QPainter, font: QFont, colour: QColor, lines: list[str], top: QPoint, width: int
) -> QPoint:
    """Each line (elided to ``width``) from ``top`` down; returns where the next line goes."""
    metrics = QFontMetrics(font)
    painter.setFont(font)
    painter.setPen(colour)
    for line in lines:
        rect = QRect(top, QSize(width, metrics.lineSpacing()))
        elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        top = top + QPoint(0, metrics.lineSpacing())
    return top


class PackListView(QListView):
    def __init__(self, model: PackListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack_model = model
        self.setModel(model)
        self.setObjectName("packList")
        self.setAccessibleName(self.tr("Initiatives in the pack"))
        self.setAccessibleDescription(
            self.tr("In print order. Ctrl+Up and Ctrl+Down move the current one; Delete removes.")
        )
        self.setItemDelegate(PackItemDelegate(self))
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the dock's width
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # titles elide
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self._add_menu_actions()

    def _add_menu_actions(self) -> None:
        """The context menu (right click, Shift+F10, the Menu key): the list's own keys."""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        commands = (
            (self.tr("Move &up\tCtrl+Up"), lambda: self.move_current(-1)),
            (self.tr("Move &down\tCtrl+Down"), lambda: self.move_current(+1)),
            (self.tr("&Remove from the pack\tDelete"), self.remove_selected),
        )
        for text, slot in commands:
            action = QAction(text, self)
            action.triggered.connect(slot)
            self.addAction(action)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.pack_model.rowCount() == 0:  # say how to fill it
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(12, 12, -12, -12)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(
                area,
                int(flags),
                self.tr(
                    "Select initiatives, a summit or a partner in the tree, or search results, "
                    "and press Ctrl+Shift+B (or right-click: Add to briefing pack)."
                ),
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if mods == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if key == Qt.Key.Key_Up else +1)
            event.accept()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
            self.remove_selected()
            event.accept()
        else:
            super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        """Move the current item one place up (-1) or down (+1), keeping it current."""
        row = self.currentIndex().row()
        if row < 0:
            return
        self._make_current(self.pack_model.move_row(row, step))

    def remove_selected(self) -> None:
        """Remove the selected items (or the current one); the next one becomes current."""
        rows = [i.row() for i in self.selectionModel().selectedRows()]
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        if self.pack_model.remove_rows(rows) and self.pack_model.rowCount():
            self._make_current(min(min(rows), self.pack_model.rowCount() - 1))

    def _make_current(self, row: int) -> None:
        index = self.pack_model.index(row, 0, QModelIndex())
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)


class PackListButtons(QWidget):
    """Move up, move down and remove, for the mouse (the list's keys do the same)."""

    def __init__(self, view: PackListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        icons = QStyle.StandardPixmap
        self.up = self._button(icons.SP_ArrowUp, self.tr("Move up"), "Ctrl+Up")
        self.down = self._button(icons.SP_ArrowDown, self.tr("Move down"), "Ctrl+Down")
        self.remove = self._button(
            icons.SP_DialogDiscardButton, self.tr("Remove from the pack"), "Delete"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for button in (self.up, self.down, self.remove):
            layout.addWidget(button)
        self.up.clicked.connect(lambda: view.move_current(-1))
        self.down.clicked.connect(lambda: view.move_current(+1))
        self.remove.clicked.connect(view.remove_selected)
        view.selectionModel().currentChanged.connect(self.update_enabled)
        view.selectionModel().selectionChanged.connect(self.update_enabled)
        view.pack_model.rowsMoved.connect(self.update_enabled)
        view.pack_model.modelReset.connect(self.update_enabled)
        self.update_enabled()

    def _button(self, icon: QStyle.StandardPixmap, name: str, keys: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setAutoRaise(True)
        button.setAccessibleName(name)
        button.setToolTip(f"{name} ({keys})")
        return button

    def update_enabled(self, *_args: object) -> None:
        """Enable what the current row allows (no "up" on the first, ...)."""
        row = self.view.currentIndex().row()
        count = self.view.pack_model.rowCount()
        enabled = self.view.isEnabled()
        self.up.setEnabled(enabled and row > 0)
        self.down.setEnabled(enabled and 0 <= row < count - 1)
        self.remove.setEnabled(enabled and (row >= 0 or self.view.selectionModel().hasSelection()))
