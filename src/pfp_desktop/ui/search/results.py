"""The list of search results: title, summit, and the matching passage with the hit marked."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pfp_desktop.domain.search_query import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, highlighted
from pfp_desktop.locale import summit_title

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "initiative", or "summit"/"session" for a page
PAGE_LABELS = {
    "summit": QT_TRANSLATE_NOOP("SearchResultsList", "Summit page"),
    "session": QT_TRANSLATE_NOOP("SearchResultsList", "Session page"),
}
SOURCE_LABELS = {
    "note": QT_TRANSLATE_NOOP("SearchResultsList", "your note"),
    "correction": QT_TRANSLATE_NOOP("SearchResultsList", "your correction"),
    "tag": QT_TRANSLATE_NOOP("SearchResultsList", "your tag"),
    "addition": QT_TRANSLATE_NOOP("SearchResultsList", "added by you"),
}


def hit_html(hit: SearchHit, mark: tuple[str, str]) -> str:
    """Escaped rich text of one hit; the snippet's markers become highlighted spans, in the
    mark's (background, text) colours so that they read well in a selected row too."""
    summit = summit_title(hit.summit_number, None) if hit.summit_number else ""
    if hit.kind in PAGE_LABELS:  # a summit or session found by its introduction
        summit = QCoreApplication.translate("SearchResultsList", str(PAGE_LABELS[hit.kind]))
    mine = [
        QCoreApplication.translate("SearchResultsList", str(SOURCE_LABELS[f]))
        for f in hit.matched_fields
        if f in SOURCE_LABELS
    ]
    where = " · ".join(x for x in (summit, ", ".join(mine)) if x)
    span = f'<span style="background:{mark[0]}; color:{mark[1]}">'
    snippet = highlighted(escape(hit.snippet), span, "</span>")
    parts = [f"<b>{escape(hit.title)}</b>"]
    if where:
        parts.append(f'<br/><span style="font-size:small">{escape(where)}</span>')
    if snippet:
        parts.append(f'<br/><span style="font-size:small">{snippet}</span>')
    return "".join(parts)


def plain_text(hit: SearchHit) -> str:
    snippet = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    return f"{hit.title}. {snippet}".strip()


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML (wrapped) instead of its plain text."""

    def _document(self, option: QStyleOptionViewItem, html: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(max(50, option.rect.width() - 8))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        html = str(index.data(HTML_ROLE) or "")
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        document = self._document(option, f'<div style="color:{colour.name()}">{html}</div>')
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 3)
        document.drawContents(painter, QRectF(0, 0, option.rect.width() - 8, option.rect.height()))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, str(index.data(HTML_ROLE) or ""))
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)


class SearchResultsList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setAccessibleName(self.tr("Search results"))
        self.setItemDelegate(RichTextDelegate(self))
        self.setWordWrap(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        # Lay out rich-text rows a few at a time, so a long result list never stalls the window.
        self.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.setBatchSize(20)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)  # add several to a pack

    def show_hits(self, hits: Sequence[SearchHit], mark: tuple[str, str]) -> None:
        """List ``hits`` (pages first, then initiatives, as given), keeping the current row on
        the item it showed when that item is still listed. Emits no currentItemChanged: the
        caller decides what the page shows."""
        chosen = self.current_key()
        self.blockSignals(True)
        try:
            self.clear()
            for hit in hits:
                item = QListWidgetItem(plain_text(hit))  # what a screen reader says
                item.setData(ID_ROLE, hit.id)
                item.setData(KIND_ROLE, hit.kind)
                item.setData(HTML_ROLE, hit_html(hit, mark))
                item.setToolTip(hit.title)
                self.addItem(item)
            self.setCurrentRow(self.row_of(chosen) if chosen else -1)
        finally:
            self.blockSignals(False)

    def row_of(self, key: tuple[str, str]) -> int:
        """The row showing (kind, id), or -1."""
        for row in range(self.count()):
            item = self.item(row)
            if (item.data(KIND_ROLE), item.data(ID_ROLE)) == key:
                return row
        return -1

    def selected_ids(self) -> list[str]:
        """The selected initiatives (pages are no initiatives: a pack cannot hold them)."""
        return [
            str(item.data(ID_ROLE))
            for item in self.selectedItems()
            if item.data(KIND_ROLE) == "initiative"
        ]

    def current_id(self) -> str | None:
        key = self.current_key()
        return key[1] if key else None

    def current_key(self) -> tuple[str, str] | None:
        item = self.currentItem()
        return (str(item.data(KIND_ROLE)), str(item.data(ID_ROLE))) if item else None
