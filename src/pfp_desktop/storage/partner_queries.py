"""Which initiatives a partner took part in, counting the joint names it is a member of.

"ICMPD/EU" stays one partner of the EU Diaspora Facility (as the source writes it), and
``partner_members`` says it joins ICMPD and the European Union; every query here reads a
partner's initiatives as its own plus those of its joint names, so the tree, the page and
``pfp list --partner`` count the same way.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import ColumnElement, Select, func, or_, select, union_all
from sqlalchemy.orm import Session

from pfp_desktop.domain.models import Partner, PartnerKind
from pfp_desktop.storage import catalogue_schema as t

_Link = t.InitiativePartnerRow
_Member = t.PartnerMemberRow


def joint_names_query(name: str) -> Select[str]:
    """The joint partners that ``name`` is a member of."""
    return select(_Member.partner_name).where(_Member.member_name == name)


def initiative_ids_query(name: str) -> Select[str]:
    """Ids of the initiatives of ``name``, under its own name or a joint one."""
    return select(_Link.initiative_id).where(_named(name))


def _named(name: str) -> ColumnElement[bool]:
    return or_(_Link.partner_name == name, _Link.partner_name.in_(joint_names_query(name)))


def partner_counts(session: Session) -> dict[str, int]:
    """Initiatives per partner (canonical name), a joint name counting for each member."""
    direct = select(_Link.partner_name.label("name"), _Link.initiative_id)
    through = select(_Member.member_name.label("name"), _Link.initiative_id).join(
        _Member, _Member.partner_name == _Link.partner_name
    )
    both = union_all(direct, through).subquery()
    query = select(both.c.name, func.count(func.distinct(both.c.initiative_id))).group_by(
        both.c.name
    )
    return {name: count for name, count in session.execute(query)}


def joint_names(session: Session, name: str) -> list[str]:
    """The joint partners that ``name`` is a member of, by name."""
    return sorted(session.scalars(joint_names_query(name)))


def joint_only(session: Session, name: str) -> dict[str, str]:
    """Initiatives that list ``name`` only inside a joint name: id -> that joint name."""
    own = select(_Link.initiative_id).where(_Link.partner_name == name)
    query = select(_Link.initiative_id, _Link.partner_name).where(
        _Link.partner_name.in_(joint_names_query(name)), _Link.initiative_id.not_in(own)
    )
    return {initiative_id: joint for initiative_id, joint in session.execute(query)}


def partners_by_initiative(session: Session, name: str) -> dict[str, list[str]]:
    """For each initiative of ``name``: its partners (canonical names, as listed)."""
    query = (
        select(_Link.initiative_id, _Link.partner_name)
        .where(_Link.initiative_id.in_(initiative_ids_query(name)))
        .order_by(_Link.initiative_id, _Link.position)
    )
    found: dict[str, list[str]] = defaultdict(list)
    for initiative_id, partner in session.execute(query):
        found[initiative_id].append(partner)
    return dict(found)


def gcm_counts_of(session: Session, name: str) -> list[tuple[int, int]]:
    """GCM objectives of ``name``'s initiatives: (objective, initiatives), by objective."""
    column = t.InitiativeGcmRow.objective
    query = (
        select(column, func.count())
        .where(t.InitiativeGcmRow.initiative_id.in_(initiative_ids_query(name)))
        .group_by(column)
        .order_by(column)
    )
    return [(number, count) for number, count in session.execute(query)]


def sdg_counts_of(session: Session, name: str) -> list[tuple[str, int]]:
    """SDG targets of ``name``'s initiatives: (target, initiatives), by target text."""
    column = t.InitiativeSdgRow.target
    query = (
        select(column, func.count())
        .where(t.InitiativeSdgRow.initiative_id.in_(initiative_ids_query(name)))
        .group_by(column)
        .order_by(column)
    )
    return [(target, count) for target, count in session.execute(query)]


def summit_counts_of(session: Session, name: str) -> list[tuple[int, int]]:
    """Summits of ``name``'s initiatives: (summit number, initiatives), newest first."""
    column = t.SessionRow.summit_number
    query = (
        select(column, func.count())
        .join(t.InitiativeRow, t.InitiativeRow.session_id == t.SessionRow.id)
        .where(t.InitiativeRow.id.in_(initiative_ids_query(name)))
        .group_by(column)
        .order_by(column.desc())
    )
    return [(number, count) for number, count in session.execute(query)]


def member_only_partners(session: Session) -> list[Partner]:
    """Members of a joint name that the catalogue lists nowhere else ("Migration Policy
    Institute (MPI)"): partners too, of their joint name's kind, so their page exists."""
    query = (
        select(_Member.member_name, func.min(t.PartnerRow.kind))
        .join(t.PartnerRow, t.PartnerRow.name == _Member.partner_name)
        .where(_Member.member_name.not_in(select(t.PartnerRow.name)))
        .group_by(_Member.member_name)
    )
    return [Partner(name, PartnerKind(kind)) for name, kind in session.execute(query)]
