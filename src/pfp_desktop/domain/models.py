"""The catalogue's domain objects: what a delegate reads, independent of how it is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# The tree's types live in domain.navigation (the window paints with them alone); they are
# re-exported here so code that uses the catalogue's types too has one place to import from.
from pfp_desktop.domain.navigation import Grouping as Grouping
from pfp_desktop.domain.navigation import NavNode as NavNode
from pfp_desktop.domain.navigation import NodeKind as NodeKind
from pfp_desktop.domain.text import summit_ordinal


class Attribution(StrEnum):
    """How sure we are that a block of the source text belongs to its summit."""

    STATED = "stated"  # the source text itself names the summit
    STRONG = "strong"  # confirmed by an outside source
    INFERRED = "inferred"  # reasoning only (page order, dates of the projects)


class PartnerKind(StrEnum):
    COUNTRY = "country"
    ORGANISATION = "organisation"


@dataclass(frozen=True)
class Correction:
    """An erratum applied to the source text, kept so a delegate can see the original."""

    line: int
    field: str
    original: str
    corrected: str
    reason: str


@dataclass(frozen=True)
class SourceFlag:
    """A known problem in the source text that we could not or chose not to correct."""

    line: int
    note: str


@dataclass(frozen=True)
class Summit:
    number: int
    start: date
    end: date
    city: str
    country: str
    chair: str
    attribution: Attribution | None  # None: the catalogue holds no PfP block for it
    evidence: str
    pfp_intro: str = ""  # the intro paragraph of its PfP block, corrected
    pfp_intro_verbatim: str = ""
    pfp_intro_line: int | None = None
    corrections: tuple[Correction, ...] = ()
    flags: tuple[SourceFlag, ...] = ()

    @property
    def has_pfp_block(self) -> bool:
        """Whether the summit's record has a PfP block (an attribution line)."""
        return self.attribution is not None

    @property
    def title(self) -> str:
        """How a delegate names it: "11th Summit · Marrakesh 2018"."""
        return f"{summit_ordinal(self.number)} Summit · {self.city} {self.start.year}"

    @property
    def place(self) -> str:
        """'Marrakesh, Morocco', or 'Online, hosted by United Arab Emirates'."""
        if self.city.casefold() == "online":
            return f"Online, hosted by {self.country}"
        return f"{self.city}, {self.country}"


@dataclass(frozen=True)
class PfpSession:
    id: int
    summit_number: int
    label: str  # "PfP session", or "Part 1" where a summit held several
    position: int
    intro: str
    intro_line: int | None


@dataclass(frozen=True)
class Partner:
    name: str  # canonical
    kind: PartnerKind
    spellings: tuple[str, ...] = ()  # every spelling seen in the source text
    members: tuple[str, ...] = ()  # parts of a slash name such as "ICMPD/EU"
    note: str = ""


@dataclass(frozen=True)
class PartnerRef:
    """One partner of one initiative, as listed (in order)."""

    name: str
    kind: PartnerKind
    spelling: str  # as written in the source partners line


@dataclass(frozen=True)
class SourceField:
    """The verbatim source text of one field, and the line it came from."""

    field: str  # title, partners, policy_challenge, solution
    line: int
    verbatim: str


@dataclass(frozen=True)
class Provenance:
    source_name: str
    fields: tuple[SourceField, ...]
    attribution: Attribution
    attribution_evidence: str
    corrections: tuple[Correction, ...] = ()
    flags: tuple[SourceFlag, ...] = ()
    edited_locally: tuple[str, ...] = ()  # fields the delegate corrected on this computer
    added_locally: bool = False  # the delegate's own initiative: nothing of it is from a source

    @property
    def lines(self) -> tuple[int, ...]:
        """The source line numbers this initiative was read from, ascending."""
        return tuple(sorted({f.line for f in self.fields}))

    def verbatim(self, field_name: str) -> str | None:
        """The field's text exactly as the source wrote it, or None."""
        return next((f.verbatim for f in self.fields if f.field == field_name), None)


@dataclass(frozen=True)
class TaxonomyTag:
    code: str  # "19" for a GCM objective, "10.c" for an SDG target
    label: str
    reason: str


@dataclass(frozen=True)
class RelatedLink:
    initiative_id: str
    title: str
    summit_number: int
    group_label: str


@dataclass(frozen=True)
class InitiativeFilter:
    """Which initiatives to list; every criterion given must hold (None: any)."""

    summit: int | None = None
    session_id: int | None = None
    partner: str | None = None  # canonical name
    gcm_objective: int | None = None
    sdg_target: str | None = None
    without_sdg_target: bool = False


@dataclass(frozen=True)
class InitiativeSummary:
    id: str
    title: str
    summit_number: int
    session_label: str


@dataclass(frozen=True)
class Initiative:
    id: str  # stable across rebuilds: assigned once in the curation file
    title: str
    summit_number: int
    session_label: str
    session_id: int
    position: int
    partners: tuple[PartnerRef, ...]
    policy_challenge: str
    solution: str
    gcm_objectives: tuple[TaxonomyTag, ...]
    sdg_targets: tuple[TaxonomyTag, ...]
    related: tuple[RelatedLink, ...]
    provenance: Provenance


@dataclass(frozen=True)
class GcmObjective:
    number: int
    short_label: str
    title: str


@dataclass(frozen=True)
class GuidingPrinciple:
    number: int
    label: str


@dataclass(frozen=True)
class SdgTarget:
    target: str
    relation: str  # "direct" or "secondary"
    wording: str


@dataclass(frozen=True)
class RelatedGroup:
    label: str
    reason: str
    initiative_ids: tuple[str, ...]


@dataclass(frozen=True)
class ExcludedEntry:
    """An entry of the source text that is not an initiative, and why."""

    line: int
    title: str
    duplicate_of: str | None
    reason: str


@dataclass(frozen=True)
class CatalogueInfo:
    version: str
    build_date: str
    source_name: str
    source_sha256: str
    curation_sha256: str


@dataclass(frozen=True)
class CatalogueContents:
    """Everything the shipped catalogue holds: what the importer writes and tests compare."""

    info: CatalogueInfo
    overview: str
    summits: tuple[Summit, ...]
    sessions: tuple[PfpSession, ...]
    initiatives: tuple[Initiative, ...]
    partners: tuple[Partner, ...]
    related: tuple[RelatedGroup, ...]
    excluded: tuple[ExcludedEntry, ...]
    gcm_objectives: tuple[GcmObjective, ...]
    guiding_principles: tuple[GuidingPrinciple, ...]
    sdg_targets: tuple[SdgTarget, ...]
