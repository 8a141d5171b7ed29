"""A note typed in the window is never claimed saved when it is not, and never lost: a full
disk, another process holding the database, an over-long note, a second window, a `pfp`
command appending while the delegate types. Each fault is made real."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from unittest.mock import patch

from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.domain.personal import MAX_NOTE_LENGTH
from pfp_desktop.storage.user_db import USER_DB_NAME
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.personal.controller import WATCH_MS
from pfp_desktop.ui.personal.note_saving import RETRY_MS
from tests.faults import truncate_wal, write_lock_held
from tests.mounts import Mounts, fill
from tests.ui.conftest import WindowFactory
from tests.ui.personal.note_helpers import leave_editor, note_in_file, paste_note, type_note

EU = "eu-diaspora-facility"
TEXT = "Bilateral with the EU: ask about phase 2 of the Diaspora Facility. " * 46  # ~3,000


def _not_saved(window: MainWindow, reason: str) -> bool:
    panel = window.note_panel
    return (
        panel.warning.isVisible()
        and reason in panel.warning.text()
        and panel.status.text() == "Not saved"
    )


def _answer_quit_dialog(button_text: str, asked: list[str] | None = None) -> object:
    """Stands in for QMessageBox.exec: the delegate reads the question (kept in ``asked``) and
    clicks the button with this text."""

    def exec_(box: QMessageBox) -> int:
        if asked is not None:
            asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()
        return 0

    return patch.object(QMessageBox, "exec", exec_)


def _close(window: MainWindow) -> None:
    """Quit, and let go of the database file (so its disk can be unmounted)."""
    window.close()
    assert window.personal.personal is not None
    window.personal.personal.user.close()


def _typed_on_a_full_disk(
    qtbot: QtBot, open_window: WindowFactory, disk: Path
) -> tuple[MainWindow, Path]:
    """A window whose notes live on ``disk``, which is then filled; a long note is pasted."""
    window = open_window(disk / "notes")
    window.show_page(NodeKind.INITIATIVE, EU)
    truncate_wal(disk / "notes" / USER_DB_NAME)
    filler = fill(disk)
    paste_note(qtbot, window, TEXT)
    return window, filler


def test_full_disk_keeps_the_text_says_why_and_saves_once_space_returns(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, mounts: Mounts
) -> None:
    disk = mounts.small_disk(tmp_path / "disk")
    window, filler = _typed_on_a_full_disk(qtbot, open_window, disk)
    qtbot.waitUntil(lambda: _not_saved(window, "the disk is full"), timeout=5000)
    assert "disk is full" in window.statusBar().currentMessage()
    assert note_in_file(disk / "notes", EU) == ""  # and nothing claims otherwise
    window.show_page(NodeKind.INITIATIVE, "knomad-1-2")  # leaving the record keeps it
    window.go_back()
    assert window.note_panel.editor.toPlainText() == TEXT
    assert _not_saved(window, "the disk is full")
    filler.unlink()  # space comes back: saved by itself, without a keystroke
    qtbot.waitUntil(lambda: note_in_file(disk / "notes", EU) == TEXT, timeout=RETRY_MS + 3000)
    assert window.note_panel.status.text() == "Saved"
    assert not window.note_panel.warning.isVisible()
    _close(window)


def test_a_note_left_unsaved_on_a_full_disk_is_retried_from_another_record(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, mounts: Mounts
) -> None:
    disk = mounts.small_disk(tmp_path / "disk")
    window, filler = _typed_on_a_full_disk(qtbot, open_window, disk)
    window.show_page(NodeKind.INITIATIVE, "knomad-1-2")
    filler.unlink()
    qtbot.waitUntil(lambda: note_in_file(disk / "notes", EU) == TEXT, timeout=RETRY_MS + 3000)
    _close(window)


def test_a_held_write_lock_is_waited_out_not_claimed_saved(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, EU)
    with write_lock_held(tmp_path / "notes" / USER_DB_NAME):
        type_note(qtbot, window, "Typed while pfp notes import runs")
        qtbot.waitUntil(lambda: _not_saved(window, "another program"), timeout=5000)
        assert note_in_file(tmp_path / "notes", EU) == ""
    qtbot.waitUntil(lambda: window.note_panel.status.text() == "Saved", timeout=RETRY_MS + 3000)
    assert note_in_file(tmp_path / "notes", EU) == "Typed while pfp notes import runs"


def test_an_over_long_note_is_refused_kept_and_offered_as_a_file_at_quit(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, EU)
    line = "A line of a long note, as a delegate pastes it from a report.\n"
    long_text = (line * (MAX_NOTE_LENGTH // len(line) + 1))[: MAX_NOTE_LENGTH + 1]
    paste_note(qtbot, window, long_text)
    qtbot.waitUntil(lambda: _not_saved(window, "at most 1,000,000 characters"), timeout=5000)
    window.show_page(NodeKind.INITIATIVE, "knomad-1-2")
    window.go_back()
    assert window.note_panel.editor.toPlainText() == long_text
    rescue = tmp_path / "rescued.md"
    asked: list[str] = []
    with _answer_quit_dialog("Cancel", asked):
        window.close()
    assert window.isVisible()  # Cancel keeps the window and the text
    assert asked == ["Your note on EU Diaspora Facility could not be saved. It is still here."]
    chosen = (str(rescue), "")
    with (
        _answer_quit_dialog("Save to a file…"),
        patch.object(QFileDialog, "getSaveFileName", return_value=chosen),
    ):
        window.close()
    assert not window.isVisible()
    heading = f"# EU Diaspora Facility (initiative: {EU})"
    assert rescue.read_text(encoding="utf-8") == f"{heading}\n\n{long_text}\n"
    assert note_in_file(tmp_path / "notes", EU) == ""


def test_a_pfp_append_while_the_delegate_types_is_kept_with_every_keystroke(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, EU)
    type_note(qtbot, window, "Mine: ")
    leave_editor(window)
    pfp = [str(Path(sys.executable).parent / "pfp"), "--data-dir", str(tmp_path / "notes")]
    runs = [
        subprocess.Popen(
            [*pfp, "note", EU, "--append", f"cli-{n}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(8)
    ]
    typed = 0
    while any(run.poll() is None for run in runs):
        type_note(qtbot, window, "x")
        typed += 1
        qtbot.wait(150)  # saves happen each second while typing, as for a delegate
    type_note(qtbot, window, " end")
    leave_editor(window)
    errors = [run.communicate(timeout=120)[1] for run in runs]
    assert errors == [""] * 8 and [run.returncode for run in runs] == [0] * 8 and typed > 3
    paragraphs = note_in_file(tmp_path / "notes", EU).split("\n\n")
    assert paragraphs[0] == "Mine: " + "x" * typed + " end"
    assert sorted(paragraphs[1:]) == sorted(f"cli-{n}" for n in range(8))


def test_a_pfp_append_shows_in_the_open_note(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, EU)
    pfp = [str(Path(sys.executable).parent / "pfp"), "--data-dir", str(tmp_path / "notes")]
    subprocess.run([*pfp, "note", EU, "--append", "from the CLI"], check=True)
    qtbot.waitUntil(
        lambda: window.note_panel.editor.toPlainText() == "from the CLI", timeout=WATCH_MS + 2000
    )


def test_a_second_window_on_the_same_notes_is_read_only_and_follows_the_first(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    first = open_window()
    second = open_window()
    assert not first.banner.isVisible()
    assert second.banner.isVisible() and "already open" in second.banner.text()
    assert second.note_panel.editor.isReadOnly()
    assert not second.personal.actions["edit_note"].isEnabled()
    for window in (first, second):
        window.show_page(NodeKind.INITIATIVE, EU)
    type_note(qtbot, first, "Written in the first window")
    leave_editor(first)
    qtbot.waitUntil(
        lambda: second.note_panel.editor.toPlainText() == "Written in the first window",
        timeout=WATCH_MS + 2000,
    )
    first.close()
    second.close()
    third = open_window()  # the first window's lock is gone with it
    assert not third.banner.isVisible() and not third.note_panel.editor.isReadOnly()


def test_a_killed_windows_lock_does_not_make_the_next_one_read_only(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    child = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "pfp-desktop"),
            "--data-dir",
            str(notes),
            "--settings",
            str(tmp_path / "child.ini"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        qtbot.waitUntil(lambda: (notes / "pfp-desktop.lock").exists(), timeout=30000)
        held = open_window()
        assert held.banner.isVisible()  # a real second instance: read-only
        held.close()
    finally:
        child.kill()
        child.wait()
    after_crash = open_window()
    assert not after_crash.banner.isVisible()


def test_a_read_only_notes_folder_shows_the_notes_and_says_nothing_can_be_saved(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, mounts: Mounts
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, EU)
    type_note(qtbot, window, "Written before the folder became read-only")
    _close(window)
    mounts.read_only(tmp_path / "notes")
    again = open_window()
    again.show_page(NodeKind.INITIATIVE, EU)
    assert again.note_panel.editor.toPlainText() == "Written before the folder became read-only"
    assert again.banner.isVisible() and "cannot be written" in again.banner.text()
    assert again.note_panel.editor.isReadOnly()
    assert not again.personal.actions["star"].isEnabled()
    _close(again)
