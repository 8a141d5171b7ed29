"""Searching in the window: as you type, facets, highlights, Escape, saved searches."""

from __future__ import annotations

from unittest.mock import patch

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def _type(window: MainWindow, text: str) -> None:
    window.search.focus()
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, window.search.field, Qt.Key.Key_unknown,
                           char, Qt.KeyboardModifier.NoModifier)  # fmt: skip


def _results(window: MainWindow) -> list[str]:
    results = window.search.panel.results
    return [results.item(i).text() for i in range(results.count())]


def _wait_for(qtbot: QtBot, window: MainWindow, summary: str) -> None:
    qtbot.waitUntil(lambda: window.search.panel.summary.text().startswith(summary), timeout=3000)


def test_results_appear_as_you_type_with_the_hit_marked(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _type(window, "vis-a-vis")
    _wait_for(qtbot, window, "1 result")
    assert window.left.currentWidget() is window.search.panel
    assert _results(window)[0].startswith("African Cities’ Initiative on Migration")
    window.search.panel.results.setCurrentRow(0)
    text = window.details.toPlainText()
    assert "vis-à-vis" in text
    marked = [f for f in window.details.document().allFormats() if f.background().color().name()
              == window.search.mark_colour().name()]  # fmt: skip
    assert marked  # the page shows the hit highlighted


def test_facets_narrow_and_count(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    _type(window, "remit")
    _wait_for(qtbot, window, "6 results")
    window.search._on_facet("summit", "10", True)
    _wait_for(qtbot, window, "2 results")
    facets = window.search.panel.facets
    summit_group = facets.topLevelItem(0)
    labels = [summit_group.child(i).text(0) for i in range(summit_group.childCount())]
    assert "10th Summit · Berlin 2017  (2)" in labels  # the other summits stay choosable
    assert any(label.startswith("11th Summit") for label in labels)


def test_hostile_input_and_escape(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    _type(window, 'AND (("NOT* -:" ^ ' + "x" * 300)
    _wait_for(qtbot, window, "0 results")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == "" and window.left.currentWidget() is window.tree


def test_a_note_is_found_right_after_typing_it(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "prague-process")
    personal = window.personal.personal
    assert personal is not None
    window.personal.actions["edit_note"].trigger()
    qtbot.keyClicks(window.note_panel.editor, "Ask about Zebrafish visas")
    window.note_panel.commit()
    _type(window, "zebrafish")
    _wait_for(qtbot, window, "1 result")
    assert _results(window)[0].startswith("Prague Process")
    assert personal.notes.text(Target(TargetKind.INITIATIVE, "prague-process"))


def test_a_saved_search_appears_in_the_tree_and_reopens(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _type(window, "diaspora")
    _wait_for(qtbot, window, "")
    with patch("pfp_desktop.ui.search_controller.QInputDialog.getText",
               return_value=("Diaspora talks", True)):  # fmt: skip
        window.search.panel.save_button.click()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    model = window.tree.model()
    roots = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Saved searches" in roots
    window.search.open_saved(str(window.personal.personal.saved_searches.all()[0].id))  # type: ignore[union-attr]
    assert window.search.field.text() == "diaspora"
    assert window.left.currentWidget() is window.search.panel
