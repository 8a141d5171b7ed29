"""Marks in the tree on what the delegate touched: a note, a star, a local correction, the
current pack; each an icon with words for the tooltip and for a screen reader."""

from __future__ import annotations

from unittest.mock import patch

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.packs.helpers import press_add, select_in_tree
from tests.ui.personal.note_helpers import leave_editor, stored_note, type_note

FACILITY = "eu-diaspora-facility"
CTRL = Qt.KeyboardModifier.ControlModifier


def _row(window: MainWindow, key: str) -> QModelIndex:
    assert window.tree.reveal(NodeKind.INITIATIVE, key)
    return window.tree.currentIndex()


def _said(window: MainWindow, key: str) -> str:
    return str(_row(window, key).data(Qt.ItemDataRole.AccessibleTextRole))


def _icon(window: MainWindow, key: str) -> QIcon | None:
    icon = _row(window, key).siblingAtColumn(1).data(Qt.ItemDataRole.DecorationRole)
    return icon if isinstance(icon, QIcon) and not icon.isNull() else None


def test_a_note_a_star_and_the_pack_mark_the_row(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    assert _icon(window, FACILITY) is None
    assert _said(window, FACILITY) == "EU Diaspora Facility"  # in the summit grouping
    window.show_page(NodeKind.INITIATIVE, FACILITY)
    type_note(qtbot, window, "Ask DG INTPA")
    leave_editor(window)
    qtbot.waitUntil(lambda: stored_note(window) == "Ask DG INTPA")
    assert _said(window, FACILITY).endswith(", has a note")
    qtbot.keyClick(window.tree, Qt.Key.Key_T, CTRL)  # Star
    select_in_tree(window, (NodeKind.INITIATIVE, FACILITY))
    press_add(window, window.tree)  # Add to briefing pack
    said = _said(window, FACILITY)
    assert said.endswith(", has a note, starred, in the current pack")
    tooltip = _row(window, FACILITY).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("\nHas a note, starred, in the current pack")
    assert _icon(window, FACILITY) is not None
    assert _icon(window, "knomad-1-2") is None  # only what was touched
    window.personal.actions["undo"].trigger()  # the star
    assert _said(window, FACILITY).endswith(", has a note, in the current pack")


def test_a_local_correction_marks_the_row(open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "knomad-1-2")
    with patch("pfp_desktop.ui.personal.record_edits.CorrectionDialog") as dialog:
        dialog.return_value.exec.return_value = QDialog.DialogCode.Accepted
        dialog.return_value.values.return_value = {
            "title": "KNOMAD phase 1.2",
            "policy_challenge": "",
            "solution": "",
        }
        window.personal.actions["correct"].trigger()
    assert _said(window, "knomad-1-2").endswith(", corrected locally")
    assert _icon(window, "knomad-1-2") is not None
