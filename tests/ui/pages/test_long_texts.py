"""A catalogue initiative with a 10 MB title and policy challenge, opened through the window.

On main before this change, selecting it never finished (Qt laid the unbroken title out in
time that grows with the square of its length: hours at 10 MB); these tests then hang rather
than fail. Here they take a few seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.pages.page import LIGHT_THEME
from pfp_desktop.ui.settings import AppSettings
from tests.catalogue_files import BIG_ID, long_text_catalogue

SIZE = 10 * 1024 * 1024  # 10,485,760 characters


@pytest.fixture(scope="module")
def long_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CatalogueService]:
    path = long_text_catalogue(tmp_path_factory.mktemp("long"), SIZE, unbreakable=True)
    service = CatalogueService(path)
    yield service
    service.close()


@pytest.fixture
def window(qtbot: QtBot, long_catalogue: CatalogueService, tmp_path: Path) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, LIGHT_THEME, defer_panels=True)
    qtbot.addWidget(window)
    window.open_catalogue(long_catalogue)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _select_the_long_initiative(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.tree
    tree.setFocus()
    for key in (Qt.Key.Key_Down,) * 3 + (Qt.Key.Key_Right,) + (Qt.Key.Key_Down,) * 2:
        qtbot.keyClick(tree, key)  # 12th Summit, open it, its second initiative
    node = tree.current_node()
    assert node is not None and node.key == BIG_ID


def test_the_long_title_is_cut_on_the_page_with_a_show_all_link(
    qtbot: QtBot, window: MainWindow
) -> None:
    _select_the_long_initiative(qtbot, window)
    shown = window.details.toPlainText()
    title, link, _ = shown.partition("Show all (10,485,760 characters)")
    assert link and title.replace("\n", "") == "D" * 20_000 + "…"  # wrapped in blocks
    assert "challenge text challenge" in shown
    assert len(shown) < 100_000
    window.details.grab()  # painted, not just laid out


def test_show_all_shows_the_rest_in_place(qtbot: QtBot, window: MainWindow) -> None:
    _select_the_long_initiative(qtbot, window)
    details = window.details
    cursor = details.document().find("Show all (10,485,760 characters)")
    cursor.movePosition(QTextCursor.MoveOperation.Left)  # inside the link, not at its end
    details.setTextCursor(cursor)
    details.ensureCursorVisible()
    where = details.cursorRect(cursor).center()
    assert details.anchorAt(where) == "pfp:show-all/page"
    qtbot.mouseClick(details.viewport(), Qt.MouseButton.LeftButton, pos=where)
    shown = details.toPlainText()
    assert "D" * SIZE in shown.replace("\n", "") and "Show all" not in shown
    assert shown.count("challenge text") >= SIZE // 15
    details.grab()
    assert window.tree.current_node() is not None  # the page changed in place, not elsewhere


def test_the_tree_row_shows_the_long_title_elided(qtbot: QtBot, window: MainWindow) -> None:
    _select_the_long_initiative(qtbot, window)
    index = window.tree.currentIndex()
    label = index.data(Qt.ItemDataRole.DisplayRole)
    assert label == "D" * 200 + "…"
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("D" * 200) and len(tooltip) <= 1001
