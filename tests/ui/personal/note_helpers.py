"""Typing in the note panel as a person does, and reading what is really stored."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pfp_desktop.storage.user_db import USER_DB_NAME
from pfp_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def type_note(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Key presses, one per character (QTest's keyClicks knows only ASCII)."""
    if not window.note_panel.is_editing():
        window.personal.actions["edit_note"].trigger()
    window.note_panel.editor.setFocus(Qt.FocusReason.MouseFocusReason)  # back in the editor
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            window.note_panel.editor,
            Qt.Key.Key_unknown,
            char,
            Qt.KeyboardModifier.NoModifier,
        )


def paste_note(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Ctrl+V of ``text`` into the note (how a long text arrives)."""
    if not window.note_panel.is_editing():
        window.personal.actions["edit_note"].trigger()
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(window.note_panel.editor, Qt.Key.Key_V, CTRL)


def stored_note(window: MainWindow) -> str:
    target = window.note_panel.target
    assert target is not None and window.personal.personal is not None
    return window.personal.personal.notes.text(target)


def note_in_file(data_dir: Path, key: str) -> str:
    """The note as the database file holds it, read by a connection of its own."""
    with closing(
        sqlite3.connect(f"{(data_dir / USER_DB_NAME).resolve().as_uri()}?mode=ro", uri=True)
    ) as connection:
        row = connection.execute("SELECT text FROM notes WHERE target_key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def leave_editor(window: MainWindow) -> None:
    """Move the keyboard focus to the tree, as a delegate does who is done typing (leaving
    the editor saves at once)."""
    window.tree.setFocus(Qt.FocusReason.TabFocusReason)
