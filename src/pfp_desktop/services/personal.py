"""One handle on everything a delegate wrote, for the CLI and the window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services.additions import AdditionsService
from pfp_desktop.services.corrections import CorrectionsService
from pfp_desktop.services.flags import FlagsService
from pfp_desktop.services.notes import NotesService
from pfp_desktop.services.pack_store import PackStore
from pfp_desktop.services.saved_searches import SavedSearchService
from pfp_desktop.services.user_data import UserData


@dataclass
class Personal:
    user: UserData
    notes: NotesService
    corrections: CorrectionsService
    additions: AdditionsService
    flags: FlagsService
    saved_searches: SavedSearchService
    packs: PackStore

    @classmethod
    def of(cls, user: UserData) -> Personal:
        """The delegate's services over one open user database."""
        return cls(
            user,
            NotesService(user),
            CorrectionsService(user),
            AdditionsService(user),
            FlagsService(user),
            SavedSearchService(user),
            PackStore(user),
        )

    def initiative_json(self, initiative_id: str) -> dict[str, Any]:
        """The "personal" part of `pfp show ID --json`."""
        target = Target(TargetKind.INITIATIVE, initiative_id)
        note = self.notes.note(target)
        flags = self.flags.flags(target)
        overrides = self.corrections.overrides_for(initiative_id)
        return {
            "note": note.text if note else "",
            "note_updated_at": note.updated_at if note else None,
            "overrides": [
                {
                    "field": o.field,
                    "value": o.value,
                    "catalogue_value": o.catalogue_value,
                    "updated_at": o.updated_at,
                }
                for o in overrides.values()
            ],
            "starred": flags.starred,
            "tags": list(flags.tags),
        }
