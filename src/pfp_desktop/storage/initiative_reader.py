"""Reading initiatives, with their partners, tags, related links and provenance."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from pfp_desktop.domain.models import (
    Attribution,
    Correction,
    Initiative,
    InitiativeFilter,
    InitiativeSummary,
    PartnerKind,
    PartnerRef,
    Provenance,
    RelatedLink,
    SourceField,
    SourceFlag,
    TaxonomyTag,
)
from pfp_desktop.storage import catalogue_schema as t
from pfp_desktop.storage.partner_queries import initiative_ids_query
from pfp_desktop.storage.sqlite_files import in_batches

_Query = Select[t.InitiativeRow, t.SessionRow, t.SummitRow]
_SummaryQuery = Select[str, str, int, str]
Q = TypeVar("Q", _SummaryQuery, _Query)
EVERYTHING = InitiativeFilter()


def _ordered() -> _Query:
    """Initiatives in page order: newest summit first, then session, then position."""
    return (
        select(t.InitiativeRow, t.SessionRow, t.SummitRow)
        .join(t.SessionRow, t.InitiativeRow.session_id == t.SessionRow.id)
        .join(t.SummitRow, t.SessionRow.summit_number == t.SummitRow.number)
        .order_by(t.SummitRow.number.desc(), t.SessionRow.position, t.InitiativeRow.position)
    )


def read_summaries(
    session: Session, where: InitiativeFilter = EVERYTHING
) -> list[InitiativeSummary]:
    """Id, title and place of initiatives, in page order (column selects: fast at 100,000)."""
    query = (
        select(
            t.InitiativeRow.id,
            t.InitiativeRow.title,
            t.SessionRow.summit_number,
            t.SessionRow.label,
        )
        .join(t.SessionRow, t.InitiativeRow.session_id == t.SessionRow.id)
        .order_by(
            t.SessionRow.summit_number.desc(), t.SessionRow.position, t.InitiativeRow.position
        )
    )
    return [InitiativeSummary(*row) for row in session.execute(_filtered(query, where))]


def read_summaries_of(session: Session, ids: set[str]) -> list[InitiativeSummary]:
    """Summaries of just these initiatives, in page order (unknown ids are skipped)."""
    rows: list[tuple[int, int, int, InitiativeSummary]] = []
    wanted = sorted(ids)
    for batch in in_batches(wanted):  # SQLite caps the number of bound parameters
        query = (
            select(
                t.InitiativeRow.id,
                t.InitiativeRow.title,
                t.SessionRow.summit_number,
                t.SessionRow.label,
                t.SessionRow.position,
                t.InitiativeRow.position,
            )
            .join(t.SessionRow, t.InitiativeRow.session_id == t.SessionRow.id)
            .where(t.InitiativeRow.id.in_(batch))
        )
        for i, title, summit, label, session_pos, pos in session.execute(query):
            rows.append((-summit, session_pos, pos, InitiativeSummary(i, title, summit, label)))
    return [row[3] for row in sorted(rows, key=lambda r: r[:3])]


def count_initiatives(session: Session) -> int:
    """How many initiatives the catalogue holds."""
    return session.scalar(select(func.count(t.InitiativeRow.id))) or 0


def read_initiatives(
    session: Session, ids: Sequence[str] | None = None, where: InitiativeFilter = EVERYTHING
) -> list[Initiative]:
    """Full initiatives in page order, optionally limited to ids and a filter."""
    query = _filtered(_ordered(), where)
    if ids is not None:
        query = query.where(t.InitiativeRow.id.in_(list(ids)))
    rows = session.execute(query).all()
    details = _Details(session, [i.id for i, _, _ in rows])
    return [details.initiative(i, s, m) for i, s, m in rows]


def _filtered(query: Q, where: InitiativeFilter) -> Q:
    """``query`` (which joins SessionRow) limited by ``where``."""
    conditions = filter_conditions(where)
    return query.where(*conditions) if conditions else query


def filter_conditions(where: InitiativeFilter) -> list[ColumnElement[bool]]:
    """``where`` as conditions on InitiativeRow and SessionRow (all must hold)."""
    initiative_id = t.InitiativeRow.id
    conditions: list[ColumnElement[bool]] = []
    if where.summit is not None:
        conditions.append(t.SessionRow.summit_number == where.summit)
    if where.session_id is not None:
        conditions.append(t.SessionRow.id == where.session_id)
    if where.partner is not None:
        conditions.append(initiative_id.in_(initiative_ids_query(where.partner)))
    if where.gcm_objective is not None:
        found = _ids_where(t.InitiativeGcmRow.objective, where.gcm_objective)
        conditions.append(initiative_id.in_(found))
    if where.sdg_target is not None:
        conditions.append(
            initiative_id.in_(_ids_where(t.InitiativeSdgRow.target, where.sdg_target))
        )
    if where.without_sdg_target:
        conditions.append(initiative_id.not_in(select(t.InitiativeSdgRow.initiative_id)))
    return conditions


def _ids_where(column: InstrumentedAttribute[Any], value: object) -> Select[str]:
    return select(column.class_.initiative_id).where(column == value)


Row = TypeVar(
    "Row", t.SourceFieldRow, t.InitiativePartnerRow, t.InitiativeGcmRow, t.InitiativeSdgRow
)
LineRow = TypeVar("LineRow", t.CorrectionRow, t.FlagRow)


def _group(
    session: Session, table: type[Row], ids: list[str], order: InstrumentedAttribute[int]
) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    query = select(table).where(table.initiative_id.in_(ids)).order_by(order)
    for row in session.scalars(query):
        grouped[row.initiative_id].append(row)
    return grouped


def _rows_by_line(
    session: Session, table: type[LineRow], lines: set[int]
) -> dict[int, list[LineRow]]:
    grouped: dict[int, list[LineRow]] = defaultdict(list)
    query = select(table).where(table.line.in_(sorted(lines))).order_by(table.id)
    for row in session.scalars(query):
        grouped[row.line].append(row)
    return grouped


def _related_links(session: Session, ids: list[str]) -> dict[str, tuple[RelatedLink, ...]]:
    """For each initiative, the other members of its related groups, group by group."""
    query = (
        select(
            t.RelatedMemberRow,
            t.RelatedGroupRow.label,
            t.InitiativeRow.title,
            t.SessionRow.summit_number,
        )
        .join(t.RelatedGroupRow, t.RelatedMemberRow.group_id == t.RelatedGroupRow.id)
        .join(t.InitiativeRow, t.RelatedMemberRow.initiative_id == t.InitiativeRow.id)
        .join(t.SessionRow, t.InitiativeRow.session_id == t.SessionRow.id)
        .order_by(t.RelatedMemberRow.group_id, t.RelatedMemberRow.position)
    )
    groups: dict[int, list[RelatedLink]] = defaultdict(list)
    for member, label, title, summit in session.execute(query):
        groups[member.group_id].append(RelatedLink(member.initiative_id, title, summit, label))
    wanted = set(ids)
    links: dict[str, list[RelatedLink]] = defaultdict(list)
    for members in groups.values():
        for link in members:
            if link.initiative_id in wanted:
                links[link.initiative_id] += [m for m in members if m is not link]
    return {k: tuple(v) for k, v in links.items()}


class _Details:
    """The one-to-many parts of a set of initiatives, fetched with one query per table."""

    def __init__(self, session: Session, ids: list[str]) -> None:
        self.source_name = (
            session.scalar(select(t.InfoRow.value).where(t.InfoRow.key == "source_name")) or ""
        )
        self.fields = _group(session, t.SourceFieldRow, ids, t.SourceFieldRow.line)
        self.partners = _group(
            session, t.InitiativePartnerRow, ids, t.InitiativePartnerRow.position
        )
        self.kinds = {r.name: r.kind for r in session.scalars(select(t.PartnerRow))}
        self.gcm = _group(session, t.InitiativeGcmRow, ids, t.InitiativeGcmRow.position)
        self.sdg = _group(session, t.InitiativeSdgRow, ids, t.InitiativeSdgRow.position)
        self.gcm_labels = {
            r.number: r.short_label for r in session.scalars(select(t.GcmObjectiveRow))
        }
        self.sdg_labels = {r.target: r.wording for r in session.scalars(select(t.SdgTargetRow))}
        self.related = _related_links(session, ids)
        lines = {f.line for rows in self.fields.values() for f in rows}
        self.corrections = _rows_by_line(session, t.CorrectionRow, lines)
        self.flags = _rows_by_line(session, t.FlagRow, lines)

    def initiative(self, i: t.InitiativeRow, s: t.SessionRow, m: t.SummitRow) -> Initiative:
        return Initiative(
            id=i.id,
            title=i.title,
            summit_number=m.number,
            session_label=s.label,
            session_id=s.id,
            position=i.position,
            partners=tuple(
                PartnerRef(p.partner_name, PartnerKind(self.kinds[p.partner_name]), p.spelling)
                for p in self.partners[i.id]
            ),
            policy_challenge=i.policy_challenge,
            solution=i.solution,
            gcm_objectives=tuple(
                TaxonomyTag(str(g.objective), self.gcm_labels[g.objective], g.reason)
                for g in self.gcm[i.id]
            ),
            sdg_targets=tuple(
                TaxonomyTag(g.target, self.sdg_labels[g.target], g.reason) for g in self.sdg[i.id]
            ),
            related=self.related.get(i.id, ()),
            provenance=self._provenance(i.id, m),
        )

    def _provenance(self, initiative_id: str, m: t.SummitRow) -> Provenance:
        fields = tuple(SourceField(f.field, f.line, f.verbatim) for f in self.fields[initiative_id])
        lines = [f.line for f in fields]
        return Provenance(
            source_name=self.source_name,
            fields=fields,
            attribution=Attribution(m.attribution or Attribution.INFERRED),
            attribution_evidence=m.evidence,
            corrections=tuple(
                Correction(c.line, c.field, c.original, c.corrected, c.reason)
                for line in lines
                for c in self.corrections.get(line, [])
            ),
            flags=tuple(SourceFlag(f.line, f.note) for ln in lines for f in self.flags.get(ln, [])),
        )
