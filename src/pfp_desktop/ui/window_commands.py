"""Commands the window gathers from its panels: the Search and Pack menus, the context-menu
keys of its lists, and the links on the start page and an initiative page that run a command
(a chart cell's search, a pack, a saved search, Star, Add to briefing pack)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMenu

from pfp_desktop.ui.actions import fill_panel_menus
from pfp_desktop.ui.common.context_keys import add_context_menu_keys

if TYPE_CHECKING:
    from pfp_desktop.ui.packs.dock import PackDock
    from pfp_desktop.ui.search.controller import SearchController


def install_panel_menus(
    window: QMainWindow,
    menus: dict[str, QMenu],
    panels: tuple[SearchController, PackDock],
    star: QAction,
    tree: QAbstractItemView,
) -> QAction:
    """The Search and Pack menus' commands and the lists' context-menu keys; returns
    the Save search command."""
    search, dock = panels
    save = QAction(QCoreApplication.translate("MainWindow", "Sa&ve search…"), window)
    save.setShortcut("Ctrl+Shift+F")
    save.triggered.connect(lambda: _save_search(window, search))
    window.addAction(save)
    pack = [dock.toggleViewAction(), dock.add_action, None]
    pack += [dock.pack_actions.export, dock.pack_actions.print, None, star]
    fill_panel_menus(menus, [search.focus_action, save], pack)
    for view in (tree, search.panel.results, dock.view):
        add_context_menu_keys(view)
    return save


def _save_search(window: QMainWindow, search: SearchController) -> None:
    if search.showing() and not search.query.is_empty:
        search.save_search()
    else:
        text = QCoreApplication.translate("MainWindow", "Search first, then save the search.")
        window.statusBar().showMessage(text, 5000)


def follow_command_link(
    kind: str, key: str, panels: tuple[SearchController, PackDock], star: QAction
) -> bool:
    """Run the command of a page's link; False when the link is not a command."""
    from pfp_desktop.ui.pages.start import PACK_LINK, SAVED_SEARCH_LINK, parse_coverage_key

    search, dock = panels

    if kind == "coverage" and (cell := parse_coverage_key(key)) is not None:
        from pfp_desktop.domain.finding import FindQuery

        ticked = {"gcm": frozenset({str(cell[0])}), "summit": frozenset({str(cell[1])})}
        search.set_query(FindQuery("", ticked), at_once=True)
        search.panel.results.setFocus(Qt.FocusReason.OtherFocusReason)
    elif kind == PACK_LINK and key.isdigit():
        dock.open_pack(int(key))
    elif kind == SAVED_SEARCH_LINK:
        search.open_saved(key)
    elif kind == "star":
        star.trigger()
    elif kind == "add-to-pack":
        dock.add_initiatives([key])
    else:
        return False
    return True
