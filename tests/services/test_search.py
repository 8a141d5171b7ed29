"""Searching the shipped catalogue as a delegate would: what is found, in what order, and that
nothing a person can type breaks it."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from pfp_desktop.catalogue.builder import SourcePaths, build
from pfp_desktop.domain.models import InitiativeFilter
from pfp_desktop.services.catalogue_service import CatalogueService, CatalogueUnavailableError
from pfp_desktop.services.search import (
    FACETS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SearchHit,
    SearchService,
)
from pfp_desktop.storage.catalogue_writer import write_catalogue
from tests.conftest import DATA


@pytest.fixture(scope="module")
def shipped() -> Iterator[CatalogueService]:
    catalogue = CatalogueService(DATA / "pfp.sqlite")
    yield catalogue
    catalogue.close()


@pytest.fixture(scope="module")
def search(shipped: CatalogueService) -> SearchService:
    return SearchService(shipped)


def _ids(hits: list[SearchHit]) -> list[str]:
    return [hit.id for hit in hits]


def test_a_title_hit_ranks_above_a_body_only_hit(search: SearchService) -> None:
    hits = search.search("remit")
    assert hits[0].id == "sending-money-home-gfrid" and "title" in hits[0].matched_fields
    in_title = ["title" in hit.matched_fields for hit in hits]
    assert in_title == sorted(in_title, reverse=True)  # every title hit before the others
    assert hits[-1].matched_fields == ("body",)


@pytest.mark.parametrize("word", ["diaspora", "recruitment", "health", "gender", "handbook"])
def test_title_hits_come_first_for_common_words(search: SearchService, word: str) -> None:
    in_title = ["title" in hit.matched_fields for hit in search.search(word)]
    assert any(in_title) and in_title == sorted(in_title, reverse=True)


def test_a_partner_hit_ranks_above_a_mention_in_the_text(search: SearchService) -> None:
    hits = [hit for hit in search.search("IOM") if "title" not in hit.matched_fields]
    in_partners = ["partners" in hit.matched_fields for hit in hits]
    assert in_partners[0] and in_partners == sorted(in_partners, reverse=True)


def test_hits_are_best_first_with_positive_scores(search: SearchService) -> None:
    hits = search.search("migration development")
    scores = [hit.score for hit in hits]
    assert len(hits) > 10 and all(score > 0 for score in scores)
    assert scores == sorted(scores, reverse=True)
    assert len(search.search("migration", limit=5)) == 5


def test_words_are_prefixes(search: SearchService) -> None:
    found = set(_ids(search.search("remit")))
    assert {"remittances-for-africa-prime", "sending-money-home-gfrid", "knomad-1-2"} <= found


@pytest.mark.parametrize("typed", ["vis-a-vis", "VIS-À-VIS", "vis–à–vis", '"vis a vis"'])
def test_accents_and_dashes_do_not_matter(search: SearchService, typed: str) -> None:
    hits = search.search(typed)
    assert _ids(hits) == ["african-cities-initiative-migration"]
    assert f"{HIGHLIGHT_START}vis-à-vis{HIGHLIGHT_END}" in hits[0].snippet


def test_accents_typed_find_plain_text(search: SearchService) -> None:
    assert (
        _ids(search.search("diáspora engagement"))[:3]
        == _ids(search.search("diaspora engagement"))[:3]
    )


@pytest.fixture(scope="module")
def accented(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SearchService, str]]:
    """A catalogue where one initiative is titled with accented words, and that one's id."""
    contents = build(SourcePaths.in_folder(DATA))
    first = dataclasses.replace(contents.initiatives[0], title="Café Zürich: Việt Nam São Tomé")
    contents = dataclasses.replace(contents, initiatives=(first, *contents.initiatives[1:]))
    path = tmp_path_factory.mktemp("accents") / "cat.sqlite"
    write_catalogue(contents, path)
    catalogue = CatalogueService(path)
    yield SearchService(catalogue), first.id
    catalogue.close()


@pytest.mark.parametrize("typed", ["cafe", "CAFÉ", "zurich", "viet nam", '"sao tome"', "São"])
def test_plain_letters_find_accented_text(accented: tuple[SearchService, str], typed: str) -> None:
    search, retitled = accented
    assert _ids(search.search(typed)) == [retitled]


