"""File → Import notes… runs beside the window, with progress and Cancel, and says what failed.

The file is a FIFO that the GUI thread itself feeds from a timer: the import can only finish if
the window's event loop keeps running while it reads. (Should the import block the GUI thread,
a helper thread feeds the FIFO after a while, so the test fails instead of hanging.)
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from unittest.mock import MagicMock, patch

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.notes_exchange import export_personal_data
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

FACILITY = Target(TargetKind.INITIATIVE, "eu-diaspora-facility")
IMPORT_KEYS = (
    Qt.Key.Key_I,
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
)
POLL_MS = 100
GIVE_UP_POLLS = 150  # 15 s: the dialog shows after SHOW_AFTER_MS, even on a busy machine
FALLBACK_S = 20.0


def _notes_file(tmp_path: Path, catalogue: CatalogueService) -> bytes:
    laptop = Personal.of(open_user_data(tmp_path / "laptop"))
    laptop.notes.set_note(FACILITY, "From the laptop: ask about phase 2")
    laptop.flags.set_starred(FACILITY, True)
    export_personal_data(laptop.user, catalogue, tmp_path / "laptop.json")
    laptop.user.close()
    return (tmp_path / "laptop.json").read_bytes()


class FifoFeeder:
    """Writes ``data`` into the FIFO from a GUI timer once the progress dialog is on screen;
    records whether it was."""

    def __init__(self, fifo: Path, data: bytes, before: Callable[[], None]) -> None:
        self.fifo, self.data, self.before = fifo, data, before
        self.fed_by = ""
        self.dialog_seen = False
        self._polls = 0
        self._lock = threading.Lock()
        self._timer = QTimer()
        self._timer.timeout.connect(self._poll)
        self._timer.start(POLL_MS)
        self._fallback = threading.Timer(FALLBACK_S, lambda: self.feed("fallback"))
        self._fallback.start()

    def _poll(self) -> None:
        self._polls += 1
        self.dialog_seen = _progress_dialog() is not None
        if self.dialog_seen or self._polls >= GIVE_UP_POLLS:
            self._timer.stop()
            self.feed("gui")

    def feed(self, who: str) -> None:
        with self._lock:
            if self.fed_by:
                return
            self.fed_by = who
        if who == "gui" and self.dialog_seen:
            self.before()
        with contextlib.suppress(BrokenPipeError), self.fifo.open("wb") as out:
            out.write(self.data)  # a cancelled import may close its end before this is read

    def stop(self) -> None:
        self._timer.stop()
        self._fallback.cancel()


def _import_through_menu(window: MainWindow, path: Path, messages: MagicMock) -> None:
    with (
        patch(
            "pfp_desktop.ui.personal.files.QFileDialog.getOpenFileName",
            return_value=(str(path), ""),
        ),
        patch("pfp_desktop.ui.personal.files.QMessageBox", messages),
    ):
        QTest.keyClick(window, *IMPORT_KEYS)


def _progress_dialog() -> QProgressDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    return next((w for w in shown if w.isVisible()), None)


def test_an_import_runs_beside_the_window_with_progress(
    qtbot: QtBot, open_window: WindowFactory, catalogue: CatalogueService, tmp_path: Path
) -> None:
    window = open_window()
    fifo = tmp_path / "notes.json"
    os.mkfifo(fifo)
    feeder = FifoFeeder(fifo, _notes_file(tmp_path, catalogue), before=lambda: None)
    messages = MagicMock()
    _import_through_menu(window, fifo, messages)
    feeder.stop()
    assert (feeder.fed_by, feeder.dialog_seen) == ("gui", True)
    messages.warning.assert_not_called()
    assert messages.information.call_args.args[2] == "2 items imported, 0 already here."
    window.show_page(NodeKind.INITIATIVE, FACILITY.key)
    assert window.note_panel.editor.toPlainText() == "From the laptop: ask about phase 2"


def test_cancel_imports_nothing(
    qtbot: QtBot, open_window: WindowFactory, catalogue: CatalogueService, tmp_path: Path
) -> None:
    window = open_window()
    fifo = tmp_path / "notes.json"
    os.mkfifo(fifo)

    def press_cancel() -> None:
        dialog = _progress_dialog()
        assert dialog is not None
        QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    feeder = FifoFeeder(fifo, _notes_file(tmp_path, catalogue), before=press_cancel)
    messages = MagicMock()
    _import_through_menu(window, fifo, messages)
    feeder.stop()
    assert (feeder.fed_by, feeder.dialog_seen) == ("gui", True)
    messages.warning.assert_not_called()
    messages.information.assert_not_called()
    assert window.personal.personal is not None
    assert window.personal.personal.notes.all_notes() == []
    assert window.personal.personal.flags.starred() == set()


def test_a_damaged_file_is_one_dialog_with_the_plain_message(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "pfp-desktop-notes", "format": "pfp-desktop-notes"}')
    messages = MagicMock()
    _import_through_menu(window, bad, messages)
    messages.information.assert_not_called()
    assert messages.warning.call_count == 1
    assert messages.warning.call_args.args[2] == (
        "Nothing was imported.\n\n"
        "bad.json is not a PfP notes file: the key 'format' appears twice in the top level."
    )
