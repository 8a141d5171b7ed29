"""Notes, corrections, additions, stars and tags in the window, as a delegate uses them."""

from __future__ import annotations

from unittest.mock import patch

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.domain.personal import LocalInitiative
from pfp_desktop.ui.personal.note_panel import SAVE_DELAY_MS
from tests.ui.conftest import WindowFactory
from tests.ui.personal.note_helpers import stored_note, type_note

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_typing_is_saved_within_a_second_without_a_save_button(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    type_note(qtbot, window, "Ask about phase 2")
    qtbot.waitUntil(lambda: stored_note(window) == "Ask about phase 2", timeout=SAVE_DELAY_MS + 500)
    assert window.note_panel.status.text() == "Saved"


def test_note_survives_switch_undo_redo_quit_and_restart(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    type_note(qtbot, window, "First words. ")
    window.show_page(NodeKind.INITIATIVE, "knomad-1-2")  # switching records saves at once
    type_note(qtbot, window, "KNOMAD: ask about recruitment costs")
    window.go_back()
    assert window.note_panel.editor.toPlainText() == "First words. "
    type_note(qtbot, window, "Second sentence with café — naïve & <b>.")
    window.note_panel.commit()
    window.personal.actions["undo"].trigger()  # undo works across records and bursts
    assert stored_note(window) == "First words. "
    assert window.note_panel.editor.toPlainText() == "First words. "
    window.personal.actions["redo"].trigger()
    assert stored_note(window).endswith("naïve & <b>.")
    type_note(qtbot, window, " Last keystrokes")
    window.close()  # quit right after typing: nothing may be lost

    again = open_window()
    again.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    assert again.note_panel.editor.toPlainText() == (
        "First words. Second sentence with café — naïve & <b>. Last keystrokes"
    )
    again.show_page(NodeKind.INITIATIVE, "knomad-1-2")
    assert again.note_panel.editor.toPlainText() == "KNOMAD: ask about recruitment costs"


def test_ctrl_z_in_the_editor_undoes_through_the_app(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.SUMMIT, "11")
    type_note(qtbot, window, "Marrakesh")
    window.note_panel.commit()
    qtbot.keyClick(window.note_panel.editor, Qt.Key.Key_Z, CTRL)
    assert stored_note(window) == "" and window.note_panel.editor.toPlainText() == ""


def test_star_and_tags_appear_in_the_tree_and_undo(open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    window.personal.actions["star"].trigger()
    window.note_panel.tags.setText("Tuesday, diaspora")
    window.note_panel.tags.editingFinished.emit()
    model = window.tree.model()
    roots = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert roots[:3] == ["★ Starred", "Tag · diaspora", "Tag · Tuesday"]
    assert "★ Starred" in window.details.toPlainText()
    window.personal.actions["undo"].trigger()  # tags
    window.personal.actions["undo"].trigger()  # star
    roots = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert roots[0] == "14th Summit · Geneva 2024"


def test_a_local_correction_is_marked_and_revertible(open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "knomad-1-2")
    with patch("pfp_desktop.ui.personal.record_edits.CorrectionDialog") as dialog:
        dialog.return_value.exec.return_value = QDialog.DialogCode.Accepted
        dialog.return_value.values.return_value = {
            "title": "KNOMAD phase 1.2",
            "policy_challenge": "",
            "solution": "",
        }
        current = window.personal.personal.corrections.overrides_for("knomad-1-2")  # type: ignore[union-attr]
        assert current == {}
        window.personal.actions["correct"].trigger()
    text = window.details.toPlainText().strip()
    assert text.startswith("KNOMAD phase 1.2") and "Title edited locally" in text
    assert "Policy challenge edited locally" in text  # emptied by the delegate, also marked
    window._on_link("revert", "title")
    assert window.details.toPlainText().strip().startswith("KNOMAD 1.2")
    window.personal.actions["undo"].trigger()
    assert window.details.toPlainText().strip().startswith("KNOMAD phase 1.2")


def test_an_added_initiative_is_listed_and_deletable_with_undo(open_window: WindowFactory) -> None:
    window = open_window()
    added = LocalInitiative("", 14, 141, "Side event on climate mobility", ("IOM", "Fiji"))
    with patch("pfp_desktop.ui.personal.record_edits.AddInitiativeDialog") as dialog:
        dialog.return_value.exec.return_value = QDialog.DialogCode.Accepted
        dialog.return_value.initiative.return_value = added
        dialog.return_value.new_summit.return_value = None  # at a summit of the catalogue
        window.personal.actions["add"].trigger()
    model = window.tree.model()
    roots = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert roots[0] == "Added by you"
    local_id = window.personal.personal.additions.all()[0].id  # type: ignore[union-attr]
    window.show_page(NodeKind.INITIATIVE, local_id)
    assert "Added by you" in window.details.toPlainText()
    window._on_link("delete-local", local_id)
    assert window.personal.personal.additions.all() == []  # type: ignore[union-attr]
    window.personal.actions["undo"].trigger()
    assert [a.id for a in window.personal.personal.additions.all()] == [local_id]  # type: ignore[union-attr]
