"""Every edit of personal data is one small QUndoCommand whose redo and undo each call one
service function; ``refresh`` tells the window what changed so it can redraw."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from pfp_desktop.domain.personal import FieldOverride, LocalInitiative, Target, TargetKind

if TYPE_CHECKING:  # imported with the catalogue, after the first paint
    from pfp_desktop.services.personal import Personal

Refresh = Callable[[Target], None]
MERGE_WINDOW_S = 10.0  # keystroke bursts on one note within this many seconds undo together
NOTE_EDIT_ID = 1


class EditNoteCommand(QUndoCommand):
    def __init__(
        self, personal: Personal, refresh: Refresh, target: Target, old: str, new: str,
        text: str = "Edit note",
    ) -> None:  # fmt: skip
        super().__init__(text)
        self.personal, self.refresh, self.target = personal, refresh, target
        self.old, self.new = old, new
        self.at = time.monotonic()

    def redo(self) -> None:  # QUndoStack.push() calls this: the save happens here
        self.personal.notes.set_note(self.target, self.new)
        self.refresh(self.target)

    def undo(self) -> None:
        self.personal.notes.set_note(self.target, self.old, origin="undo")
        self.refresh(self.target)

    def id(self) -> int:
        return NOTE_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNoteCommand) or other.target != self.target:
            return False
        if other.at - self.at > MERGE_WINDOW_S or other.text() != self.text():
            return False
        self.new, self.at = other.new, other.at
        return True


class SetOverrideCommand(QUndoCommand):
    """Correct one field locally (or, with value == catalogue text, revert it)."""

    def __init__(self, personal: Personal, refresh: Refresh, initiative_id: str, field: str,
                 value: str, catalogue_value: str) -> None:  # fmt: skip
        super().__init__(f"Correct {field.replace('_', ' ')}")
        self.personal, self.refresh = personal, refresh
        self.initiative_id, self.field = initiative_id, field
        self.value, self.catalogue_value = value, catalogue_value
        self.previous: FieldOverride | None = None

    def redo(self) -> None:
        self.previous = self.personal.corrections.overrides_for(self.initiative_id).get(self.field)
        self.personal.corrections.set_override(
            self.initiative_id, self.field, self.value, self.catalogue_value
        )
        self.refresh(Target(TargetKind.INITIATIVE, self.initiative_id))

    def undo(self) -> None:
        if self.previous is None:
            self.personal.corrections.revert(self.initiative_id, self.field)
        else:
            self.personal.corrections.restore(self.previous)
        self.refresh(Target(TargetKind.INITIATIVE, self.initiative_id))


class AddInitiativeCommand(QUndoCommand):
    def __init__(self, personal: Personal, refresh: Refresh, item: LocalInitiative) -> None:
        super().__init__("Add initiative")
        self.personal, self.refresh, self.item = personal, refresh, item

    def redo(self) -> None:
        self.item = self.personal.additions.add(self.item)  # keeps its id on redo after undo
        self.refresh(Target(TargetKind.INITIATIVE, self.item.id))

    def undo(self) -> None:
        self.personal.additions.delete(self.item.id)
        self.refresh(Target(TargetKind.INITIATIVE, self.item.id))


class EditAdditionCommand(QUndoCommand):
    """Change (``new`` given) or delete (``new`` None) an added initiative."""

    def __init__(self, personal: Personal, refresh: Refresh, old: LocalInitiative,
                 new: LocalInitiative | None) -> None:  # fmt: skip
        super().__init__("Delete added initiative" if new is None else "Edit added initiative")
        self.personal, self.refresh, self.old, self.new = personal, refresh, old, new

    def redo(self) -> None:
        if self.new is None:
            self.personal.additions.delete(self.old.id)
        else:
            self.personal.additions.update(self.new)
        self.refresh(Target(TargetKind.INITIATIVE, self.old.id))

    def undo(self) -> None:
        if self.new is None:
            self.personal.additions.add(self.old)
        else:
            self.personal.additions.update(self.old)
        self.refresh(Target(TargetKind.INITIATIVE, self.old.id))


class SetStarCommand(QUndoCommand):
    def __init__(self, personal: Personal, refresh: Refresh, target: Target, starred: bool):
        super().__init__("Star" if starred else "Remove star")
        self.personal, self.refresh, self.target, self.starred = personal, refresh, target, starred

    def redo(self) -> None:
        self.personal.flags.set_starred(self.target, self.starred)
        self.refresh(self.target)

    def undo(self) -> None:
        self.personal.flags.set_starred(self.target, not self.starred)
        self.refresh(self.target)


class SetTagsCommand(QUndoCommand):
    def __init__(self, personal: Personal, refresh: Refresh, target: Target,
                 old: tuple[str, ...], new: list[str]) -> None:  # fmt: skip
        super().__init__("Change tags")
        self.personal, self.refresh, self.target = personal, refresh, target
        self.old, self.new = old, new

    def redo(self) -> None:
        self.personal.flags.set_tags(self.target, self.new)
        self.refresh(self.target)

    def undo(self) -> None:
        self.personal.flags.set_tags(self.target, list(self.old))
        self.refresh(self.target)
