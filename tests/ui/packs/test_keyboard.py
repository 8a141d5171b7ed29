"""The briefing pack by keyboard and menu, on the real window: File → Export… and Print… with
their shortcuts (listed in the shortcuts dialog), the panel taking the focus when shown, and a
focused button that never looks like the default one, in both palettes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pfp_desktop.ui.dialogs import ShortcutsDialog
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.theme import apply_palette
from tests.ui.conftest import WindowFactory
from tests.ui.packs.helpers import CTRL, CTRL_SHIFT, THREE, answer, dock_of, pack_of

PLAIN = Qt.KeyboardModifier.NoModifier


def _press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = PLAIN) -> None:
    """A key press where the delegate's focus is."""
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)


@pytest.fixture
def save_to(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "pack.pdf"
    with patch.object(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "")):
        yield target


def test_file_menu_offers_export_and_print_with_shortcuts_listed_in_the_dialog(
    open_window: WindowFactory,
) -> None:
    window = open_window()
    file_menu = [(a.text(), a.shortcut().toString()) for a in window.menus["file"].actions()]
    assert ("&Export briefing pack…", "Ctrl+Shift+S") in file_menu
    assert ("&Print briefing pack…", "Ctrl+P") in file_menu
    assert file_menu[-1][0] == "&Quit"
    listed: list[tuple[str, str]] = []

    def read_table(dialog: ShortcutsDialog) -> int:
        grid = dialog.findChild(QTableWidget)
        assert grid is not None
        for row in range(grid.rowCount()):
            listed.append((grid.item(row, 0).text(), grid.item(row, 1).text()))
        return 0

    with patch.object(ShortcutsDialog, "exec", read_table):
        _press(window, Qt.Key.Key_F1)
    assert ("Export briefing pack…", "Ctrl+Shift+S") in listed
    assert ("Print briefing pack…", "Ctrl+P") in listed


def test_showing_the_panel_puts_the_focus_in_it(open_window: WindowFactory) -> None:
    window = open_window()
    dock = dock_of(window)
    pack_of(window, THREE)
    dock.hide()
    window.tree.setFocus()
    _press(window, Qt.Key.Key_P, CTRL_SHIFT)
    assert dock.isVisible()
    assert QApplication.focusWidget() is dock.view
    _press(window, Qt.Key.Key_Down)  # the keys now move in the pack's list
    assert dock.view.currentIndex().row() >= 0
    _press(window, Qt.Key.Key_P, CTRL_SHIFT)  # and the same keys hide it again
    assert not dock.isVisible()


def test_ctrl_shift_s_exports_the_pack_from_anywhere_in_the_window(
    qtbot: QtBot, open_window: WindowFactory, save_to: Path
) -> None:
    window = open_window()
    pack_of(window, THREE[:1])
    dock = dock_of(window)
    dock.hide()
    window.tree.setFocus()
    messages: list[str] = []
    dock.exporter.finished.connect(messages.append)
    seen: list[str] = []
    with patch.object(QMessageBox, "exec", answer(seen, Briefing_pack_written="Close")):
        _press(window, Qt.Key.Key_S, CTRL_SHIFT)
        qtbot.waitUntil(lambda: bool(messages) and not dock.exporter.running, timeout=20000)
        qtbot.wait(10)
    pages = len(PdfReader(save_to).pages)
    assert dock.isVisible()  # the panel shows the progress and Cancel
    assert messages == [f"Wrote {save_to}: {pages} pages."]
    assert seen[0].startswith(f"The briefing pack is saved: 1 initiative on {pages} pages.")
    assert dock.count.text() == "1 initiative"


def test_ctrl_p_prints_the_pack_without_asking_where_to_save(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    pack_of(window, THREE)
    dock = dock_of(window)
    printed = tmp_path / "printed.pdf"
    copies: list[Path] = []

    def accept(dialog: QPrintDialog) -> int:  # the delegate picks a printer (here, a file)
        dialog.printer().setOutputFileName(str(printed))
        copies.append(dock.exporter._target)
        return QDialog.DialogCode.Accepted.value

    messages: list[str] = []
    dock.exporter.finished.connect(messages.append)
    asked = patch.object(QFileDialog, "getSaveFileName", side_effect=AssertionError("asked"))
    with asked, patch.object(QPrintDialog, "exec", accept):
        _press(window, Qt.Key.Key_P, CTRL)
        qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    pages = len(PdfReader(printed).pages)
    assert messages == [f"Sent {pages} pages to the printer."]
    assert pages > 3
    assert not copies[0].parent.exists()  # the temporary copy is gone


def _border_and_middle(widget: QWidget) -> tuple[QColor, QColor]:
    image: QImage = widget.grab().toImage()
    middle_y = image.height() // 2
    return image.pixelColor(0, middle_y), image.pixelColor(image.width() // 2, 2)


@pytest.mark.parametrize("dark", [False, True])
def test_a_focused_button_looks_unlike_the_default_one(
    qtbot: QtBot, open_window: WindowFactory, dark: bool
) -> None:
    theme = apply_palette(QApplication.instance(), dark)  # type: ignore[arg-type]
    window = open_window()
    window.set_theme(theme)
    pack_of(window, THREE)
    dock = dock_of(window)
    highlight = dock.palette().highlight().color()
    dock.progress.begin("Writing…")  # Cancel shows beside Export while a pack is written
    dock.progress.cancel_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: dock.progress.cancel_button.hasFocus())
    focused_edge, focused_middle = _border_and_middle(dock.progress.cancel_button)
    default_edge, default_middle = _border_and_middle(dock.export_button)
    assert dock.export_button.isDefault() and not dock.export_button.hasFocus()
    assert default_middle == highlight  # the default button: filled
    assert focused_middle != highlight  # the focused one: not filled...
    assert focused_edge == highlight  # ...but ringed
    assert default_edge != focused_edge or default_middle != focused_middle
    dock.progress.hide()
    apply_palette(QApplication.instance(), False)  # type: ignore[arg-type]