def test_a_quoted_phrase_is_exact(search: SearchService) -> None:
    phrase = _ids(search.search('"diaspora engagement"'))
    assert sorted(phrase) == [
        "diaspora-handbook-announced",
        "eu-diaspora-facility",
        "moldova-diaspora-engagement-hub",
    ]
    # Words in this order only, each by its stem ("Engaging Diaspora" is such a phrase).
    reversed_phrase = set(_ids(search.search('"engagement diaspora"')))
    assert reversed_phrase == {"diaspora-handbook-announced", "diaspora-handbook-progress"}
    assert set(phrase) <= set(_ids(search.search("engagement diaspora")))
    # A closed phrase has no prefix ("engage" would find it: its stem is engagement's).
    assert search.search('"diaspora eng"') == []
    assert sorted(_ids(search.search('"diaspora engage'))) == sorted(phrase)  # still typing


@pytest.mark.parametrize("typed", ["migrant's health", "migrant’s health", "migrants’ health"])
def test_apostrophes_straight_or_curly_find_the_same(search: SearchService, typed: str) -> None:
    assert "migrant-health-financing" in _ids(search.search(typed))[:2]


@pytest.mark.parametrize("typed", ['"year\'s achievements"', "“year’s achievements”"])
def test_curly_quotes_in_the_text_match_straight_ones(search: SearchService, typed: str) -> None:
    assert search.search(typed) == []  # only in the 5th Summit's PfP intro: no initiative
    pages = search.pages(typed)
    assert [(p.kind, p.id) for p in pages] == [("summit", "5")]
    assert HIGHLIGHT_START in pages[0].snippet


def test_partners_and_context_are_searched(
    search: SearchService, shipped: CatalogueService
) -> None:
    iom = search.search("Migration Policy Institute")
    assert iom[0].id == "diaspora-handbook-progress" and "partners" in iom[0].matched_fields
    assert search.search("Marrakesh") == []  # the summit's place is no initiative's text
    tagged = {s.id for s in shipped.summaries(InitiativeFilter(gcm_objective=19))}
    found = search.search("Migrant and diaspora contributions", limit=100)  # GCM 19's label
    assert tagged <= set(_ids(found))
    assert all(h.snippet.count("\n") == 0 for h in found)


def test_a_tag_label_hit_shows_the_label_alone(search: SearchService) -> None:
    """Not a run of the initiative's other tag labels ("…contributions GCM 1: Data GCM 23…")."""
    hits = search.search("cohesion", limit=100)  # in GCM 16's label only
    assert hits and all(h.matched_fields == ("context",) for h in hits)
    label = f"Inclusion and social {HIGHLIGHT_START}cohesion{HIGHLIGHT_END}"
    assert {h.snippet for h in hits} == {label}


def test_filters_combine_with_the_text(search: SearchService) -> None:
    assert _ids(search.search("remit", InitiativeFilter(summit=11))) == [
        "remittances-for-africa-prime"
    ]
    assert sorted(_ids(search.search("remit", InitiativeFilter(partner="IFAD")))) == [
        "remittances-for-africa-prime",
        "sending-money-home-gfrid",
    ]
    assert search.search("remit", InitiativeFilter(summit=11, partner="Kenya")) == []


def test_every_filter_criterion_holds(search: SearchService, shipped: CatalogueService) -> None:
    where = InitiativeFilter(gcm_objective=19, sdg_target="17.17")
    tagged = {s.id for s in shipped.summaries(where)}
    hits = search.search("a", where)  # "a"* matches every initiative
    assert hits and set(_ids(hits)) == tagged
    untagged = {s.id for s in shipped.summaries(InitiativeFilter(without_sdg_target=True))}
    assert set(_ids(search.search("a", InitiativeFilter(without_sdg_target=True)))) == untagged


def test_snippets_mark_matches_and_cut_with_an_ellipsis(search: SearchService) -> None:
    for hit in search.search("remittance costs"):
        assert hit.snippet.count(HIGHLIGHT_START) == hit.snippet.count(HIGHLIGHT_END)
        assert HIGHLIGHT_START in hit.snippet and "…" in hit.snippet


HOSTILE = [
    '"',
    '""',
    '"unclosed',
    'a"b"c"',
    "-",
    "-remit",
    "remit:",
    "title:remit",
    "*",
    "remit*",
    "^remit",
    "AND",
    "OR",
    "NOT",
    "remit AND",
    "OR remit",
    "NOT NOT",
    "NEAR(remit diaspora, 2)",
    "(",
    ")",
    "((remit)",
    "{title body}: x",
    "'",
    "''",
    "\\",
    "%",
    "_",
    ";",
    "DROP TABLE x;--",
    "x" * 5000,
    "remit " * 1000,
    "😀",
    "🇲🇦 remit",
    "\x00",
    "remit\x00diaspora",
    "\x07\x1b[31m",
    "\u202e\ufeff",
    "\ue000remit\ue001",
    "\ud800",
    " \t\n ",
]


