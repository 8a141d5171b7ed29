"""Searching in the window: as you type, facets, highlights, Escape, saved searches."""

from __future__ import annotations

from collections.abc import Iterator
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.search.facet_tree import KEY_ROLE
from pfp_desktop.ui.search.results import HTML_ROLE, ID_ROLE
from pfp_desktop.ui.theme import apply_palette
from tests.ui.conftest import WindowFactory


def _type(window: MainWindow, text: str, more: bool = False) -> None:
    window.search.focus()
    if more:  # go on typing after what is there
        window.search.field.end(False)
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            window.search.field,
            Qt.Key.Key_unknown,
            char,
            Qt.KeyboardModifier.NoModifier,
        )


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
    marked = [
        f
        for f in window.details.document().allFormats()
        if f.background().color().name() == window.search.mark()[0]
    ]
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
    with patch(
        "pfp_desktop.ui.search.controller.QInputDialog.getText",
        return_value=("Diaspora talks", True),
    ):
        window.search.panel.save_button.click()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    model = window.tree.model()
    roots = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Saved searches" in roots
    window.search.open_saved(str(window.personal.personal.saved_searches.all()[0].id))  # type: ignore[union-attr]
    assert window.search.field.text() == "diaspora"
    assert window.left.currentWidget() is window.search.panel


def _facet_item(window: MainWindow, facet: str, value: str) -> QTreeWidgetItem:
    facets = window.search.panel.facets
    for top in range(facets.topLevelItemCount()):
        group = facets.topLevelItem(top)
        for item in [group, *(group.child(n) for n in range(group.childCount()))]:
            if item.data(0, KEY_ROLE) == (facet, value):
                return item
    raise AssertionError(f"no facet row {facet}={value}")


def _tick_by_keyboard(qtbot: QtBot, window: MainWindow, facet: str, value: str) -> None:
    facets = window.search.panel.facets
    facets.setFocus(Qt.FocusReason.TabFocusReason)
    facets.setCurrentItem(_facet_item(window, facet, value))
    qtbot.keyClick(facets.viewport(), Qt.Key.Key_Space)


def _retype(window: MainWindow, text: str) -> None:
    window.search.field.selectAll()
    _type(window, text)


