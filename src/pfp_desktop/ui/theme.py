"""Light and dark palettes that follow the system, and the matching page colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from pfp_desktop.ui.pages.page import DARK_THEME, LIGHT_THEME, PageTheme

_DARK = {
    QPalette.ColorRole.Window: "#25282c",
    QPalette.ColorRole.WindowText: "#e6e8eb",
    QPalette.ColorRole.Base: "#1f2328",
    QPalette.ColorRole.AlternateBase: "#2a2e33",
    QPalette.ColorRole.Text: "#e6e8eb",
    QPalette.ColorRole.Button: "#2f3338",
    QPalette.ColorRole.ButtonText: "#e6e8eb",
    QPalette.ColorRole.Highlight: "#2f6fb3",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2f3338",
    QPalette.ColorRole.ToolTipText: "#e6e8eb",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Link: "#79b8ff",
    # Fusion draws frames and check-box edges with these: without them they vanish on dark.
    QPalette.ColorRole.Light: "#5a6068",
    QPalette.ColorRole.Midlight: "#454b52",
    QPalette.ColorRole.Mid: "#6b7178",
    QPalette.ColorRole.Dark: "#15181b",
    QPalette.ColorRole.Shadow: "#000000",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1d232a",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8fa",
    QPalette.ColorRole.Text: "#1d232a",
    QPalette.ColorRole.Button: "#eceef1",
    QPalette.ColorRole.ButtonText: "#1d232a",
    QPalette.ColorRole.Highlight: "#2f6fb3",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1d232a",
    QPalette.ColorRole.PlaceholderText: "#6a737d",
    QPalette.ColorRole.Link: "#1f5fa8",
}


# Fusion marks a focused tree or text pane only faintly; a delegate must always see the focus.
FOCUS_STYLE = "QTreeView:focus, QTextBrowser:focus { border: 2px solid palette(highlight); }"
# Fusion draws item-view check boxes in the window colour: invisible on a dark base.
DARK_CHECKBOXES = (
    " QTreeView::indicator { width: 12px; height: 12px; border: 1px solid #9aa0a6;"
    " border-radius: 2px; background: #1f2328; }"
    " QTreeView::indicator:checked { background: #4d8fd6; border-color: #9ec5ee; }"
)


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_palette(app: QApplication, dark: bool) -> PageTheme:
    """Set the Fusion style with a light or dark palette; returns the page colours to match."""
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    # Disabled text must stay legible but visibly inactive.
    disabled = QColor("#6b7178" if dark else "#a0a6ad")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    app.setStyleSheet(FOCUS_STYLE + (DARK_CHECKBOXES if dark else ""))
    return DARK_THEME if dark else LIGHT_THEME
