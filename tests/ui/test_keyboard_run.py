"""A delegate's whole errand by keyboard alone, from the start page to a pack on disk: only
key presses reach the window (the save dialog and the closing message box are answered)."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.packs.helpers import answer, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CELL = "pfp:coverage/19%3A12"  # GCM objective 19 at the 12th summit (Quito 2020): 3 initiatives


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the delegate's focus is."""
    QTest.keyClick(_focus(), key, modifiers)


def _link_on_focus(window: MainWindow) -> str:
    return window.details.textCursor().charFormat().anchorHref()


def test_from_the_start_page_to_an_exported_pack_by_keyboard_alone(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    assert window.details.toPlainText().strip().startswith("PfP Desktop")  # the start page
    press(Qt.Key.Key_D, CTRL)  # into the page
    for _ in range(300):  # Tab from link to link, to the chart's cell
        press(Qt.Key.Key_Tab)
        if _link_on_focus(window) == CELL:
            break
    assert _link_on_focus(window) == CELL
    press(Qt.Key.Key_Return)  # the cell's set, as a search with both facets ticked
    results = window.search.panel.results
    qtbot.waitUntil(lambda: results.count() == 3, timeout=10000)
    assert _focus() is results
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_A, CTRL)  # all three
    press(Qt.Key.Key_B, CTRL_SHIFT)  # Add to briefing pack
    dock = window.pack_dock
    assert dock.isVisible() and dock.model.rowCount() == 3
    press(Qt.Key.Key_T, ALT)  # the cover's title
    type_text(_focus(), "Roundtable: diaspora contributions")
    press(Qt.Key.Key_O, ALT)  # Include an overview page
    qtbot.waitUntil(lambda: dock.form.overview.isChecked())
    target = tmp_path / "roundtable.pdf"
    messages: list[str] = []
    dock.exporter.finished.connect(messages.append)
    seen: list[str] = []
    save_as = patch.object(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with save_as, patch.object(QMessageBox, "exec", answer(seen, Briefing_pack_written="Close")):
        press(Qt.Key.Key_S, CTRL_SHIFT)  # Export briefing pack…
        qtbot.waitUntil(lambda: bool(messages) and not dock.exporter.running, timeout=30000)
        qtbot.wait(10)
    reader = PdfReader(target)
    texts = [page.extract_text() for page in reader.pages]
    cover = " ".join(texts[0].split())
    assert "BRIEFING PACK Roundtable: diaspora contributions INITIATIVES 3" in cover
    contents = texts[1].splitlines()
    assert contents[contents.index("Contents") + 1] == "The catalogue at a glance"
    assert texts[2].splitlines()[4] == "The catalogue at a glance"  # the page after contents
    for title in (
        "Tools to Advance Sustainable Development Outcomes",
        "EU Diaspora Facility",
        "Migration and Development Policy Reviews (MDPRs)",
    ):
        assert title in texts[1]
    assert len(texts) == 7  # cover, contents, overview, three initiatives, partner index
