"""The window on a small laptop: a first window that fits the screen, a saved place brought
back on screen, every panel usable at 1024×600, one text size for every pane."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.theme import apply_palette
from pfp_desktop.ui.window_fit import first_geometry, fitted, screen_area
from tests.ui.conftest import WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier


def test_first_geometry_is_1280x800_when_it_fits_and_the_free_area_when_not() -> None:
    assert first_geometry(QRect(0, 0, 1920, 1040)) == QRect(320, 120, 1280, 800)
    small = QRect(0, 0, 1024, 568)  # 1024×600 less a task bar
    assert small.contains(first_geometry(small))
    assert first_geometry(small).width() >= 900


def test_a_saved_place_that_no_longer_fits_is_moved_and_shrunk() -> None:
    area = QRect(0, 0, 1024, 568)
    assert fitted(QRect(1500, 900, 1280, 800), area) == area
    assert fitted(QRect(10, 10, 600, 400), area) == QRect(10, 10, 600, 400)  # it fits: kept
    assert fitted(QRect(-700, 100, 800, 400), area) == QRect(0, 100, 800, 400)


def test_a_first_window_fits_the_screen(open_window: WindowFactory) -> None:
    window = open_window()
    area = screen_area(window)
    assert area.contains(window.frameGeometry())
    assert window.width() > area.width() * 0.8


def test_a_window_left_off_the_screen_comes_back_on_it(open_window: WindowFactory) -> None:
    """Closed on a big second screen that is gone at the next start."""
    window = open_window()
    window.setGeometry(2600, 1400, 1500, 950)
    window.close()
    again = open_window()
    assert screen_area(again).contains(again.frameGeometry())


def _inside(window: MainWindow, widget: QWidget) -> bool:
    """Whether ``widget`` is shown whole within the window's client area."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    box = QRect(top_left, widget.size())
    return widget.isVisible() and window.rect().contains(box) and not box.isEmpty()


def test_at_1024x600_with_every_panel_open_the_key_controls_are_on_screen(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    window.pack_dock.add_initiatives(["eu-diaspora-facility"])
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    QTest.keyClicks(window.search_field, "diaspora")  # the results replace the tree
    qtbot.waitUntil(lambda: window.search.panel.results.count() > 0, timeout=10000)
    dock, note = window.pack_dock, window.note_panel
    controls = [
        window.search_field,
        window.search.panel.results,
        window.details,
        note.edit_button,
        note.tags,
        dock.picker.packs,
        dock.view,
        dock.export_button,
        window.statusBar(),
    ]
    assert [c.accessibleName() or c.objectName() for c in controls if not _inside(window, c)] == []
    assert window.details.width() >= 0.4 * window.width()  # the page stays readable
    assert window.left.width() >= 150


@pytest.fixture
def app_style() -> Iterator[None]:
    """The app's own style and style sheet, as pfp-desktop starts (put back afterwards)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = (app.style().name(), app.palette(), app.styleSheet())
    apply_palette(app, dark=False)
    yield
    app.setStyle(saved[0])
    app.setPalette(saved[1])
    app.setStyleSheet(saved[2])


@pytest.mark.usefixtures("app_style")
def test_text_size_applies_to_every_pane_and_is_remembered(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    panes = {
        "tree": lambda w: w.tree,
        "note": lambda w: w.note_panel.viewer,
        "tags": lambda w: w.note_panel.tags,
        "results": lambda w: w.search.panel.results,
        "pack list": lambda w: w.pack_dock.view,
        "page": lambda w: w.details,
    }
    before = {name: pane(window).font().pointSizeF() for name, pane in panes.items()}
    QTest.keyClick(window.tree, Qt.Key.Key_Equal, CTRL)
    QTest.keyClick(window.tree, Qt.Key.Key_Equal, CTRL)
    after = {name: pane(window).font().pointSizeF() for name, pane in panes.items()}
    assert after == {name: size + 2 for name, size in before.items()}
    window.close()
    again = open_window()
    assert {name: pane(again).font().pointSizeF() for name, pane in panes.items()} == after
