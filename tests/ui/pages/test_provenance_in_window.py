"""Provenance in the window: a quiet "Source" line under the content that a click opens to
the full evidence and original wording, and closes again; the summit's confidence a badge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def _text(window: MainWindow) -> str:
    return window.details.toPlainText().strip()


def _click_words(qtbot: QtBot, window: MainWindow, words: str) -> None:
    """Scroll the words into view and click them with the mouse, as a reader would."""
    details = window.details
    found = details.document().find(words, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), words
    middle = QTextCursor(details.document())
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    details.setTextCursor(middle)
    details.ensureCursorVisible()
    point = details.cursorRect(middle).center()
    qtbot.mouseClick(details.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_source_line_opens_and_closes_the_evidence(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    text = _text(window)
    assert "Sits between" not in text and "lines 30, 32" not in text
    assert text.index("summit inferred") < text.index("Policy challenge")
    assert text.splitlines()[-1].startswith("Source: gfmd-pfp-sessions.txt · 1 correction")
    _click_words(qtbot, window, "evidence and original wording")
    text = _text(window)
    assert "Attribution inferred: Sits between" in text and "‘TThe dialogue’" in text
    assert "Source: gfmd-pfp-sessions.txt, lines 30, 32, 34, 35." in text
    _click_words(qtbot, window, "hide the evidence")
    assert "Sits between" not in _text(window)
