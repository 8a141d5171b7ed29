"""Finding initiatives: typed text plus facets (OR within a facet, AND across facets)."""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from pfp_desktop.domain.search_query import SearchHit
from pfp_desktop.domain.typed_tags import TypedTag

CATALOGUE_FACETS = ("summit", "partner", "partner_kind", "gcm", "sdg")
PERSONAL_FACETS = ("starred", "has_notes", "edited_locally")  # value: "yes"
ALL_FACETS = CATALOGUE_FACETS + PERSONAL_FACETS
YES = "yes"


@dataclass(frozen=True)
class FindQuery:
    text: str = ""
    selected: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def with_value(self, facet: str, value: str, on: bool) -> FindQuery:
        """The same query with one facet value ticked or unticked."""
        values = set(self.selected.get(facet, frozenset()))
        (values.add if on else values.discard)(value)
        selected = {k: v for k, v in self.selected.items() if k != facet}
        if values:
            selected[facet] = frozenset(values)
        return FindQuery(self.text, selected)

    @property
    def is_empty(self) -> bool:
        """Whether the query has neither words nor a selected facet (so it finds everything)."""
        return not self.text.strip() and not any(self.selected.values())


@dataclass(frozen=True)
class FindResult:
    hits: tuple[SearchHit, ...]  # best first (page order when there is no text)
    counts: Mapping[str, Mapping[str, int]]  # facet -> value -> matching initiatives
    total: int  # all matches, though hits may be cut at a limit
    typed_tags: tuple[TypedTag, ...] = ()  # tags typed as text ("GCM 20"), applied as facets
    pages: tuple[SearchHit, ...] = ()  # summits and sessions whose introduction matches


def narrow(
    matched: set[str],
    memberships: Mapping[str, Mapping[str, set[str]]],
    selected: Mapping[str, frozenset[str]],
    skip: str | None = None,
) -> set[str]:
    """``matched`` limited by every selected facet except ``skip`` (OR within, AND across)."""
    result = matched
    for facet, values in selected.items():
        if facet == skip or not values:
            continue
        members = memberships.get(facet, {})
        allowed = set().union(*(members.get(v, set()) for v in values))
        result = result & allowed
    return result


def facet_counts(
    matched: set[str],
    memberships: Mapping[str, Mapping[str, set[str]]],
    selected: Mapping[str, frozenset[str]],
    universe: AbstractSet[str] | None = None,
) -> dict[str, dict[str, int]]:
    """For each facet, how many initiatives each value would show, given the other facets.

    ``universe``, when given, must hold every id of ``matched`` and ``memberships``: when most
    of it matches (a common word in a large catalogue), the counts are taken from the few ids
    that do not, which is the same number for far fewer set lookups."""
    counts: dict[str, dict[str, int]] = {}
    unmatched: AbstractSet[str] | None = None  # universe - matched, shared by most facets
    for facet, members in memberships.items():
        base = narrow(matched, memberships, selected, skip=facet)
        if universe is not None and 2 * len(base) > len(universe):
            if base is not matched:
                others = universe - base
            else:
                others = unmatched = universe - matched if unmatched is None else unmatched
            values = {value: len(ids) - len(ids & others) for value, ids in members.items()}
        else:
            values = {value: len(base & ids) for value, ids in members.items()}
        counts[facet] = {v: n for v, n in sorted(values.items(), key=lambda kv: -kv[1]) if n}
    return counts
