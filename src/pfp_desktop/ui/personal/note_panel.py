"""The note under the detail page: rendered Markdown to read, plain text to edit, saved as you
type (within a second), on leaving the editor, on switching records and on quit.

"Saved" is shown only once the commit returned. A save that fails keeps the text in the editor
(or, after a record switch, in memory), says why in plain words and is retried; the window asks
before a quit would drop it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pfp_desktop.ui.common.detail_view import DetailView
from pfp_desktop.ui.personal.note_saving import (
    RETRY_MS,
    PendingNotes,
    SaveOutcome,
    Saver,
    UnsavedNote,
)

if TYPE_CHECKING:  # the panel paints before the personal layer's types load
    from pfp_desktop.domain.personal import Target

SAVE_DELAY_MS = 1000  # the longest an edit waits before its durable commit


class NotePanel(QWidget):
    """Saves through the ``saver`` it is given (set_saver); emits tags_edited(target, text),
    and save_failed(message) / saved() as the save state changes."""

    # object: a Target (its module loads after the first paint, which this panel is part of)
    tags_edited = Signal(object, str)
    history_requested = Signal(object)
    save_failed = Signal(str)
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: Target | None = None
        self.saver: Saver | None = None
        self.pending = PendingNotes()
        self._saved_text = ""
        self._failure = ""  # why the text on show is not saved ("" when it is)
        self.warning = QLabel()
        self.viewer = DetailView()
        self.editor = QPlainTextEdit()
        self.stack = QStackedWidget()
        self.tags = QLineEdit()
        self.edit_button = QPushButton(self.tr("&Edit note"))
        self.history_button = QPushButton(self.tr("&History…"))
        self.status = QLabel()
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._build()
        self._connect()
        self.set_target(None, "", ())

    def _build(self) -> None:
        self.setObjectName("notePanel")
        title = QLabel(self.tr("<b>Your note</b>"))
        header = QHBoxLayout()
        for widget in (title, self.status):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.edit_button)
        header.addWidget(self.history_button)
        self.viewer.setAccessibleName(self.tr("Your note"))
        self.viewer.setAccessibleDescription(
            self.tr("Your note, formatted. Press Edit to change it.")
        )
        self.editor.setAccessibleName(self.tr("Edit your note"))
        self.editor.setAccessibleDescription(self.tr("Markdown. Saved as you type."))
        self.editor.setPlaceholderText(
            self.tr("Write a note in Markdown: **bold**, *italic*, - lists")
        )
        self.editor.setUndoRedoEnabled(False)  # Ctrl+Z belongs to the app-wide undo stack
        self.editor.installEventFilter(self)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.stack.addWidget(self.viewer)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(header)
        self.warning.setObjectName("noteWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setAccessibleName(self.tr("Why the note is not saved"))
        self.warning.setStyleSheet(
            "QLabel#noteWarning { background: #fff4ce; color: #3b2300;"
            " border: 1px solid #c19c00; padding: 4px; }"
        )
        self.warning.hide()
        layout.addWidget(self.warning)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.tags)

    def _connect(self) -> None:
        self.editor.textChanged.connect(self._on_text_changed)
        self._timer.timeout.connect(self.commit)
        self._retry.timeout.connect(self.retry)
        self.edit_button.clicked.connect(self.toggle_editing)
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.target))
        self.tags.editingFinished.connect(self._on_tags_finished)

    # -- showing a record ---------------------------------------------------------------------

    def set_saver(self, saver: Saver | None) -> None:
        self.saver = saver

    def set_read_only(self, read_only: bool) -> None:
        """Another window has these notes open: they are shown, not edited, here."""
        self.editor.setReadOnly(read_only)
        self.tags.setReadOnly(read_only)
        self.edit_button.setEnabled(not read_only)
        if read_only and self.is_editing():
            self.toggle_editing()

    def set_target(self, target: Target | None, text: str, tags: tuple[str, ...]) -> None:
        """Show another record's note. The previous one is saved first; if it cannot be, its
        text is kept in memory and retried, and comes back if the delegate returns to it."""
        if target is not None and target == self.target:
            return  # the same record redrawn: keep the cursor and what is being typed
        if not self.commit() and self.target is not None:
            self.pending.keep(
                UnsavedNote(self.target, self._saved_text, self.editor.toPlainText(), self._failure)
            )
        self.target = target
        self.setEnabled(target is not None)
        unsaved = self.pending.take(target) if target is not None else None
        self._show_text(unsaved.base if unsaved else text)
        self._set_failure("")
        if unsaved is not None:  # back on a note that is not saved yet: the typed text returns
            self._replace_editor_text(unsaved.text)
            self._set_failure(unsaved.reason)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # continue where the note ends
        self.tags.setText(", ".join(tags))
        self._saved_tags = self.tags.text()
        if unsaved is None:
            self.status.clear()

    def _show_text(self, text: str) -> None:
        self._saved_text = text
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._render(text)

    def _replace_editor_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)

    def _render(self, text: str) -> None:
        features = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        no_html = QTextDocument.MarkdownFeature.MarkdownNoHTML  # a note never injects HTML
        document = self.viewer.document()
        document.setMarkdown(
            text or self.tr("*No note yet. Press Edit note to write one.*"), features | no_html
        )

    def refresh_from_store(self, text: str, tags: tuple[str, ...], elsewhere: bool = False) -> None:
        """The stored note changed under us: show it, keep the cursor. After an undo, redo or
        restore a cursor at the end stays at the end; after a change made ``elsewhere`` (an
        append by another program) it stays on the delegate's own words."""
        self._timer.stop()
        self._keep_cursor_while(lambda: self._show_text(text), follow_end=not elsewhere)
        self.tags.setText(", ".join(tags))
        self._saved_tags = self.tags.text()

    def _keep_cursor_while(self, change: Callable[[], None], follow_end: bool = False) -> None:
        before, position = self.editor.toPlainText(), self.editor.textCursor().position()
        change()
        after = self.editor.toPlainText()
        moved = self.editor.textCursor()
        at_end = follow_end and position >= len(before)
        moved.setPosition(len(after) if at_end else mapped_position(before, after, position))
        self.editor.setTextCursor(moved)

    # -- editing and saving -------------------------------------------------------------------

    def toggle_editing(self) -> None:
        editing = self.stack.currentWidget() is self.editor
        if editing:
            self.commit()
            self._render(self.editor.toPlainText())  # what was typed, saved or not (see warning)
        self.stack.setCurrentWidget(self.viewer if editing else self.editor)
        self.edit_button.setText(self.tr("&Done") if not editing else self.tr("&Edit note"))
        if not editing:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_editing(self) -> bool:
        return self.stack.currentWidget() is self.editor

    def _on_text_changed(self) -> None:
        if not self._failure:
            self.status.setText(self.tr("Editing…"))
        # Not restarted: continuous typing still saves each second. While saves fail, the
        # retry timer takes over (a busy database would otherwise stall typing every second).
        if not self._timer.isActive() and not self._retry.isActive():
            self._timer.start()

    def is_dirty(self) -> bool:
        """Whether the editor holds text that is not stored."""
        return self.target is not None and self.editor.toPlainText() != self._saved_text

    def commit(self) -> bool:
        """Save any unsaved text now. True when everything on show is stored."""
        self._timer.stop()
        text = self.editor.toPlainText()
        if self.target is None or text == self._saved_text:
            return True
        if self.saver is None:
            self._set_failure(self.tr("Notes are off: the notes database could not be opened."))
            return False
        outcome = self.saver(self.target, self._saved_text, text)
        self._take(outcome, text)
        return outcome.saved

    def _take(self, outcome: SaveOutcome, typed: str) -> None:
        if not outcome.saved:
            self._set_failure(outcome.message)
            if outcome.retry:
                self._retry.start()
            return
        self._saved_text = outcome.text
        if outcome.text != typed:  # merged with a change made elsewhere: show the whole note
            self._keep_cursor_while(lambda: self._replace_editor_text(outcome.text))
        self._set_failure("")
        self.status.setText(outcome.message)
        self.saved.emit()

    def _set_failure(self, message: str) -> None:
        self._failure = message
        self.warning.setText(message)
        self.warning.setVisible(bool(message))
        if message:
            self.status.setText(self.tr("Not saved"))
            self.save_failed.emit(message)

    def retry(self) -> None:
        """Try the unsaved texts again: the one on show, and those of records left behind."""
        if self.saver is not None:
            self.pending.retry(self.saver)
        if not self.commit() or len(self.pending):
            self._retry.start()

    def unsaved(self) -> list[UnsavedNote]:
        """Every text typed that is not stored (after one more try)."""
        self.retry()
        notes = list(self.pending)
        if self.target is not None and self.is_dirty():
            notes.append(
                UnsavedNote(self.target, self._saved_text, self.editor.toPlainText(), self._failure)
            )
        return notes

    def close_down(self) -> None:
        """Stop saving and listening (the window is closing; unsaved() was asked first)."""
        self._on_tags_finished()
        self._timer.stop()
        self._retry.stop()
        self.target = None

    def _on_tags_finished(self) -> None:
        if self.target is not None and self.tags.text() != self._saved_tags:
            self._saved_tags = self.tags.text()
            self.tags_edited.emit(self.target, self.tags.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.editor:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        if isinstance(event, QKeyEvent) and _is_undo_key(event):
            # Undo and redo keys belong to the window's undo stack, not to the text editor.
            event.ignore()
            return event.type() == QEvent.Type.ShortcutOverride
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.toggle_editing()
            return True
        return super().eventFilter(watched, event)


def mapped_position(before: str, after: str, position: int) -> int:
    """Where ``position`` in ``before`` is in ``after``: unchanged in the text the two share at
    the start, moved by the difference in the text they share at the end."""
    prefix = _shared_start(before, after)
    if position <= prefix:
        return position
    room = min(len(before), len(after)) - prefix
    suffix = _shared_start(before[::-1], after[::-1])
    if position >= len(before) - min(suffix, room):
        return position + len(after) - len(before)
    return min(position, len(after))


def _shared_start(first: str, second: str) -> int:
    """How many characters the two strings share at the start (slices compare at C speed)."""
    low, high = 0, min(len(first), len(second))
    while low < high:
        middle = (low + high + 1) // 2
        if first[:middle] == second[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _is_undo_key(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )
