"""The window's actions, menus and toolbar: every command with its keyboard shortcut."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QStyle, QToolBar

from pfp_desktop.domain.navigation import Grouping

GROUPING_LABELS = {
    Grouping.SUMMIT: QT_TRANSLATE_NOOP("MainWindow", "By &summit"),
    Grouping.PARTNER: QT_TRANSLATE_NOOP("MainWindow", "By &partner"),
    Grouping.GCM: QT_TRANSLATE_NOOP("MainWindow", "By &GCM objective"),
    Grouping.SDG: QT_TRANSLATE_NOOP("MainWindow", "By S&DG target"),
}


GROUPING_BOX_LABELS = {
    Grouping.SUMMIT: QT_TRANSLATE_NOOP("MainWindow", "Summit"),
    Grouping.PARTNER: QT_TRANSLATE_NOOP("MainWindow", "Partner"),
    Grouping.GCM: QT_TRANSLATE_NOOP("MainWindow", "GCM objective"),
    Grouping.SDG: QT_TRANSLATE_NOOP("MainWindow", "SDG target"),
}


@dataclass
class WindowActions:
    back: QAction
    forward: QAction
    home: QAction
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
        return [
            self.back,
            self.forward,
            self.home,
            *self.groupings.values(),
            self.zoom_in,
            self.zoom_out,
            self.zoom_reset,
            self.focus_tree,
            self.focus_details,
            self.shortcuts,
            self.about,
            self.quit,
        ]


def _action(
    window: QMainWindow, text: object, *keys: QKeySequence | str, icon: QIcon | None = None
) -> QAction:
    action = QAction(icon or QIcon(), QCoreApplication.translate("MainWindow", str(text)), window)
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
        back=_action(
            window,
            QT_TRANSLATE_NOOP("MainWindow", "&Back"),
            "Alt+Left",
            icon=icons(SP.SP_ArrowBack),
        ),
        forward=_action(
            window,
            QT_TRANSLATE_NOOP("MainWindow", "&Forward"),
            "Alt+Right",
            icon=icons(SP.SP_ArrowForward),
        ),
        home=_action(
            window,
            QT_TRANSLATE_NOOP("MainWindow", "&Start page"),
            "Alt+Home",
            icon=icons(SP.SP_DirHomeIcon),
        ),
        groupings=groupings,
        zoom_in=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&Larger text"), "Ctrl+=", "Ctrl++"
        ),
        zoom_out=_action(window, QT_TRANSLATE_NOOP("MainWindow", "&Smaller text"), "Ctrl+-"),
        zoom_reset=_action(window, QT_TRANSLATE_NOOP("MainWindow", "&Normal text size"), "Ctrl+0"),
        focus_tree=_action(window, QT_TRANSLATE_NOOP("MainWindow", "Go to the &tree"), "Ctrl+L"),
        focus_details=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "Go to the &details"), "Ctrl+D"
        ),
        shortcuts=_action(
            window, QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), "F1", "Ctrl+?"
        ),
        about=_action(window, QT_TRANSLATE_NOOP("MainWindow", "&About PfP Desktop")),
        quit=_action(window, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "Ctrl+Q"),
    )


def build_menus(window: QMainWindow, actions: WindowActions) -> dict[str, QMenu]:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(actions.quit)
    edit = bar.addMenu(
        QCoreApplication.translate("MainWindow", "&Edit")
    )  # filled by the personal controller
    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for action in actions.groupings.values():
        view.addAction(action)
    view.addSeparator()
    view.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_reset])
    # Search and Pack are filled with the panels' own commands once they are added, just after
    # the first paint; their titles are there from the start, so the menu bar never shifts.
    search = bar.addMenu(QCoreApplication.translate("MainWindow", "&Search"))
    pack = bar.addMenu(QCoreApplication.translate("MainWindow", "&Pack"))
    go = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    go.addActions([actions.home, actions.back, actions.forward])
    go.addSeparator()
    go.addActions([actions.focus_tree, actions.focus_details])
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addActions([actions.shortcuts, actions.about])
    return {
        "file": file_menu,
        "edit": edit,
        "view": view,
        "search": search,
        "pack": pack,
        "go": go,
        "help": help_menu,
    }


def build_toolbar(window: QMainWindow, actions: WindowActions) -> QToolBar:
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Navigation"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setAccessibleName(QCoreApplication.translate("MainWindow", "Toolbar"))
    toolbar.addActions([actions.back, actions.forward, actions.home])
    return toolbar


def fill_panel_menus(
    menus: dict[str, QMenu], search: list[QAction], pack: list[QAction | None]
) -> None:
    """The Search and Pack menus' commands (None in ``pack`` is a separator). They are the
    panels' own actions, so menus and keys never disagree."""
    menus["search"].addActions(search)
    for action in pack:
        if action is None:
            menus["pack"].addSeparator()
        else:
            menus["pack"].addAction(action)


def search_field() -> QLineEdit:
    """The toolbar's search field, on screen from the first paint; the search controller
    (added just after) gives it its behaviour."""
    field = QLineEdit()
    field.setObjectName("searchField")
    field.setPlaceholderText(QCoreApplication.translate("MainWindow", "Search everything (Ctrl+F)"))
    field.setAccessibleName(QCoreApplication.translate("MainWindow", "Search"))
    field.setClearButtonEnabled(True)
    field.setMinimumWidth(280)
    return field
