"""Every command in a menu, the page's Star and Add-to-pack buttons, a complete and sorted
shortcuts dialog, and Shift+F10 / the Menu key opening the lists' context menus."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QTableWidget
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.ui.dialogs import ShortcutsDialog
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        found += _menu_actions(sub) if isinstance(sub, QMenu) else [action]
    return found


def _in_menus(window: MainWindow) -> dict[str, list[str]]:
    return {
        action.text(): [a.text() for a in _menu_actions(action.menu())]  # type: ignore[arg-type]
        for action in window.menuBar().actions()
    }


def test_every_command_with_keys_is_in_a_menu(open_window: WindowFactory) -> None:
    window = open_window()
    in_menus = {a for m in window.menuBar().actions() for a in _menu_actions(m.menu())}  # type: ignore[arg-type]
    missing = [a.text() for a in window.actions() if a.shortcuts() and a not in in_menus]
    assert missing == []
    menus = _in_menus(window)
    assert menus["&Search"] == ["&Search", "Sa&ve search…"]
    assert menus["&Pack"] == [
        "Briefing pack",
        "Add to &briefing pack",
        "",
        "&Export briefing pack…",
        "&Print briefing pack…",
        "",
        "&Star",
    ]
    assert "Add to &briefing pack" not in menus["&View"]  # not a way of viewing
    assert "&Start page" in menus["&Go"]


def test_the_page_has_a_star_and_an_add_to_pack_button(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "knomad-1-2")
    assert "☆ Star · + Add to briefing pack" in window.details.toPlainText()
    window.details.anchorClicked.emit(QUrl("pfp:star/knomad-1-2"))
    personal = window.personal.personal
    assert personal is not None
    assert "knomad-1-2" in personal.flags.starred()
    assert "★ Remove star" in window.details.toPlainText()
    window.details.anchorClicked.emit(QUrl("pfp:add-to-pack/knomad-1-2"))
    assert window.pack_dock.isVisible()
    assert [p.initiative_ids for p in personal.packs.all()] == [("knomad-1-2",)]


def test_the_shortcuts_dialog_is_sorted_and_complete(open_window: WindowFactory) -> None:
    window = open_window()
    rows: list[tuple[str, str]] = []

    def read_table(dialog: ShortcutsDialog) -> int:
        grid = dialog.findChild(QTableWidget)
        assert grid is not None
        rows.extend(
            (grid.item(r, 0).text(), grid.item(r, 1).text()) for r in range(grid.rowCount())
        )
        return 0

    with patch.object(ShortcutsDialog, "exec", read_table):
        QTest.keyClick(window.tree, Qt.Key.Key_F1)
    names = [name for name, _keys in rows]
    assert names == sorted(names, key=str.casefold)
    keys = ", ".join(k for _name, k in rows)
    for key in ("Escape", "Ctrl+Up", "Ctrl+Down", "Delete", "F2", "Shift+F10", "Menu"):
        assert key in keys
    for action in window.actions():  # generated from the window's actions: it cannot drift
        if action.shortcuts():
            assert action.text().replace("&", "") in names
    assert ("Save search…", "Ctrl+Shift+F") in rows
    assert ("Start page", "Alt+Home") in rows


def _popup_after(key: Qt.Key, modifiers: Qt.KeyboardModifier, view: QAbstractItemView) -> list[str]:
    """The items of the menu that the key opens on ``view`` (closed again at once)."""
    seen: list[str] = []

    def close_popup() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.extend(a.text() for a in popup.actions())
            popup.close()

    QTimer.singleShot(50, close_popup)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(view, key, modifiers)
    return seen


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen menus
@pytest.mark.parametrize("key", ["shift+f10", "menu"])
def test_keys_open_the_context_menu_of_tree_results_and_pack(
    qtbot: QtBot, open_window: WindowFactory, key: str
) -> None:
    pressed = (
        (Qt.Key.Key_F10, SHIFT)
        if key == "shift+f10"
        else (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier)
    )
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "knomad-1-2")
    assert "Add to &briefing pack" in _popup_after(*pressed, window.tree)
    window.pack_dock.add_initiatives(["knomad-1-2", "eu-diaspora-facility"])
    window.pack_dock.view.setCurrentIndex(window.pack_dock.model.index(0, 0))
    menu = _popup_after(*pressed, window.pack_dock.view)
    assert menu == ["Move &up\tCtrl+Up", "Move &down\tCtrl+Down", "&Remove from the pack\tDelete"]
    results = window.search.panel.results
    window.search_field.setFocus()
    QTest.keyClicks(window.search_field, "diaspora")
    qtbot.waitUntil(lambda: results.count() > 0, timeout=10000)
    results.setCurrentRow(0)
    assert "Add to &briefing pack" in _popup_after(*pressed, results)
