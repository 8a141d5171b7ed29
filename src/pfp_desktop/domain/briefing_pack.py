"""A briefing pack: the initiatives a delegate takes to a meeting, and how to print them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pfp_desktop.domain.languages import Language
from pfp_desktop.domain.models import CatalogueInfo, Initiative, Summit
from pfp_desktop.domain.overview import Coverage
from pfp_desktop.domain.paper import PAPERS as PAPERS  # re-exported: defined in paper.py
from pfp_desktop.domain.paper import Paper as Paper


@dataclass(frozen=True)
class PackOptions:
    """What the delegate chose to print: the cover's wording and which parts to include."""

    title: str
    delegate: str = ""
    meeting: str = ""
    date: str = ""  # as the delegate writes it ("12 May 2026", "Spring session"): not parsed
    include_notes: bool = True
    include_partner_index: bool = True
    include_overview: bool = False  # a page: the catalogue by GCM objective × summit
    paper: Paper = "a4"
    # The pack's own words: "en", "fr", "es"; "" for the window's (English where there is no
    # window). The catalogue's texts stay as the GFMD published them, in English.
    language: Language | Literal[""] = ""


@dataclass(frozen=True)
class PackSelection:
    """Which initiatives go into a pack; exactly one way of choosing is given (or ``everything``).

    ``ids`` keeps the order given; the other choices keep the catalogue's page order.
    """

    everything: bool = False
    summit: int | None = None
    partner: str | None = None  # any spelling a person types; the service resolves it
    ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class BriefingPack:
    """Everything the PDF shows, already read from the catalogue (and the delegate's notes)."""

    initiatives: Sequence[Initiative]
    summits: Mapping[int, Summit]
    catalogue: CatalogueInfo
    options: PackOptions
    notes: Mapping[str, str] = field(default_factory=dict)  # initiative id -> Markdown
    coverage: Coverage | None = None  # the overview page's figures, when it is included

    def note_for(self, initiative_id: str) -> str:
        """The delegate's note on an initiative, or "" (also when notes are left out)."""
        if not self.options.include_notes:
            return ""
        return self.notes.get(initiative_id, "").strip()


@dataclass(frozen=True)
class PackResult:
    """A written pack: where it is and what it holds."""

    path: Path
    initiatives: int
    pages: int
