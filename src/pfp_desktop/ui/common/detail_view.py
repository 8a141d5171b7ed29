"""The detail pane: rich text that never loads anything, with links that stay in the app."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from pfp_desktop.ui.pages.page import PAGE_PADDING, SHOW_ALL, parse_link, split_full_page


class DetailView(QTextBrowser):
    """Shows one page; emits link_activated(kind, key) for the app's own pfp: links."""

    link_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # every link is handled by the app, none by Qt
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setObjectName("detailView")
        self.setAccessibleName(self.tr("Details"))
        self.setAccessibleDescription(self.tr("The selected item. Links open related items."))
        self._base_point_size = self.font().pointSizeF()
        self._full_page: str | None = None
        self.page_html = ""
        self._preview: str | None = None  # the first screen's page, until a live one is set
        self._margin = self.document().documentMargin()

    def show_preview(self, text: str) -> None:
        """The page of the first screen kept at the last quit, shown before the catalogue opens."""
        self.setHtml(text)
        self._preview = text

    def setHtml(self, text: str) -> None:
        """Show a page; a cut one keeps its whole version for "Show all" (see page_html)."""
        preview, self._preview = self._preview, None
        if text == preview:
            # The live page is the one the picture showed: kept as it is, where the delegate
            # scrolled to, and not laid out twice (the start page: ~17 ms of layout).
            return
        self.page_html = text  # as given, to be given again (the first screen's picture)
        shown, self._full_page = split_full_page(text)
        # The room between the pane's edges and a page, which carries no padding of its own
        # (pages.page.page); the note viewer, which shows Markdown, keeps Qt's margin.
        self.document().setDocumentMargin(self._margin + PAGE_PADDING)
        super().setHtml(shown)

    def _on_anchor(self, url: QUrl) -> None:
        parsed = parse_link(url.toString())
        if parsed is not None and parsed[0] == SHOW_ALL:
            self._show_all()
        elif parsed is not None:
            self.link_activated.emit(*parsed)

    def _show_all(self) -> None:
        """The whole page in place of the cut one, where the reader was."""
        if self._full_page is None:
            return
        position = self.verticalScrollBar().value()
        super().setHtml(self._full_page)
        self._full_page = None
        self.verticalScrollBar().setValue(position)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # No page may pull in an image, a stylesheet or anything remote.
        return None

    def set_zoom(self, steps: int) -> None:
        """Text size: the system size plus ``steps`` points (Ctrl+= / Ctrl+-)."""
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self._base_point_size + steps))
        self.document().setDefaultFont(font)
        self.setFont(font)
