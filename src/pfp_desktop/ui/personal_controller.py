"""Wires the personal layer into the window: the note panel, the undo stack, the Edit menu,
and the File menu's export, import and backup."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.domain.personal import LOCAL_ID_PREFIX, Target, TargetKind
from pfp_desktop.ui import personal_files
from pfp_desktop.ui.note_panel import NotePanel
from pfp_desktop.ui.personal_dialogs import AddInitiativeDialog, CorrectionDialog, NoteHistoryDialog
from pfp_desktop.ui.undo_commands import (
    AddInitiativeCommand,
    EditAdditionCommand,
    EditNoteCommand,
    SetOverrideCommand,
    SetStarCommand,
    SetTagsCommand,
)

if TYPE_CHECKING:
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal

TARGET_KINDS = {
    NodeKind.INITIATIVE: TargetKind.INITIATIVE,
    NodeKind.SUMMIT: TargetKind.SUMMIT,
    NodeKind.PARTNER: TargetKind.PARTNER,
}


def tr(text: str) -> str:
    return QCoreApplication.translate("PersonalController", text)


class PersonalController(QObject):
    """Owns the undo stack; every personal edit goes through it as one small command."""

    def __init__(self, window: QMainWindow, panel: NotePanel, repaint: Callable[[bool], None]):
        super().__init__(window)
        self.window, self.panel, self.repaint = window, panel, repaint
        self.personal: Personal | None = None
        self.catalogue: CatalogueService | None = None
        self.stack = QUndoStack(self)
        self.actions = self._create_actions()
        self.panel.note_edited.connect(self._on_note_edited)
        self.panel.tags_edited.connect(self._on_tags_edited)
        self.panel.history_requested.connect(lambda _t: self.show_history())
        self.stack.indexChanged.connect(lambda _i: self._update_actions())
        self.set_page(None, "")

    # -- setup ------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], *keys: str) -> QAction:
        action = QAction(tr(text), self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _create_actions(self) -> dict[str, QAction]:
        undo = self.stack.createUndoAction(self.window, tr("&Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.stack.createRedoAction(self.window, tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            self.window.addAction(action)
        return {
            "undo": undo,
            "redo": redo,
            "edit_note": self._action("&Edit note", self.panel.toggle_editing, "Ctrl+E"),
            "history": self._action("Note &history…", self.show_history, "Ctrl+H"),
            "star": self._action("&Star", self.toggle_star, "Ctrl+T"),
            "correct": self._action("&Correct this initiative…", self.correct, "Ctrl+Shift+E"),
            "add": self._action("&Add an initiative…", self.add_initiative, "Ctrl+N"),
            "export": self._action("&Export notes…", self._export, "Ctrl+Shift+X"),
            "import": self._action("&Import notes…", self._import, "Ctrl+Shift+I"),
            "backup": self._action("&Back up notes now", self._backup),
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
        self.personal, self.catalogue = personal, catalogue
        self._update_actions()

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
        for name in ("edit_note", "history", "add", "export", "import", "backup"):
            self.actions[name].setEnabled(enabled)
        self.actions["star"].setEnabled(enabled and is_initiative)
        self.actions["correct"].setEnabled(enabled and is_initiative)
        if enabled and is_initiative and target is not None and self.personal is not None:
            starred = self.personal.flags.flags(target).starred
            self.actions["star"].setText(tr("Remove &star") if starred else tr("&Star"))

    # -- edits: each one command --------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)  # push() runs the command's redo(): the save is durable here
        self.window.statusBar().showMessage(tr("Saved"), 3000)

    def refresh_note(self, target: Target) -> None:
        if self.personal is not None and self.panel.target == target:
            flags = self.personal.flags.flags(target)
            self.panel.refresh_from_store(self.personal.notes.text(target), flags.tags)

    def refresh_all(self, target: Target) -> None:
        self.refresh_note(target)
        self.repaint(True)
        self._update_actions()

    def _on_note_edited(self, target: Target, old: str, new: str) -> None:
        if self.personal is not None:
            self.push(EditNoteCommand(self.personal, self.refresh_note, target, old, new))

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
            self.push(EditNoteCommand(self.personal, self.refresh_note, target, old,
                                      revision.text, text="Restore note version"))  # fmt: skip

    def correct(self) -> None:
        target = self.panel.target
        if self.personal is None or self.catalogue is None or target is None:
            return
        if target.key.startswith(LOCAL_ID_PREFIX):
            self.edit_addition(target.key)
            return
        catalogue_item = self.catalogue.initiative(target.key)
        originals = {f: str(getattr(catalogue_item, f)) for f in ("title", "policy_challenge",
                                                                   "solution")}  # fmt: skip
        overrides = self.personal.corrections.overrides_for(target.key)
        current = {f: overrides[f].value if f in overrides else v for f, v in originals.items()}
        dialog = CorrectionDialog(current, self.window)
        if not dialog.exec():
            return
        changed = {f: v for f, v in dialog.values().items() if v != current[f]}
        self._push_corrections(target.key, changed, originals)

    def _push_corrections(
        self, initiative_id: str, changed: dict[str, str], originals: dict[str, str]
    ) -> None:
        if not changed or self.personal is None:
            return
        self.stack.beginMacro(tr("Correct initiative"))
        for field, value in changed.items():
            self.push(SetOverrideCommand(self.personal, self.refresh_all, initiative_id, field,
                                         value, originals[field]))  # fmt: skip
        self.stack.endMacro()

    def revert_field(self, initiative_id: str, field: str) -> None:
        if self.personal is None or self.catalogue is None:
            return
        original = str(getattr(self.catalogue.initiative(initiative_id), field))
        self.push(SetOverrideCommand(self.personal, self.refresh_all, initiative_id, field,
                                     original, original))  # fmt: skip

    def add_initiative(self) -> None:
        if self.personal is None or self.catalogue is None:
            return
        dialog = AddInitiativeDialog(self.catalogue.summits(), self.catalogue.sessions(),
                                     parent=self.window)  # fmt: skip
        if dialog.exec():
            self.push(AddInitiativeCommand(self.personal, self.refresh_all, dialog.initiative()))

    def edit_addition(self, initiative_id: str, delete: bool = False) -> None:
        if self.personal is None or self.catalogue is None:
            return
        old = self.personal.additions.get(initiative_id)
        if old is None:
            return
        if delete:
            self.push(EditAdditionCommand(self.personal, self.refresh_all, old, None))
            return
        dialog = AddInitiativeDialog(self.catalogue.summits(), self.catalogue.sessions(), old,
                                     self.window)  # fmt: skip
        if dialog.exec():
            self.push(
                EditAdditionCommand(self.personal, self.refresh_all, old, dialog.initiative())
            )

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
                self.repaint(True)

    def _backup(self) -> None:
        if self.personal:
            personal_files.backup(self.window, self.personal)

    def _page(self) -> tuple[NodeKind | None, str]:
        target = self.panel.target
        if target is None:
            return None, ""
        kinds = {v: k for k, v in TARGET_KINDS.items()}
        return kinds[target.kind], target.key
