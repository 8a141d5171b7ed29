"""Corrections of catalogue initiatives and the delegate's own initiatives: the dialogs, and the
undo commands they push (through the personal controller's stack)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from pfp_desktop.domain.personal import LOCAL_ID_PREFIX, LocalInitiative, Target
from pfp_desktop.ui.personal.dialogs import AddInitiativeDialog, CorrectionDialog
from pfp_desktop.ui.personal.undo_commands import (
    SAVE_ERRORS,
    AddInitiativeCommand,
    EditAdditionCommand,
    ServiceCommand,
    SetOverrideCommand,
)

if TYPE_CHECKING:
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal


class RecordEdits:
    """Edits of a whole record, each pushed as undoable commands with ``push``; ``refresh_all``
    redraws a record after one, ``report_failure`` says why one could not be stored."""

    def __init__(
        self,
        personal: Personal,
        catalogue: CatalogueService,
        window: QWidget,
        stack: QUndoStack,
        push: Callable[[ServiceCommand], bool],
        refresh_all: Callable[[Target], None],
        report_failure: Callable[[Exception], None],
    ) -> None:
        self.personal, self.catalogue, self.window, self.stack = personal, catalogue, window, stack
        self.push, self.refresh_all, self.report_failure = push, refresh_all, report_failure

    def correct(self, target: Target) -> None:
        if target.key.startswith(LOCAL_ID_PREFIX):
            self.edit_addition(target.key)
            return
        catalogue_item = self.catalogue.initiative(target.key)
        originals = {
            f: str(getattr(catalogue_item, f)) for f in ("title", "policy_challenge", "solution")
        }
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
        if not changed:
            return
        self.stack.beginMacro(
            QCoreApplication.translate("PersonalController", "Correct initiative")
        )
        for field, value in changed.items():
            self.push(
                SetOverrideCommand(
                    self.personal, self.refresh_all, initiative_id, field, value, originals[field]
                )
            )
        self.stack.endMacro()

    def revert_field(self, initiative_id: str, field: str) -> None:
        original = str(getattr(self.catalogue.initiative(initiative_id), field))
        self.push(
            SetOverrideCommand(
                self.personal, self.refresh_all, initiative_id, field, original, original
            )
        )

    def add_initiative(self) -> None:
        dialog = self._addition_dialog(None)
        if dialog.exec() and self._create_summit(dialog):
            self.push(AddInitiativeCommand(self.personal, self.refresh_all, dialog.initiative()))

    def _addition_dialog(self, existing: LocalInitiative | None) -> AddInitiativeDialog:
        return AddInitiativeDialog(
            self.catalogue.summits(),
            self.catalogue.sessions(),
            existing,
            self.window,
            local_summits=self.personal.additions.local_summits(),
            partner_names=[p.name for p in self.catalogue.partners()],
        )

    def _create_summit(self, dialog: AddInitiativeDialog) -> bool:
        """Store the new summit the dialog asks for, if any; False (and why, in the status
        bar) when it cannot be stored."""
        summit = dialog.new_summit()
        if summit is None:
            return True
        try:
            self.personal.additions.add_local_summit(summit, dialog.catalogue_numbers)
        except SAVE_ERRORS as exc:
            self.report_failure(exc)
            return False
        return True

    def edit_addition(self, initiative_id: str, delete: bool = False) -> None:
        old = self.personal.additions.get(initiative_id)
        if old is None:
            return
        if delete:
            self.push(EditAdditionCommand(self.personal, self.refresh_all, old, None))
            return
        dialog = self._addition_dialog(old)
        if dialog.exec() and self._create_summit(dialog):
            self.push(
                EditAdditionCommand(self.personal, self.refresh_all, old, dialog.initiative())
            )
