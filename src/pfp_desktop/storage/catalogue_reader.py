"""Reading the catalogue tables back into domain objects (whole tables at once: it is small,
and one query per table beats one per initiative)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from pfp_desktop.domain.models import (
    Attribution,
    CatalogueContents,
    CatalogueInfo,
    Correction,
    ExcludedEntry,
    GcmObjective,
    GuidingPrinciple,
    Partner,
    PartnerKind,
    PfpSession,
    RelatedGroup,
    SdgTarget,
    SourceFlag,
    Summit,
)
from pfp_desktop.domain.text import sdg_target_sort_key
from pfp_desktop.storage import catalogue_schema as t
from pfp_desktop.storage.initiative_reader import read_initiatives

R = TypeVar("R", t.CorrectionRow, t.FlagRow)


def read_info(session: Session) -> tuple[CatalogueInfo, str]:
    """The catalogue's version record and the page overview text."""
    values = dict(session.execute(select(t.InfoRow.key, t.InfoRow.value)).all())
    info = CatalogueInfo(
        version=values["version"],
        build_date=values["build_date"],
        source_name=values["source_name"],
        source_sha256=values["source_sha256"],
        curation_sha256=values["curation_sha256"],
    )
    return info, values.get("overview", "")


def _by_line(rows: Iterable[R]) -> dict[int, list[R]]:
    grouped: dict[int, list[R]] = defaultdict(list)
    for row in rows:
        grouped[row.line].append(row)
    return grouped


class SourceNotes:
    """Corrections and flags of the source text, found by line."""

    def __init__(self, session: Session) -> None:
        corrections = session.scalars(select(t.CorrectionRow).order_by(t.CorrectionRow.id))
        flags = session.scalars(select(t.FlagRow).order_by(t.FlagRow.id))
        self.corrections = _by_line(corrections)
        self.flags = _by_line(flags)

    def corrections_for(self, lines: Iterable[int]) -> tuple[Correction, ...]:
        """The editorial corrections made on these source lines."""
        return tuple(
            Correction(r.line, r.field, r.original, r.corrected, r.reason)
            for line in lines
            for r in self.corrections.get(line, [])
        )

    def flags_for(self, lines: Iterable[int]) -> tuple[SourceFlag, ...]:
        """The notes flagged on these source lines."""
        return tuple(SourceFlag(r.line, r.note) for ln in lines for r in self.flags.get(ln, []))


def read_summits(session: Session) -> list[Summit]:
    """All summits, oldest first, with their source notes."""
    notes = SourceNotes(session)
    return [_summit(row, notes) for row in session.scalars(select(t.SummitRow).order_by("number"))]


def _summit(row: t.SummitRow, notes: SourceNotes) -> Summit:
    lines = [row.pfp_intro_line] if row.pfp_intro_line is not None else []
    return Summit(
        number=row.number,
        start=date.fromisoformat(row.start),
        end=date.fromisoformat(row.end),
        city=row.city,
        country=row.country,
        chair=row.chair,
        attribution=Attribution(row.attribution) if row.attribution else None,
        evidence=row.evidence,
        pfp_intro=row.pfp_intro,
        pfp_intro_verbatim=row.pfp_intro_raw,
        pfp_intro_line=row.pfp_intro_line,
        corrections=notes.corrections_for(lines),
        flags=notes.flags_for(_summit_flag_lines(row)),
    )


def _summit_flag_lines(row: t.SummitRow) -> list[int]:
    return [row.pfp_intro_line] if row.pfp_intro_line is not None else []


def read_sessions(session: Session) -> list[PfpSession]:
    """All sessions, newest summit first, in programme order."""
    rows = session.scalars(
        select(t.SessionRow).order_by(t.SessionRow.summit_number.desc(), "position")
    )
    return [
        PfpSession(r.id, r.summit_number, r.label, r.position, r.intro, r.intro_line) for r in rows
    ]


def read_partners(session: Session) -> list[Partner]:
    """All partners, with every spelling the source uses."""
    spellings: dict[str, list[str]] = defaultdict(list)
    for row in session.scalars(select(t.PartnerSpellingRow).order_by("spelling")):
        spellings[row.partner_name].append(row.spelling)
    members: dict[str, list[str]] = defaultdict(list)
    for m in session.scalars(select(t.PartnerMemberRow).order_by("partner_name", "position")):
        members[m.partner_name].append(m.member_name)
    rows = session.scalars(select(t.PartnerRow)).all()
    return [
        Partner(
            r.name, PartnerKind(r.kind), tuple(spellings[r.name]), tuple(members[r.name]), r.note
        )
        for r in sorted(rows, key=lambda r: r.name.casefold())
    ]


def read_gcm_objectives(session: Session) -> list[GcmObjective]:
    """The GCM objectives, by number."""
    rows = session.scalars(select(t.GcmObjectiveRow).order_by("number"))
    return [GcmObjective(r.number, r.short_label, r.title) for r in rows]


def read_guiding_principles(session: Session) -> list[GuidingPrinciple]:
    """The guiding principles, by number."""
    rows = session.scalars(select(t.GuidingPrincipleRow).order_by("number"))
    return [GuidingPrinciple(r.number, r.label) for r in rows]


def read_sdg_targets(session: Session) -> list[SdgTarget]:
    """The SDG targets, in natural target order (10.7 before 10.10)."""
    rows = session.scalars(select(t.SdgTargetRow))
    return sorted(
        (SdgTarget(r.target, r.relation, r.wording) for r in rows),
        key=lambda s: sdg_target_sort_key(s.target),
    )


def read_related_groups(session: Session) -> list[RelatedGroup]:
    """The groups of related initiatives, members in order."""
    members: dict[int, list[str]] = defaultdict(list)
    for m in session.scalars(select(t.RelatedMemberRow).order_by("group_id", "position")):
        members[m.group_id].append(m.initiative_id)
    rows = session.scalars(select(t.RelatedGroupRow).order_by("id"))
    return [RelatedGroup(r.label, r.reason, tuple(members[r.id])) for r in rows]


def read_excluded(session: Session) -> list[ExcludedEntry]:
    """The source entries left out of the catalogue, and why."""
    rows = session.scalars(select(t.ExcludedEntryRow).order_by("line"))
    return [ExcludedEntry(r.line, r.title, r.duplicate_of, r.reason) for r in rows]


def read_contents(session: Session) -> CatalogueContents:
    """Everything in the catalogue, as the importer built it."""
    info, overview = read_info(session)
    return CatalogueContents(
        info=info,
        overview=overview,
        summits=tuple(read_summits(session)),
        sessions=tuple(read_sessions(session)),
        initiatives=tuple(read_initiatives(session)),
        partners=tuple(read_partners(session)),
        related=tuple(read_related_groups(session)),
        excluded=tuple(read_excluded(session)),
        gcm_objectives=tuple(read_gcm_objectives(session)),
        guiding_principles=tuple(read_guiding_principles(session)),
        sdg_targets=tuple(read_sdg_targets(session)),
    )
