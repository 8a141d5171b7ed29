"""What the note panel knows about saving: the outcome of one attempt, and the texts typed on
other records that could not be saved yet (kept in memory and retried, never dropped)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the panel paints before the personal layer's types load
    from pfp_desktop.domain.personal import Target

RETRY_MS = 5000  # a failed save is tried again this often (and on every record switch)


@dataclass(frozen=True)
class SaveOutcome:
    """``saved``: the text is committed; ``text`` is then the note as stored (the edit, or the
    edit merged with someone else's change). ``message`` says what happened, in words for the
    person; ``retry``: trying again later may work (a full disk, a busy database)."""

    saved: bool
    text: str
    message: str
    retry: bool = False


Saver = Callable[["Target", str, str], SaveOutcome]  # (target, base text, new text)


@dataclass(frozen=True)
class UnsavedNote:
    target: Target
    base: str  # what the editor started from (what was stored when it was shown)
    text: str  # what the delegate typed
    reason: str


class PendingNotes:
    """Texts of records the delegate has left that are not saved yet, oldest first."""

    def __init__(self) -> None:
        self._notes: dict[Target, UnsavedNote] = {}

    def __len__(self) -> int:
        return len(self._notes)

    def __iter__(self) -> Iterator[UnsavedNote]:
        return iter(list(self._notes.values()))

    def keep(self, note: UnsavedNote) -> None:
        self._notes[note.target] = note

    def take(self, target: Target) -> UnsavedNote | None:
        return self._notes.pop(target, None)

    def retry(self, save: Saver) -> None:
        """Try each again; those that save are forgotten, the others keep their new reason."""
        for note in list(self._notes.values()):
            outcome = save(note.target, note.base, note.text)
            if outcome.saved:
                del self._notes[note.target]
            else:
                self._notes[note.target] = UnsavedNote(
                    note.target, note.base, note.text, outcome.message
                )
