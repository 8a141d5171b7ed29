"""What the tree marks from the delegate's own data: notes, stars and local corrections."""

from __future__ import annotations

from pfp_desktop.domain.personal import TargetKind
from pfp_desktop.services.personal import Personal
from pfp_desktop.ui.common.marks import Mark, MarkedIds


def personal_marks(personal: Personal | None) -> MarkedIds:
    """The initiative ids of each personal mark, read once (three small queries)."""
    if personal is None:
        return {Mark.NOTE: frozenset(), Mark.STAR: frozenset(), Mark.CORRECTION: frozenset()}
    return {
        Mark.NOTE: frozenset(personal.notes.targets_with_notes(TargetKind.INITIATIVE)),
        Mark.STAR: frozenset(personal.flags.starred(TargetKind.INITIATIVE)),
        Mark.CORRECTION: frozenset(personal.corrections.corrected_ids()),
    }
