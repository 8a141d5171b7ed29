"""Adding an initiative at a summit the catalogue does not hold yet, with partners suggested
from the known ones and new ones accepted, through the real dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from unittest.mock import MagicMock, patch

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.domain.personal import NO_SESSION, LocalSummit
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.personal.dialogs import AddInitiativeDialog
from tests.ui.conftest import WindowFactory
from tests.ui.packs.helpers import type_text


def _in_dialog(
    qtbot: QtBot, window: MainWindow, fill: Callable[[AddInitiativeDialog], None]
) -> None:
    """Opens "Add an initiative" from its command and fills the real dialog in."""
    done: list[bool] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AddInitiativeDialog)
        fill(dialog)
        done.append(True)

    QTimer.singleShot(0, drive)
    window.personal.actions["add"].trigger()
    assert done


def _new_summit_talk(qtbot: QtBot) -> Callable[[AddInitiativeDialog], None]:
    def fill(dialog: AddInitiativeDialog) -> None:
        type_text(dialog.title, "Diaspora bonds after Geneva")
        dialog.session.setFocus()
        qtbot.keyClick(dialog.session, Qt.Key.Key_Home)  # "New summit, not in the catalogue…"
        assert dialog.new_summit_box.isVisible()
        assert (dialog.new_summit_box.number.value(), dialog.new_summit_box.year.value()) == (
            15,
            2025,
        )
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # a new summit needs its city
        type_text(dialog.new_summit_box.city, "Belgrade")
        dialog.partners.setFocus()
        type_text(dialog.partners, "policy inst")
        popup = dialog.completer.popup()
        assert popup.isVisible()
        shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
        assert "Migration Policy Institute (MPI)" in shown
        row = shown.index("Migration Policy Institute (MPI)")
        popup.setCurrentIndex(popup.model().index(row, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        type_text(dialog.partners, ", Serbian Diaspora Office")
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return fill


# A completer's popup asks the window system to raise it and grab the keyboard, which the
# offscreen platform of the tests cannot do (and says so); a desktop does both.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_talk_at_the_next_summit_is_filed_under_it(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _in_dialog(qtbot, window, _new_summit_talk(qtbot))
    personal = window.personal.personal
    assert personal is not None
    assert personal.additions.local_summits() == [LocalSummit(15, 2025, "Belgrade")]
    (added,) = personal.additions.all()
    assert (added.summit_number, added.session_id) == (15, NO_SESSION)
    assert added.partners == ("Migration Policy Institute (MPI)", "Serbian Diaspora Office")
    window.show_page(NodeKind.INITIATIVE, added.id)
    text = window.details.toPlainText()
    assert "Added by you · 15th Summit · Belgrade 2025" in text
    # The next talk there finds the summit among the choices, and the next new one is 16th.

    def check_choices(dialog: AddInitiativeDialog) -> None:
        labels = [dialog.session.itemText(r) for r in range(dialog.session.count())]
        assert labels[1] == "15th Summit · Belgrade 2025 (added by you)"
        assert dialog.session.currentIndex() == 1
        assert dialog.new_summit_box.number.value() == 16
        dialog.reject()

    _in_dialog(qtbot, window, check_choices)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
FILES = "pfp_desktop.ui.personal.files"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_talk_at_the_next_summit_keeps_it_through_export_and_import_on_another_laptop(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    laptop = open_window(tmp_path / "laptop")
    _in_dialog(qtbot, laptop, _new_summit_talk(qtbot))
    exported = tmp_path / "pfp-notes.json"
    with (
        patch(f"{FILES}.QFileDialog.getSaveFileName", return_value=(str(exported), "")),
        patch(f"{FILES}.QMessageBox"),
    ):
        laptop.personal.actions["export"].trigger()  # File → Export notes…
    laptop.close()
    other = open_window(tmp_path / "other-laptop")
    messages = MagicMock()
    with (
        patch(f"{FILES}.QFileDialog.getOpenFileName", return_value=(str(exported), "")),
        patch(f"{FILES}.QMessageBox", messages),
    ):
        QTest.keyClick(other, Qt.Key.Key_I, CTRL_SHIFT)  # File → Import notes…
    messages.warning.assert_not_called()
    assert messages.information.call_args.args[2] == "2 items imported, 0 already here."
    personal = other.personal.personal
    assert personal is not None
    (added,) = personal.additions.all()
    other.show_page(NodeKind.INITIATIVE, added.id)
    assert "Added by you · 15th Summit · Belgrade 2025" in other.details.toPlainText()
