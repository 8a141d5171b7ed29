"""Facet counts: counting the few ids outside the matches gives the very same numbers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pfp_desktop.domain.finding import facet_counts

IDS = [f"i{n}" for n in range(30)]
ID_SETS = st.sets(st.sampled_from(IDS))
MEMBERSHIPS = st.dictionaries(
    st.sampled_from(["summit", "partner", "starred"]),
    st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), ID_SETS, max_size=4),
    max_size=3,
)


@given(ID_SETS, MEMBERSHIPS, st.data())
def test_counts_are_the_same_with_or_without_the_universe(matched, memberships, data) -> None:  # type: ignore[no-untyped-def]
    selected = {
        facet: frozenset(data.draw(st.sets(st.sampled_from(sorted(values) or ["a"]))))
        for facet, values in memberships.items()
    }
    universe = set(IDS)
    assert facet_counts(matched, memberships, selected, universe) == facet_counts(
        matched, memberships, selected
    )
