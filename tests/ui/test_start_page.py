"""The start page as a delegate meets it: what the catalogue covers, each cell a search; their
recent and starred items, packs and saved searches; the Start page command."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.finding import FindQuery
from pfp_desktop.domain.models import NodeKind
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

ALT = Qt.KeyboardModifier.AltModifier


def _text(window: MainWindow) -> str:
    return window.details.toPlainText().strip()


def _cell_links(window: MainWindow) -> dict[str, str]:
    """Each coverage cell's link and the number it shows."""
    html = window.details.toHtml()
    return dict(re.findall(r'href="(pfp:coverage/[^"]+)"[^>]*>(?:<span[^>]*>)?(\d+)<', html))


def test_the_start_page_shows_the_catalogue_by_objective_and_summit(
    open_window: WindowFactory,
) -> None:
    window = open_window()
    text = _text(window)
    assert "What the catalogue covers".upper() in text.upper()
    assert "1. Browse" in text and "2. Find" in text and "3. Prepare" in text
    assert "No initiative yet for objectives 3, 9, 11, 12, 13, 14." in text
    cells = _cell_links(window)
    by_objective: dict[str, int] = {}
    for href, count in cells.items():
        objective = href.split("/")[1].split("%3A")[0]
        by_objective[objective] = by_objective.get(objective, 0) + int(count)
    assert (by_objective["1"], by_objective["19"], by_objective["23"]) == (20, 19, 16)
    assert not window.note_panel.isVisible()  # no note, no tags box, on the start page


def test_a_cell_opens_that_set_as_a_search_with_both_facets_ticked(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    href, count = "pfp:coverage/19%3A12", "3"  # objective 19 at the 12th summit (Quito 2020)
    assert _cell_links(window)[href] == count
    window.details.anchorClicked.emit(QUrl(href))  # the delegate clicks the cell
    results = window.search.panel.results
    qtbot.waitUntil(lambda: results.count() == 3, timeout=10000)
    assert window.search.query == FindQuery(
        "", {"gcm": frozenset({"19"}), "summit": frozenset({"12"})}
    )
    assert QApplication.focusWidget() is results


def test_recent_starred_packs_and_saved_searches_are_listed_and_remembered(
    open_window: WindowFactory,
) -> None:
    window = open_window()
    for key in ("knomad-1-2", "eu-diaspora-facility"):
        window.show_page(NodeKind.INITIATIVE, key)
    window.personal.actions["star"].trigger()  # star the EU Diaspora Facility
    window.pack_dock.add_initiatives(["knomad-1-2"])
    window.commands.home.trigger()
    text = _text(window)
    recent = text.split("Recently opened")[1]
    assert recent.index("EU Diaspora Facility") < recent.index("KNOMAD 1.2")
    assert "EU Diaspora Facility" in text.split("Starred")[1]
    assert "Briefing pack · 1 initiative" in text.split("Briefing packs")[1]
    window.close()
    again = open_window()  # restarts on the start page, the lists still there
    again.commands.home.trigger()
    assert "EU Diaspora Facility" in _text(again).split("Recently opened")[1]


def test_alt_home_goes_to_the_start_page_and_back_returns(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    qtbot.keyClick(window.tree, Qt.Key.Key_Home, ALT)
    assert _text(window).startswith("PfP Desktop")
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, ALT)
    assert _text(window).startswith("EU Diaspora Facility")
    assert window.note_panel.isVisible()
