"""The window's actions, menus and toolbar: every command with its keyboard shortcut."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QStyle, QToolBar

from pfp_desktop.domain.navigation import Grouping


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


GROUPING_LABELS = {
    Grouping.SUMMIT: "By &summit",
    Grouping.PARTNER: "By &partner",
    Grouping.GCM: "By &GCM objective",
    Grouping.SDG: "By S&DG target",
}


GROUPING_BOX_LABELS = {
    Grouping.SUMMIT: "Summit",
    Grouping.PARTNER: "Partner",
    Grouping.GCM: "GCM objective",
    Grouping.SDG: "SDG target",
}


@dataclass
class WindowActions:
    back: QAction
    forward: QAction
    groupings: dict[Grouping, QAction]
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    focus_tree: QAction
    focus_details: QAction
    shortcuts: QAction
    about: QAction
    quit: QAction

    def all(self) -> list[QAction]:
        return [self.back, self.forward, *self.groupings.values(), self.zoom_in, self.zoom_out,
                self.zoom_reset, self.focus_tree, self.focus_details, self.shortcuts,
                self.about, self.quit]  # fmt: skip


def _action(
    window: QMainWindow, text: str, *keys: QKeySequence | str, icon: QIcon | None = None
) -> QAction:
    action = QAction(icon or QIcon(), tr(text), window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    if keys:
        action.setToolTip(f"{action.text().replace('&', '')} ({QKeySequence(keys[0]).toString()})")
    window.addAction(action)  # shortcuts work even when a menu is hidden
    return action


def create_actions(window: QMainWindow) -> WindowActions:
    icons = window.style().standardIcon
    SP = QStyle.StandardPixmap  # noqa: N806
    groupings = {
        g: _action(window, label, f"Ctrl+{n}")
        for n, (g, label) in enumerate(GROUPING_LABELS.items(), 1)
    }
    group = QActionGroup(window)
    for action in groupings.values():
        action.setCheckable(True)
        group.addAction(action)
    return WindowActions(
        back=_action(window, "&Back", "Alt+Left", icon=icons(SP.SP_ArrowBack)),
        forward=_action(window, "&Forward", "Alt+Right", icon=icons(SP.SP_ArrowForward)),
        groupings=groupings,
        zoom_in=_action(window, "&Larger text", "Ctrl+=", "Ctrl++"),
        zoom_out=_action(window, "&Smaller text", "Ctrl+-"),
        zoom_reset=_action(window, "&Normal text size", "Ctrl+0"),
        focus_tree=_action(window, "Go to the &tree", "Ctrl+L"),
        focus_details=_action(window, "Go to the &details", "Ctrl+D"),
        shortcuts=_action(window, "&Keyboard shortcuts", "F1", "Ctrl+?"),
        about=_action(window, "&About PfP Desktop"),
        quit=_action(window, "&Quit", "Ctrl+Q"),
    )  # fmt: skip


def build_menus(window: QMainWindow, actions: WindowActions) -> dict[str, QMenu]:
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(actions.quit)
    edit = bar.addMenu(tr("&Edit"))  # filled by the personal controller
    view = bar.addMenu(tr("&View"))
    for action in actions.groupings.values():
        view.addAction(action)
    view.addSeparator()
    view.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_reset])
    go = bar.addMenu(tr("&Go"))
    go.addActions([actions.back, actions.forward])
    go.addSeparator()
    go.addActions([actions.focus_tree, actions.focus_details])
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addActions([actions.shortcuts, actions.about])
    return {"file": file_menu, "edit": edit, "view": view, "go": go, "help": help_menu}


def build_toolbar(window: QMainWindow, actions: WindowActions) -> QToolBar:
    toolbar = window.addToolBar(tr("Navigation"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setAccessibleName(tr("Toolbar"))
    toolbar.addActions([actions.back, actions.forward])
    return toolbar


def search_field() -> QLineEdit:
    """The toolbar's search field, on screen from the first paint; the search controller
    (added just after) gives it its behaviour."""
    field = QLineEdit()
    field.setObjectName("searchField")
    field.setPlaceholderText(tr("Search everything (Ctrl+F)"))
    field.setAccessibleName(tr("Search"))
    field.setClearButtonEnabled(True)
    field.setMinimumWidth(280)
    return field
