"""Finding: catalogue text and the delegate's notes, facets with counts, saved searches."""

from __future__ import annotations

import pytest

from pfp_desktop.domain.finding import FindQuery
from pfp_desktop.domain.personal import PersonalDataError, Target, TargetKind
from pfp_desktop.domain.search_query import HIGHLIGHT_START
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.finder import Finder
from pfp_desktop.services.personal import Personal

PRAGUE = Target(TargetKind.INITIATIVE, "prague-process")


def test_a_note_is_found_right_after_it_is_saved(
    personal: Personal, catalogue: CatalogueService
) -> None:
    finder = Finder(catalogue, personal)
    assert finder.find(FindQuery("mardi")).total == 0
    personal.notes.set_note(PRAGUE, "Réunion mardi avec la délégation tchèque")
    result = finder.find(FindQuery("delegation"))  # accents folded
    assert [h.id for h in result.hits] == ["prague-process"]
    assert result.hits[0].title == "Prague Process" and HIGHLIGHT_START in result.hits[0].snippet
    personal.notes.set_note(PRAGUE, "changed my mind")
    assert finder.find(FindQuery("delegation")).total == 0


def test_tags_corrections_and_additions_are_searchable(
    personal: Personal, catalogue: CatalogueService
) -> None:
    from pfp_desktop.domain.personal import LocalInitiative

    personal.flags.set_tags(PRAGUE, ["bilateral-tuesday"])
    personal.corrections.set_override("knomad-1-2", "title", "KNOMAD Zanzibar", "KNOMAD 1.2")
    added = personal.additions.add(LocalInitiative("", 14, 141, "Side event Quokka", ("Fiji",)))
    finder = Finder(catalogue, personal)
    assert [h.id for h in finder.find(FindQuery("bilateral tuesday")).hits] == ["prague-process"]
    hit = finder.find(FindQuery("zanzibar")).hits[0]
    assert (hit.id, hit.title) == ("knomad-1-2", "KNOMAD Zanzibar")
    assert [h.id for h in finder.find(FindQuery("quokka")).hits] == [added.id]


def test_facets_or_within_and_across_with_counts(
    personal: Personal, catalogue: CatalogueService
) -> None:
    finder = Finder(catalogue, personal)
    both = finder.find(FindQuery("", {"summit": frozenset({"11", "10"})}))
    assert both.total == 10  # 5 + 5: OR within a facet
    countries = FindQuery(
        "", {"summit": frozenset({"11", "10"}), "partner_kind": frozenset({"country"})}
    )
    narrowed = finder.find(countries)
    assert narrowed.total == 5  # AND across facets
    # The summit facet's counts ignore the summit selection, so other summits stay choosable.
    assert narrowed.counts["summit"]["9"] == 5 and narrowed.counts["summit"]["11"] == 4
    personal.flags.set_starred(PRAGUE, True)
    starred = finder.find(FindQuery("", {"starred": frozenset({"yes"})}))
    assert [h.id for h in starred.hits] == ["prague-process"]
    assert finder.find(FindQuery("remittances")).counts["gcm"]["20"] == 3


@pytest.mark.parametrize("text", ['"', "-", "AND", "(((", "x" * 5000, "😀", "\x00\x07", "NOT:*"])
def test_hostile_text_never_raises(
    personal: Personal, catalogue: CatalogueService, text: str
) -> None:
    result = Finder(catalogue, personal).find(FindQuery(text))
    assert result.total >= 0


def test_saved_searches_keep_text_and_facets(personal: Personal) -> None:
    query = FindQuery("diaspora", {"summit": frozenset({"9", "12"})})
    saved = personal.saved_searches.save("Diaspora talks", query)
    assert personal.saved_searches.get(saved.id) == saved and saved.query == query
    personal.saved_searches.rename(saved.id, "  Diaspora   (recent) ")
    assert personal.saved_searches.all()[0].name == "Diaspora (recent)"
    with pytest.raises(PersonalDataError, match="already called"):
        personal.saved_searches.save("Diaspora (recent)", FindQuery("x"))
    assert personal.saved_searches.delete(saved.id) is not None
    assert personal.saved_searches.all() == []


def test_without_text_everything_comes_in_page_order(catalogue: CatalogueService) -> None:
    """The finder reads the page order with its own query: it must be the tree's."""
    finder = Finder(catalogue)
    finder.prepare()
    result = finder.find(FindQuery(), limit=1000)
    assert [h.id for h in result.hits] == [s.id for s in catalogue.summaries()]
    assert result.total == 48


def test_the_partner_facet_counts_as_the_tree_does(catalogue: CatalogueService) -> None:
    """A joint name ("ICMPD/EU") counts for each of its members, as in the tree's partner
    groups: ticking "European Union" finds the EU Diaspora Facility."""
    finder = Finder(catalogue)
    counts = finder.find(FindQuery()).counts["partner"]
    tree = {name: n for name, n in catalogue.partner_counts().items() if n}
    assert counts == tree
    assert (counts["European Union"], counts["ICMPD/EU"]) == (4, 1)
    eu = finder.find(FindQuery("diaspora", {"partner": frozenset({"European Union"})}))
    assert "eu-diaspora-facility" in {h.id for h in eu.hits}
    assert finder.find(FindQuery("diaspora")).counts["partner"]["European Union"] == eu.total