@pytest.mark.parametrize("typed", HOSTILE)
def test_nothing_typed_raises(search: SearchService, typed: str) -> None:
    hits = search.search(typed, InitiativeFilter(summit=11))
    assert isinstance(hits, list)
    assert set(search.facet_counts(typed)) == set(FACETS)


@pytest.mark.parametrize("typed", HOSTILE)
def test_nothing_typed_raises_in_the_tiered_ranking_either(
    search: SearchService, typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tiered ranking (huge catalogues) builds its own column-filtered expression."""
    from pfp_desktop.storage import search_queries

    monkeypatch.setattr(search_queries, "EXACT_RANKING_LIMIT", 0)
    assert isinstance(search.search(typed), list)


@pytest.mark.parametrize("typed", ["", "   ", "-:*^()", "😀"])
def test_nothing_to_search_for_finds_nothing(search: SearchService, typed: str) -> None:
    assert search.search(typed) == []
    assert search.facet_counts(typed) == {facet: {} for facet in FACETS}


def test_facet_counts_are_those_of_the_matches(
    search: SearchService, shipped: CatalogueService
) -> None:
    matched = {hit.id for hit in search.search("remit", limit=1000)}
    items = [i for i in shipped.initiatives() if i.id in matched]
    kinds = {p.name: p.kind.value for p in shipped.partners()}
    expected = {
        "summit": Counter(str(i.summit_number) for i in items),
        "partner": Counter(name for i in items for name in {p.name for p in i.partners}),
        "partner_kind": Counter(k for i in items for k in {kinds[p.name] for p in i.partners}),
        "gcm": Counter(t.code for i in items for t in i.gcm_objectives),
        "sdg": Counter(t.code for i in items for t in i.sdg_targets),
    }
    assert search.facet_counts("remit") == {k: dict(v) for k, v in expected.items()}
    assert search.facet_counts("remit")["summit"] == {"10": 2, "8": 1, "9": 1, "11": 1, "12": 1}
    assert list(search.facet_counts("remit")["summit"]) == ["10", "8", "9", "11", "12"]


def test_facet_counts_follow_the_filter(search: SearchService) -> None:
    counts = search.facet_counts("remit", InitiativeFilter(partner="IFAD"))
    assert counts["summit"] == {"10": 1, "11": 1}
    assert counts["partner"]["IFAD"] == 2


def test_a_joint_partner_name_counts_for_each_member(search: SearchService) -> None:
    partners = search.facet_counts("diaspora")["partner"]
    assert (partners["European Union"], partners["ICMPD/EU"], partners["ICMPD"]) == (3, 1, 2)
    under_eu = search.search("diaspora", InitiativeFilter(partner="European Union"))
    assert len(under_eu) == 3


def test_a_catalogue_without_the_index_is_refused_clearly(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(DATA / "pfp.sqlite", old)
    with sqlite3.connect(old) as connection:
        connection.execute("DROP TABLE search_index")
    catalogue = CatalogueService(old)
    with pytest.raises(CatalogueUnavailableError, match="has no search index"):
        SearchService(catalogue)
    catalogue.close()


@pytest.mark.parametrize("titles_too", [False, True], ids=["titles-ranked", "titles-unranked"])
def test_tiered_ranking_for_huge_match_sets_keeps_title_hits_first(
    monkeypatch: pytest.MonkeyPatch, titles_too: bool
) -> None:
    """Past EXACT_RANKING_LIMIT matches, titles come first (ranked on the small titles table,
    or in catalogue order when they too pass the limit) and the other matches follow in
    catalogue order: same hits, title hits on top."""
    from pfp_desktop.storage import search_queries

    service = SearchService(CatalogueService(DATA / "pfp.sqlite"))
    exact = service.search("migration", limit=100)
    in_titles = sum("title" in h.matched_fields or "partners" in h.matched_fields for h in exact)
    assert 0 < in_titles < len(exact)
    monkeypatch.setattr(search_queries, "EXACT_RANKING_LIMIT", 0 if titles_too else in_titles)
    tiered = service.search("migration", limit=100)
    assert {h.id for h in tiered} == {h.id for h in exact}
    title_hits = [h for h in tiered if "title" in h.matched_fields]
    assert tiered[: len(title_hits)] == title_hits and title_hits
    assert all(h.snippet for h in tiered if "body" in h.matched_fields)
