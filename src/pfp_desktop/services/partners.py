"""Partners as entities: a partner's page sums up its own and its joint initiatives."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pfp_desktop.catalogue.reference_tables import read_partner_relations
from pfp_desktop.domain.partners import (
    PartnerProfile,
    PartnerRelation,
    co_partner_counts,
    relations_of,
)
from pfp_desktop.domain.text import sdg_target_sort_key
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.locations import partner_relations_path
from pfp_desktop.storage import partner_queries as q


@cache
def _relations(path: Path) -> tuple[PartnerRelation, ...]:
    return tuple(read_partner_relations(path))


def partner_relations(path: Path | None = None) -> tuple[PartnerRelation, ...]:
    """The curated relations ("see also"), read once per file."""
    return _relations(path or partner_relations_path())


def partner_profile(
    catalogue: CatalogueService, name: str, relations_path: Path | None = None
) -> PartnerProfile:
    """What the page of the partner called ``name`` (canonical) sums up; NotFoundError if the
    catalogue has no such partner. Relations naming a partner it lacks are left out."""
    partners = {p.name: p for p in catalogue.partners()}
    if name not in partners:
        name = catalogue.find_partner(name).name  # any spelling; else NotFoundError
    members = {p.name: p.members for p in partners.values() if p.members}
    related = relations_of(name, partner_relations(relations_path))
    with catalogue.session() as session:
        sdg = q.sdg_counts_of(session, name)
        return PartnerProfile(
            partner=partners[name],
            member_of=tuple(q.joint_names(session, name)),
            joint_as=tuple(sorted(q.joint_only(session, name).items())),
            co_partners=co_partner_counts(name, q.partners_by_initiative(session, name), members),
            gcm_objectives=tuple(q.gcm_counts_of(session, name)),
            sdg_targets=tuple(sorted(sdg, key=lambda row: sdg_target_sort_key(row[0]))),
            summits=tuple(q.summit_counts_of(session, name)),
            see_also=tuple(r for r in related if r.related in partners),
        )
