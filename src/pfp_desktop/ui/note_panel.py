"""The note under the detail page: rendered Markdown to read, plain text to edit, saved as you
type (within a second), on leaving the editor, on switching records and on quit."""

from __future__ import annotations

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

from pfp_desktop.ui.detail_view import DetailView

if TYPE_CHECKING:  # the panel paints before the personal layer's types load
    from pfp_desktop.domain.personal import Target

SAVE_DELAY_MS = 1000  # the longest an edit waits before its durable commit


class NotePanel(QWidget):
    """Emits note_edited(target, old, new) when a change must be saved; tags_edited likewise."""

    note_edited = Signal(object, str, str)
    tags_edited = Signal(object, str)
    history_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: Target | None = None
        self._saved_text = ""
        self.viewer = DetailView()
        self.editor = QPlainTextEdit()
        self.stack = QStackedWidget()
        self.tags = QLineEdit()
        self.edit_button = QPushButton(self.tr("&Edit note"))
        self.history_button = QPushButton(self.tr("&History…"))
        self.status = QLabel()
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
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
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.tags)

    def _connect(self) -> None:
        self.editor.textChanged.connect(self._on_text_changed)
        self._timer.timeout.connect(self.commit)
        self.edit_button.clicked.connect(self.toggle_editing)
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.target))
        self.tags.editingFinished.connect(self._on_tags_finished)

    # -- showing a record ---------------------------------------------------------------------

    def set_target(self, target: Target | None, text: str, tags: tuple[str, ...]) -> None:
        """Show another record's note (the previous one is committed first)."""
        if target is not None and target == self.target:
            return  # the same record redrawn: keep the cursor and what is being typed
        self.commit()
        self.target = target
        self.setEnabled(target is not None)
        self._show_text(text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # continue where the note ends
        self.tags.setText(", ".join(tags))
        self._saved_tags = self.tags.text()
        self.status.clear()

    def _show_text(self, text: str) -> None:
        self._saved_text = text
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._render(text)

    def _render(self, text: str) -> None:
        features = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        no_html = QTextDocument.MarkdownFeature.MarkdownNoHTML  # a note never injects HTML
        document = self.viewer.document()
        document.setMarkdown(text or self.tr("*No note yet. Press Edit note to write one.*"),
                             features | no_html)  # fmt: skip

    def refresh_from_store(self, text: str, tags: tuple[str, ...]) -> None:
        """The stored note changed under us (undo, redo, restore): show it, keep the cursor."""
        self._timer.stop()
        cursor = self.editor.textCursor().position()
        at_end = cursor >= len(self.editor.toPlainText())
        self._show_text(text)
        moved = self.editor.textCursor()
        moved.setPosition(len(text) if at_end else min(cursor, len(text)))
        self.editor.setTextCursor(moved)
        self.tags.setText(", ".join(tags))
        self._saved_tags = self.tags.text()

    # -- editing and saving -------------------------------------------------------------------

    def toggle_editing(self) -> None:
        editing = self.stack.currentWidget() is self.editor
        if editing:
            self.commit()
            self._render(self._saved_text)
        self.stack.setCurrentWidget(self.viewer if editing else self.editor)
        self.edit_button.setText(self.tr("&Done") if not editing else self.tr("&Edit note"))
        if not editing:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_editing(self) -> bool:
        return self.stack.currentWidget() is self.editor

    def _on_text_changed(self) -> None:
        self.status.setText(self.tr("Editing…"))
        if not self._timer.isActive():  # not restarted: continuous typing still saves each second
            self._timer.start()

    def commit(self) -> None:
        """Hand any unsaved text over to be saved now."""
        self._timer.stop()
        text = self.editor.toPlainText()
        if self.target is not None and text != self._saved_text:
            old, self._saved_text = self._saved_text, text
            self.note_edited.emit(self.target, old, text)
            self.status.setText(self.tr("Saved"))

    def close_down(self) -> None:
        """Save what is pending and stop listening (the window is closing)."""
        self.commit()
        self._on_tags_finished()
        self._timer.stop()
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


def _is_undo_key(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )
