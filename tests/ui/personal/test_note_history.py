"""The note history a delegate opens: one version per editing session, in local time and the
delegate's date format, the current version marked."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.personal.note_helpers import leave_editor, stored_note, type_note


def _history_rows(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Opens Note history from its menu command, reads the list as shown, and closes it."""
    rows: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        versions = dialog.findChild(QListWidget)
        rows.extend(versions.item(r).text() for r in range(versions.count()))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    window.personal.actions["history"].trigger()
    return rows


def test_a_typing_session_is_one_version_in_local_time_marked_current(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    for words in ("Ask about", " the 2025", " budget"):
        type_note(qtbot, window, words)
        leave_editor(window)  # leaving the editor saves at once
        qtbot.waitUntil(lambda w=words: stored_note(window).endswith(w))  # type: ignore[misc]
    rows = _history_rows(qtbot, window)
    assert len(rows) == 1
    when, first_line = rows[0].split("\n")
    assert first_line == "Ask about the 2025 budget"
    assert when.endswith(" · current version") and "UTC" not in when and "edit" not in when
    today = QLocale().toString(QDateTime.currentDateTime().date(), QLocale.FormatType.ShortFormat)
    assert when.startswith(today)