def test_a_new_search_starts_without_ticks_unless_they_are_pinned(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    bar = window.search.panel.filters
    _type(window, "diaspora")
    _wait_for(qtbot, window, "19 results")
    _tick_by_keyboard(qtbot, window, "summit", "12")
    qtbot.waitUntil(lambda: any("12th" in chip for chip in bar.chip_texts()), timeout=3000)
    assert bar.isVisibleTo(window)
    _retype(window, "remittances")
    _wait_for(qtbot, window, "6 results")  # not 1: the tick did not carry over
    assert bar.chip_texts() == [] and not bar.isVisibleTo(window)
    _tick_by_keyboard(qtbot, window, "summit", "10")
    _wait_for(qtbot, window, "2 results")
    bar.pin.click()
    _retype(window, "remit")
    _wait_for(qtbot, window, "2 results")  # pinned: kept, and shown
    assert len(bar.chip_texts()) == 1 and "10th" in bar.chip_texts()[0]
    bar.chips()[0].click()  # its ×
    _wait_for(qtbot, window, "6 results")


def test_a_typed_tag_is_a_filter_shown_and_removable(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _type(window, "GCM 20")
    _wait_for(qtbot, window, "3 results")  # the tagged initiatives, not every page with "GCM"
    bar = window.search.panel.filters
    assert bar.chip_texts() == ["GCM 20 (typed)  ×"]
    _type(window, " remittances", more=True)
    _wait_for(qtbot, window, "3 results")
    bar.chips()[0].click()
    _wait_for(qtbot, window, "6 results")
    assert window.search.field.text() == "remittances"


def test_ticking_keeps_the_keyboard_on_the_facet_space_space_ticks_two(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _type(window, "remit")
    _wait_for(qtbot, window, "6 results")
    facets = window.search.panel.facets
    _tick_by_keyboard(qtbot, window, "summit", "10")
    _wait_for(qtbot, window, "2 results")
    assert facets.hasFocus() and facets.currentItem().data(0, KEY_ROLE) == ("summit", "10")
    qtbot.keyClick(facets.viewport(), Qt.Key.Key_Down)
    below = facets.currentItem().data(0, KEY_ROLE)
    qtbot.keyClick(facets.viewport(), Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: below in [(f, v) for f, vs in window.search.query.selected.items() for v in vs],
        timeout=3000,
    )
    assert window.search.query.selected["summit"] >= {"10"}
    assert facets.currentItem().data(0, KEY_ROLE) == below


def test_summits_in_date_order_and_no_empty_rows(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    _type(window, "migration")
    _wait_for(qtbot, window, "")
    qtbot.waitUntil(lambda: window.search.panel.facets.topLevelItemCount() > 0, timeout=3000)
    facets = window.search.panel.facets
    summits = facets.topLevelItem(0)
    numbers = [int(summits.child(n).data(0, KEY_ROLE)[1]) for n in range(summits.childCount())]
    assert numbers == sorted(numbers, reverse=True) and len(numbers) > 3
    rows = [
        item.text(0)
        for item in facets.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    ]
    assert not [row for row in rows if row.endswith("(0)")]


def test_the_page_shown_is_always_one_of_the_results(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _type(window, "remit")
    _wait_for(qtbot, window, "6 results")
    results = window.search.panel.results
    row = next(
        r
        for r in range(results.count())
        if results.item(r).text().startswith("Remittances for Africa")
    )
    results.setCurrentRow(row)  # an 11th-Summit initiative
    assert "Remittances for Africa" in window.details.toPlainText()
    _tick_by_keyboard(qtbot, window, "summit", "10")
    _wait_for(qtbot, window, "2 results")
    first = results.item(0)
    assert window.search.shown == ("initiative", first.data(ID_ROLE)) and results.currentRow() == 0
    assert first.toolTip() in window.details.toPlainText()


def test_a_word_in_a_summit_intro_finds_the_summit_page_not_its_initiatives(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _type(window, "year's achievements")
    _wait_for(qtbot, window, "0 results, and 1 summit or session page")
    results = window.search.panel.results
    assert results.count() == 1 and "Summit page" in results.item(0).data(HTML_ROLE)
    results.setCurrentRow(0)
    assert "5th Summit" in window.details.toPlainText()


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = (app.style().name(), app.palette(), app.styleSheet())
    apply_palette(app, dark=request.param == "dark")
    yield str(request.param)
    app.setStyle(saved[0])
    app.setPalette(saved[1])
    app.setStyleSheet(saved[2])


def test_a_highlighted_hit_is_readable_selected_or_not(
    qtbot: QtBot, open_window: WindowFactory, palette: str
) -> None:
    """The hit's letters take the mark's own text colour (was: the selected row's white on
    pale yellow, 1.3:1), in both palettes."""
    window = open_window()
    _type(window, "remit")
    _wait_for(qtbot, window, "6 results")
    background, text = window.search.mark()
    assert (background, text) == (
        ("#6b5a12", "#ffffff") if palette == "dark" else ("#ffe58a", "#1d232a")
    )
    assert _contrast(background, text) >= 4.5
    results = window.search.panel.results
    results.setCurrentRow(0)
    html = results.item(0).data(HTML_ROLE)
    assert f"background:{background}; color:{text}" in html
    marked = [
        f
        for f in window.details.document().allFormats()
        if f.background().color().name() == background
    ]
    assert marked and all(f.foreground().color().name() == text for f in marked)


def test_ticking_a_partner_finds_it_under_a_joint_name_too(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    """As in the tree: "ICMPD/EU" counts for the European Union (and for ICMPD)."""
    window = open_window()
    _type(window, "diaspora")
    _wait_for(qtbot, window, "19 results")
    assert _facet_item(window, "partner", "European Union").text(0).endswith("(3)")
    _tick_by_keyboard(qtbot, window, "partner", "European Union")
    _wait_for(qtbot, window, "3 results")
    assert any(row.startswith("EU Diaspora Facility.") for row in _results(window))
