"""Partners as entities: joint names, curated relations and what one partner's page sums up.

A joint name such as "ICMPD/EU" is kept as the source wrote it, with its members; an
initiative presented under it counts for every member. Relations between distinct partners
(the European Union and the European Commission) are curated by hand and shown as "see also",
never merged.
"""

from __future__ import annotations

from dataclasses import dataclass

from pfp_desktop.domain.models import Partner


@dataclass(frozen=True)
class PartnerRelation:
    """Two partners a reader should know about together, and why (from the curated file)."""

    partner: str
    related: str
    reason: str


@dataclass(frozen=True)
class PartnerProfile:
    """What a partner's page shows beyond its initiatives: counts are numbers of initiatives."""

    partner: Partner
    member_of: tuple[str, ...]  # joint names this partner is a member of
    joint_as: tuple[tuple[str, str], ...]  # (initiative id, joint name) where only joint
    co_partners: tuple[tuple[str, int], ...]  # most shared first
    gcm_objectives: tuple[tuple[int, int], ...]  # objective number, by number
    sdg_targets: tuple[tuple[str, int], ...]  # target, in catalogue order
    summits: tuple[tuple[int, int], ...]  # summit number, newest first
    see_also: tuple[PartnerRelation, ...] = ()


def relations_of(name: str, relations: tuple[PartnerRelation, ...]) -> tuple[PartnerRelation, ...]:
    """The relations that involve ``name``, each turned so that ``partner`` is ``name``."""
    found: list[PartnerRelation] = []
    for r in relations:
        if r.partner == name:
            found.append(r)
        elif r.related == name:
            found.append(PartnerRelation(name, r.partner, r.reason))
    return tuple(found)


def co_partner_counts(
    name: str, partners_by_initiative: dict[str, list[str]], members: dict[str, tuple[str, ...]]
) -> tuple[tuple[str, int], ...]:
    """Who else took part in ``name``'s initiatives, and in how many: a joint name that holds
    ``name`` is not a co-partner, but its other members are."""
    counts: dict[str, int] = {}
    for names in partners_by_initiative.values():
        others: set[str] = set()
        for partner in names:
            parts = members.get(partner, ())
            if partner == name or name in parts:
                others.update(m for m in parts if m != name)
            else:
                others.add(partner)
        for other in others:
            counts[other] = counts.get(other, 0) + 1
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))
