"""The briefing pack's commands in the window's File menu (Export… and Print…, with their
shortcuts), and the look of the pack's buttons: a focused button never looks like the default
one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

EXPORT_KEYS = "Ctrl+Shift+S"  # "save as" a PDF
PRINT_KEYS = "Ctrl+P"  # the convention for print

# Fusion marks the default button and the focused one with the same highlight-coloured frame,
# so a delegate tabbing through the panel cannot tell where Enter and Space would go. Here the
# default button is filled with the highlight colour and the focused one gets a 2 px ring
# (in the text colour on the filled default button, where a highlight ring would vanish).
BUTTON_STYLE = """
QPushButton {
    border: 1px solid palette(mid); border-radius: 4px; padding: 4px 12px;
    background: palette(button); color: palette(button-text); min-height: 1.3em;
}
QPushButton:hover { border-color: palette(highlight); }
QPushButton:pressed { background: palette(midlight); }
QPushButton:default {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}
QPushButton:disabled {
    background: palette(button); color: palette(mid); border-color: palette(mid);
}
QPushButton:focus { border: 2px solid palette(highlight); padding: 3px 11px; }
QPushButton:default:focus { border: 2px solid palette(window-text); }
QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }
"""


class PackActions(QObject):
    """File → Export briefing pack… and Print briefing pack…; shortcuts work wherever the focus
    is in the window, and the Keyboard shortcuts dialog lists them (it lists the window's
    actions)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.export = QAction(
            QCoreApplication.translate("PackActions", "&Export briefing pack…"), parent
        )
        self.export.setShortcut(QKeySequence(EXPORT_KEYS))
        self.export.setStatusTip(
            QCoreApplication.translate("PackActions", "Write the briefing pack as a PDF")
        )
        self.print = QAction(
            QCoreApplication.translate("PackActions", "&Print briefing pack…"), parent
        )
        self.print.setShortcut(QKeySequence(PRINT_KEYS))
        self.print.setStatusTip(
            QCoreApplication.translate("PackActions", "Print the briefing pack")
        )
        for action in (self.export, self.print):
            action.setEnabled(False)

    def install(self, window: QMainWindow, file_menu: QMenu) -> None:
        """Into ``window`` (its shortcuts) and ``file_menu``, just above Quit."""
        actions = [self.export, self.print]
        if self.export in window.actions():
            return
        window.addActions(actions)
        last = file_menu.actions()[-1] if file_menu.actions() else None
        file_menu.insertActions(last, actions)  # type: ignore[arg-type]
        file_menu.insertSeparator(last)  # type: ignore[arg-type]

    def set_enabled(self, enabled: bool) -> None:
        for action in (self.export, self.print):
            action.setEnabled(enabled)
