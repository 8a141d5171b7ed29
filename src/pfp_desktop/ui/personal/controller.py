"""Wires the personal layer into the window: the note panel, the undo stack, the Edit menu,
and the File menu's export, import and backup."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.domain.personal import (
    Target,
    TargetKind,
    WriteFailedError,
)
from pfp_desktop.ui.common.changes import PAGE_AND_GROUPS, Changes
from pfp_desktop.ui.personal import files as personal_files
from pfp_desktop.ui.personal.dialogs import NoteHistoryDialog
from pfp_desktop.ui.personal.note_panel import NotePanel
from pfp_desktop.ui.personal.note_saving import SaveOutcome
from pfp_desktop.ui.personal.record_edits import RecordEdits
from pfp_desktop.ui.personal.save_messages import not_saved_message, saved_message
from pfp_desktop.ui.personal.undo_commands import (
    SAVE_ERRORS,
    EditNoteCommand,
    ServiceCommand,
    SetStarCommand,
    SetTagsCommand,
)

if TYPE_CHECKING:
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.ui.common.instance_lock import InstanceLock

WRITE_WAIT_MS = 250  # the longest a save may hold the window up waiting for another writer
WATCH_MS = 2000  # how often the note on show is compared with what is stored (other writers)
TARGET_KINDS = {
    NodeKind.INITIATIVE: TargetKind.INITIATIVE,
    NodeKind.SUMMIT: TargetKind.SUMMIT,
    NodeKind.PARTNER: TargetKind.PARTNER,
}


def read_only_text(folder_read_only: bool = False) -> str:
    if folder_read_only:
        return QCoreApplication.translate(
            "PersonalController",
            "Your notes folder cannot be written (a read-only folder or file). Your notes are "
            "shown, but nothing you change can be saved; start with --data-dir to choose "
            "another folder.",
        )
    return QCoreApplication.translate(
        "PersonalController",
        "PfP Desktop is already open with these notes in another window. This window shows "
        "them read-only and follows the changes made there; write in the other window.",
    )


class PersonalController(QObject):
    """Owns the undo stack; every personal edit goes through it as one small command."""

    changed = Signal(Changes)  # what an edit, an undo or an import touched

    def __init__(self, window: QMainWindow, panel: NotePanel):
        super().__init__(window)
        self.window, self.panel = window, panel
        self.personal: Personal | None = None
        self.catalogue: CatalogueService | None = None
        self.stack = QUndoStack(self)
        self.actions = self._create_actions()
        self.read_only = False
        self._lock: InstanceLock | None = None
        self.panel.set_saver(self._save_note)
        self._watch = QTimer(self, interval=WATCH_MS)
        self._watch.timeout.connect(self._follow_other_writers)
        self.panel.tags_edited.connect(self._on_tags_edited)
        self.panel.history_requested.connect(lambda _t: self.show_history())
        self.stack.indexChanged.connect(lambda _i: self._update_actions())
        self.set_page(None, "")

    # -- setup ------------------------------------------------------------------------------

    def _action(self, text: object, slot: Callable[[], object], *keys: str) -> QAction:
        action = QAction(QCoreApplication.translate("PersonalController", str(text)), self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _create_actions(self) -> dict[str, QAction]:
        undo = self.stack.createUndoAction(
            self.window, QCoreApplication.translate("PersonalController", "&Undo")
        )
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.stack.createRedoAction(
            self.window, QCoreApplication.translate("PersonalController", "&Redo")
        )
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            self.window.addAction(action)
        return {
            "undo": undo,
            "redo": redo,
            "edit_note": self._action(
                QT_TRANSLATE_NOOP("PersonalController", "&Edit note"),
                self.panel.toggle_editing,
                "Ctrl+E",
            ),
            "history": self._action(
                QT_TRANSLATE_NOOP("PersonalController", "Note &history…"),
                self.show_history,
                "Ctrl+H",
            ),
            "star": self._action(
                QT_TRANSLATE_NOOP("PersonalController", "&Star"), self.toggle_star, "Ctrl+T"
            ),
            "correct": self._action(
                QT_TRANSLATE_NOOP("PersonalController", "&Correct this initiative…"),
                self.correct,
                "Ctrl+Shift+E",
            ),
            "add": self._action(
                QT_TRANSLATE_NOOP("PersonalController", "&Add an initiative…"),
                self.add_initiative,
                "Ctrl+N",
            ),
            "export": self._action(
                QT_TRANSLATE_NOOP("PersonalController", "&Export notes…"),
                self._export,
                "Ctrl+Shift+X",
            ),
            "import": self._action(
                QT_TRANSLATE_NOOP("PersonalController", "&Import notes…"),
                self._import,
                "Ctrl+Shift+I",
            ),
            "backup": self._action(
                QT_TRANSLATE_NOOP("PersonalController", "&Back up notes now"), self._backup
            ),
        }

    def install_menus(self, file_menu: QMenu, edit: QMenu) -> None:
        a = self.actions
        edit.addActions([a["undo"], a["redo"]])
        edit.addSeparator()
        edit.addActions([a["edit_note"], a["history"], a["star"], a["correct"], a["add"]])
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertActions(first, [a["export"], a["import"], a["backup"]])  # type: ignore[arg-type]
        file_menu.insertSeparator(first)  # type: ignore[arg-type]

    def attach(self, personal: Personal | None, catalogue: CatalogueService) -> None:
        from pfp_desktop.services.writing import set_write_wait

        set_write_wait(WRITE_WAIT_MS)  # this process is the window: never freeze for long
        self.personal, self.catalogue = personal, catalogue
        self._update_actions()
        if personal is not None:
            self._watch.start()

    def claim_notes(self) -> bool:
        """Take the data folder's window lock. When another window holds it, these notes are
        shown read-only (and followed as the other window saves them). True if writable."""
        from pfp_desktop.ui.common.instance_lock import InstanceLock

        if self.personal is None or self._lock is not None:
            return not self.read_only  # no notes, or claimed already (a catalogue reopened)
        if self.personal.user.read_only:
            self.set_read_only(True)
            return False
        self._lock = InstanceLock(self.personal.user.data_dir)
        self.set_read_only(not self._lock.acquire())
        return not self.read_only

    def set_read_only(self, read_only: bool) -> None:
        """Another window has these notes open: show them, change nothing."""
        self.read_only = read_only
        self.panel.set_read_only(read_only)
        self._update_actions()

    def release_notes(self) -> None:
        if self._lock is not None:
            self._lock.release()

    # -- the page on show -------------------------------------------------------------------

    def set_page(self, kind: NodeKind | None, key: str) -> None:
        """The window shows another page: its note (if it can have one) goes in the panel."""
        target_kind = TARGET_KINDS.get(kind) if kind else None
        target = Target(target_kind, key) if target_kind else None
        if self.personal is None or target is None:
            self.panel.set_target(None, "", ())
        else:
            text = self.personal.notes.text(target)
            self.panel.set_target(target, text, self.personal.flags.flags(target).tags)
        self._update_actions()

    def _update_actions(self) -> None:
        target = self.panel.target
        is_initiative = target is not None and target.kind is TargetKind.INITIATIVE
        enabled = self.personal is not None
        for name in ("history", "export", "backup"):
            self.actions[name].setEnabled(enabled)
        enabled = enabled and not self.read_only
        for name in ("edit_note", "add", "import"):
            self.actions[name].setEnabled(enabled)
        self.actions["star"].setEnabled(enabled and is_initiative)
        self.actions["correct"].setEnabled(enabled and is_initiative)
        if enabled and is_initiative and target is not None and self.personal is not None:
            starred = self.personal.flags.flags(target).starred
            self.actions["star"].setText(
                QCoreApplication.translate("PersonalController", "Remove &star")
                if starred
                else QCoreApplication.translate("PersonalController", "&Star")
            )

    # -- edits: each one command --------------------------------------------------------------

    def push(self, command: ServiceCommand) -> bool:
        """Run the edit's first step, then (if it was saved) put it on the undo stack."""
        if self.read_only:
            self.window.statusBar().showMessage(read_only_text())
            return False
        command.report = self.report_failure
        try:
            command.apply()
        except SAVE_ERRORS as exc:
            self.report_failure(exc)
            command.refresh(command.target)  # show what is really stored
            return False
        command.applied = True  # the stack's push() calls redo(), which has nothing left to do
        self.stack.push(command)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("PersonalController", "Saved"), 3000
        )
        self.back_up(on_quit=False)
        return True

    def back_up(self, on_quit: bool) -> None:
        """A backup after edits (at most hourly) or at quit. One that cannot be written is a
        warning: the edits themselves are saved."""
        from pfp_desktop.services.user_data import BackupError, backup_if_due, backup_on_quit

        if self.personal is None or self.read_only:
            return
        try:
            (backup_on_quit if on_quit else backup_if_due)(self.personal.user)
        except BackupError as exc:
            message = QCoreApplication.translate(
                "PersonalController",
                "Your edits are saved, but a backup of them could not be made: {reason}",
            )
            self.window.statusBar().showMessage(message.format(reason=exc), 10000)

    def report_failure(self, exc: Exception) -> None:
        """An edit that was not saved: the status bar says why until the next save."""
        self.window.statusBar().showMessage(not_saved_message(exc))

    def refresh_note(self, target: Target) -> None:
        if self.personal is not None and self.panel.target == target:
            text = self.personal.notes.text(target)
            if text == self.panel.editor.toPlainText():
                return  # already on show (the panel's own save): keep the view as it is
            flags = self.personal.flags.flags(target)
            self.panel.refresh_from_store(text, flags.tags)

    def refresh_all(self, target: Target) -> None:
        self.refresh_note(target)
        self.changed.emit(PAGE_AND_GROUPS)
        self._update_actions()

    def _save_note(self, target: Target, base: str, text: str) -> SaveOutcome:
        """The note panel's saver: commit, then put the edit on the undo stack."""
        if self.personal is None or self.read_only:
            return SaveOutcome(False, text, read_only_text())
        try:
            saved = self.personal.notes.save_edit(target, base, text)
        except SAVE_ERRORS as exc:
            message = not_saved_message(exc, len(text))
            self.window.statusBar().showMessage(message)
            return SaveOutcome(False, text, message, retry=isinstance(exc, WriteFailedError))
        command = EditNoteCommand(self.personal, self.refresh_note, target, base, saved.text)
        command.report, command.applied = self.report_failure, True
        self.stack.push(command)
        message = saved_message(saved.merged, saved.overlapped)
        self.window.statusBar().showMessage(message, 3000)
        self.back_up(on_quit=False)
        return SaveOutcome(True, saved.text, message)

    def _follow_other_writers(self) -> None:
        """A note changed by someone else (a pfp command, another window) is shown at once,
        unless the delegate is typing in it: their next save merges both."""
        target = self.panel.target
        if self.personal is None or target is None or self.panel.is_dirty():
            return
        try:
            stored = self.personal.notes.text(target)
        except Exception:  # a read that failed (busy, damaged): the next tick tries again
            return
        if stored != self.panel.editor.toPlainText():
            tags = self.personal.flags.flags(target).tags
            self.panel.refresh_from_store(stored, tags, elsewhere=True)
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "PersonalController", "This note was changed elsewhere: updated"
                ),
                5000,
            )

    def _on_tags_edited(self, target: Target, text: str) -> None:
        if self.personal is None:
            return
        old = self.personal.flags.flags(target).tags
        new = [t for t in text.split(",") if t.strip()]
        self.push(SetTagsCommand(self.personal, self.refresh_all, target, old, new))

    def toggle_star(self) -> None:
        target = self.panel.target
        if self.personal is None or target is None:
            return
        starred = not self.personal.flags.flags(target).starred
        self.push(SetStarCommand(self.personal, self.refresh_all, target, starred))

    def show_history(self) -> None:
        target = self.panel.target
        if self.personal is None or target is None:
            return
        self.panel.commit()
        dialog = NoteHistoryDialog(self.personal.notes.history(target), self.window)
        chosen = dialog.chosen_revision() if dialog.exec() else None
        revision = next((r for r in self.personal.notes.history(target) if r.id == chosen), None)
        if revision is not None:
            old = self.personal.notes.text(target)
            command = EditNoteCommand(
                self.personal,
                self.refresh_note,
                target,
                old,
                revision.text,
                text=QCoreApplication.translate("PersonalController", "Restore note version"),
            )
            command.shown_by_editor = False  # chosen in a dialog: the panel must show it
            self.push(command)

    def _records(self) -> RecordEdits | None:
        if self.personal is None or self.catalogue is None:
            return None
        return RecordEdits(
            self.personal,
            self.catalogue,
            self.window,
            self.stack,
            self.push,
            self.refresh_all,
            self.report_failure,
        )

    def correct(self) -> None:
        records, target = self._records(), self.panel.target
        if records is not None and target is not None:
            records.correct(target)

    def revert_field(self, initiative_id: str, field: str) -> None:
        if (records := self._records()) is not None:
            records.revert_field(initiative_id, field)

    def add_initiative(self) -> None:
        if (records := self._records()) is not None:
            records.add_initiative()

    def edit_addition(self, initiative_id: str, delete: bool = False) -> None:
        if (records := self._records()) is not None:
            records.edit_addition(initiative_id, delete)

    # -- files --------------------------------------------------------------------------------

    def _export(self) -> None:
        if self.personal and self.catalogue:
            self.panel.commit()
            personal_files.export_notes(self.window, self.personal, self.catalogue)

    def _import(self) -> None:
        if self.personal and self.catalogue:
            self.panel.commit()
            if personal_files.import_notes(self.window, self.personal, self.catalogue):
                self.stack.clear()  # imported data is not an undoable edit
                self.set_page(*self._page())
                self.changed.emit(PAGE_AND_GROUPS)

    def _backup(self) -> None:
        if self.personal:
            personal_files.backup(self.window, self.personal)

    def _page(self) -> tuple[NodeKind | None, str]:
        target = self.panel.target
        if target is None:
            return None, ""
        kinds = {v: k for k, v in TARGET_KINDS.items()}
        return kinds[target.kind], target.key
