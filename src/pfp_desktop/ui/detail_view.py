"""The detail pane: rich text that never loads anything, with links that stay in the app."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from pfp_desktop.ui.page_html import parse_link


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

    def _on_anchor(self, url: QUrl) -> None:
        parsed = parse_link(url.toString())
        if parsed is not None:
            self.link_activated.emit(*parsed)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # No page may pull in an image, a stylesheet or anything remote.
        return None

    def set_zoom(self, steps: int) -> None:
        """Text size: the system size plus ``steps`` points (Ctrl+= / Ctrl+-)."""
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self._base_point_size + steps))
        self.document().setDefaultFont(font)
        self.setFont(font)
