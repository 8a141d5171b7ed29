"""Every edit of personal data is one small QUndoCommand whose redo and undo each call one
service function; ``refresh`` tells the window what changed so it can redraw.

The window runs a command's first step itself (``PersonalController.push``), before the undo
stack hears of it: a save that fails is then reported and never enters the stack, and the
stack's own first redo() is skipped. A later undo or redo that fails is reported through
``report`` (set by the window) instead of being raised into Qt, and the page is redrawn from
what is really stored."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from pfp_desktop.domain.personal import (
    FieldOverride,
    LocalInitiative,
    PersonalDataError,
    Target,
    TargetKind,
    WriteFailedError,
)

if TYPE_CHECKING:  # imported with the catalogue, after the first paint
    from pfp_desktop.services.personal import Personal

Refresh = Callable[[Target], None]
Report = Callable[[Exception], None]
FIELD_NAMES = {  # "Correct title" etc. in the Edit menu's Undo item
    "title": QT_TRANSLATE_NOOP("UndoCommands", "title"),
    "policy_challenge": QT_TRANSLATE_NOOP("UndoCommands", "policy challenge"),
    "solution": QT_TRANSLATE_NOOP("UndoCommands", "solution"),
}
MERGE_WINDOW_S = 10.0  # keystroke bursts on one note within this many seconds undo together
NOTE_EDIT_ID = 1
SAVE_ERRORS = (WriteFailedError, PersonalDataError)


def _raise(exc: Exception) -> None:
    raise exc


class ServiceCommand(QUndoCommand):
    """A command whose apply() and revert() each call one service function."""

    def __init__(self, text: str, personal: Personal, refresh: Refresh, target: Target) -> None:
        super().__init__(text)
        self.personal, self.refresh, self.target = personal, refresh, target
        self.report: Report = _raise
        self.applied = False  # apply() already ran (in push): the first redo() has nothing to do

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        first, self.applied = self.applied, False
        if not first:
            self._run(self.apply)
        if not (first and self.shown_by_editor):
            self.refresh(self.target)

    shown_by_editor = False  # the first step came from an editor that already shows its result

    def undo(self) -> None:
        self._run(self.revert)
        self.refresh(self.target)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except SAVE_ERRORS as exc:
            self.report(exc)


class EditNoteCommand(ServiceCommand):
    """A note edit, already saved by the note panel (``old`` -> ``new``, as stored). Undo and
    redo merge with any change someone else made meanwhile, like every note save."""

    def __init__(
        self,
        personal: Personal,
        refresh: Refresh,
        target: Target,
        old: str,
        new: str,
        text: str | None = None,
    ) -> None:
        text = text or QCoreApplication.translate("UndoCommands", "Edit note")
        super().__init__(text, personal, refresh, target)
        self.old, self.new = old, new
        self.at = time.monotonic()
        self.shown_by_editor = True  # the note panel saved it, and shows what was stored

    def apply(self) -> None:
        self.new = self.personal.notes.save_edit(self.target, self.old, self.new).text

    def revert(self) -> None:
        self.old = self.personal.notes.save_edit(self.target, self.new, self.old, "undo").text

    def id(self) -> int:
        return NOTE_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNoteCommand) or other.target != self.target:
            return False
        if other.at - self.at > MERGE_WINDOW_S or other.text() != self.text():
            return False
        self.new, self.at = other.new, other.at
        return True


class SetOverrideCommand(ServiceCommand):
    """Correct one field locally (or, with value == catalogue text, revert it)."""

    def __init__(
        self,
        personal: Personal,
        refresh: Refresh,
        initiative_id: str,
        field: str,
        value: str,
        catalogue_value: str,
    ) -> None:
        target = Target(TargetKind.INITIATIVE, initiative_id)
        what = QCoreApplication.translate("UndoCommands", str(FIELD_NAMES.get(field, field)))
        text = QCoreApplication.translate("UndoCommands", "Correct {field}").format(field=what)
        super().__init__(text, personal, refresh, target)
        self.initiative_id, self.field = initiative_id, field
        self.value, self.catalogue_value = value, catalogue_value
        self.previous: FieldOverride | None = None

    def apply(self) -> None:
        self.previous = self.personal.corrections.overrides_for(self.initiative_id).get(self.field)
        self.personal.corrections.set_override(
            self.initiative_id, self.field, self.value, self.catalogue_value
        )

    def revert(self) -> None:
        if self.previous is None:
            self.personal.corrections.revert(self.initiative_id, self.field)
        else:
            self.personal.corrections.restore(self.previous)


class AddInitiativeCommand(ServiceCommand):
    def __init__(self, personal: Personal, refresh: Refresh, item: LocalInitiative) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Add initiative"),
            personal,
            refresh,
            Target(TargetKind.INITIATIVE, item.id),
        )
        self.item = item

    def apply(self) -> None:
        self.item = self.personal.additions.add(self.item)  # keeps its id on redo after undo
        self.target = Target(TargetKind.INITIATIVE, self.item.id)

    def revert(self) -> None:
        self.personal.additions.delete(self.item.id)


class EditAdditionCommand(ServiceCommand):
    """Change (``new`` given) or delete (``new`` None) an added initiative."""

    def __init__(
        self,
        personal: Personal,
        refresh: Refresh,
        old: LocalInitiative,
        new: LocalInitiative | None,
    ) -> None:
        text = (
            QCoreApplication.translate("UndoCommands", "Delete added initiative")
            if new is None
            else QCoreApplication.translate("UndoCommands", "Edit added initiative")
        )
        super().__init__(text, personal, refresh, Target(TargetKind.INITIATIVE, old.id))
        self.old, self.new = old, new

    def apply(self) -> None:
        if self.new is None:
            self.personal.additions.delete(self.old.id)
        else:
            self.personal.additions.update(self.new)

    def revert(self) -> None:
        if self.new is None:
            self.personal.additions.add(self.old)
        else:
            self.personal.additions.update(self.old)


class SetStarCommand(ServiceCommand):
    def __init__(self, personal: Personal, refresh: Refresh, target: Target, starred: bool):
        text = (
            QCoreApplication.translate("UndoCommands", "Star")
            if starred
            else QCoreApplication.translate("UndoCommands", "Remove star")
        )
        super().__init__(text, personal, refresh, target)
        self.starred = starred

    def apply(self) -> None:
        self.personal.flags.set_starred(self.target, self.starred)

    def revert(self) -> None:
        self.personal.flags.set_starred(self.target, not self.starred)


class SetTagsCommand(ServiceCommand):
    def __init__(
        self,
        personal: Personal,
        refresh: Refresh,
        target: Target,
        old: tuple[str, ...],
        new: list[str],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Change tags"), personal, refresh, target
        )
        self.old, self.new = old, new

    def apply(self) -> None:
        self.personal.flags.set_tags(self.target, self.new)

    def revert(self) -> None:
        self.personal.flags.set_tags(self.target, list(self.old))
