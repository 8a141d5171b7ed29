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
    QPalette.ColorRole.Mid: "#7a8189",  # frames: 3.7:1 on the window, 3.9:1 on the base
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
    QPalette.ColorRole.Mid: "#7d8590",  # frames: 3.4:1 on the window, 3.8:1 on the base
}


# Fusion draws the frames of text boxes and lists in a shade of the window colour (1.07:1 on
# dark): every pane and box gets a frame a delegate can see (WCAG asks 3:1 for such edges).
FRAME_STYLE = (
    "QTreeView, QListView, QTextBrowser, QTextEdit, QPlainTextEdit, QLineEdit"
    " { border: 1px solid palette(mid); }"
    " QLineEdit { padding: 2px; }"
)
# Fusion marks a focused tree or text pane only faintly; a delegate must always see the focus.
# The link colour, not the highlight: on dark the highlight is 2.85:1 on the window, the link 7:1.
FOCUS_STYLE = "QTreeView:focus, QTextBrowser:focus { border: 2px solid palette(link); }"
# Fusion draws check boxes (in item views and the pack's options) with a pale edge in the
# window colour (1.7:1 on light, invisible on dark): a frame in the frames' colour instead.
CHECKBOXES = (
    " QTreeView::indicator, QCheckBox::indicator { width: 12px; height: 12px;"
    " border: 1px solid palette(mid); border-radius: 2px; background: palette(base); }"
    " QTreeView::indicator:checked, QCheckBox::indicator:checked"
    " { background: palette(highlight); border-color: palette(text); }"
    " QCheckBox::indicator:disabled { border-color: palette(midlight); }"
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
    app.setStyleSheet(f"{FRAME_STYLE} {FOCUS_STYLE} {CHECKBOXES}")
    return DARK_THEME if dark else LIGHT_THEME
