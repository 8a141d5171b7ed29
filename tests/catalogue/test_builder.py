"""The curated catalogue, built from the real source text: what a delegate will read."""

from __future__ import annotations

import re

import pytest

from pfp_desktop.catalogue.builder import SourcePaths, build
from pfp_desktop.domain.models import Attribution, CatalogueContents, Initiative, PartnerKind
from tests.conftest import DATA


@pytest.fixture(scope="module")
def built() -> CatalogueContents:
    return build(SourcePaths.in_folder(DATA))


def _by_id(built: CatalogueContents) -> dict[str, Initiative]:
    return {i.id: i for i in built.initiatives}


def _all_text(item: Initiative) -> str:
    return "\n".join([item.title, item.policy_challenge, item.solution])


def test_the_counts_match_the_source(built: CatalogueContents) -> None:
    assert len(built.initiatives) == 48  # 49 entries minus the corrupt duplicate
    assert len(built.summits) == 14
    assert len([s for s in built.summits if s.has_pfp_block]) == 10
    assert len(built.sessions) == 11
    assert len(built.partners) == 52
    countries = {p.name for p in built.partners if p.kind is PartnerKind.COUNTRY}
    assert len(countries) == 21
    assert {"Bosnia and Herzegovina", "Republic of Moldova", "Cabo Verde"} <= countries
    assert len({i.id for i in built.initiatives}) == 48


def test_initiatives_sit_under_the_curated_summits(built: CatalogueContents) -> None:
    per_summit: dict[int, int] = {}
    for item in built.initiatives:
        per_summit[item.summit_number] = per_summit.get(item.summit_number, 0) + 1
    assert per_summit == {14: 4, 12: 6, 11: 5, 10: 5, 9: 5, 8: 7, 7: 4, 6: 4, 5: 6, 4: 2}
    items = _by_id(built)
    assert items["eu-diaspora-facility"].summit_number == 12
    assert items["iris-ethical-recruitment"].summit_number == 7
    assert [s.label for s in built.sessions if s.summit_number == 14] == ["Part 1", "Part 2"]


def test_summit_metadata_and_attribution(built: CatalogueContents) -> None:
    summits = {s.number: s for s in built.summits}
    assert (summits[11].city, summits[11].attribution) == ("Marrakesh", Attribution.STATED)
    assert summits[12].attribution is Attribution.INFERRED
    assert "13th Summit" in summits[12].evidence  # the alternative is recorded
    assert summits[10].attribution is Attribution.STRONG
    assert summits[13].attribution is None and summits[13].pfp_intro == ""
    assert summits[14].start.isoformat() == "2024-01-23"
    assert summits[14].pfp_intro.startswith("An Innovative Format for the 14th GFMD Summit")


def test_no_partner_is_broken_by_a_naive_split(built: CatalogueContents) -> None:
    names = {p.name for p in built.partners}
    fragments = {
        "Bosnia",
        "Herzegovina",
        "Research",
        "Social Aspects of Migration",
        "IOM Joint Migration",
        "Development Initiative (JMDI)",
        "and UNDP",
    }
    assert not names & fragments
    items = _by_id(built)
    dashboard = [p.name for p in items["policy-coherence-dashboard"].partners]
    assert dashboard == ["Switzerland", "Bosnia and Herzegovina", "OECD Development Centre"]
    jmdi = [p.name for p in items["vertical-horizontal-policy-coherence"].partners]
    assert jmdi == ["UNDP", "IOM", "Joint Migration and Development Initiative (JMDI)"]
    tools = items["tools-sustainable-development-outcomes"].partners
    assert [p.name for p in tools] == ["Swiss Development Cooperation Agency", "IOM", "UNDP"]


def test_partner_spellings_and_slash_names(built: CatalogueContents) -> None:
    partners = {p.name: p for p in built.partners}
    assert partners["OECD Development Centre"].spellings == ("OECD Development Center",)
    assert partners["ICMPD/EU"].members == ("ICMPD", "European Union")
    dashboard = _by_id(built)["policy-coherence-dashboard"].partners[2]
    assert dashboard.spelling == "OECD Development Center"  # as written, kept


KNOWN_TYPOS = [
    "TThe",
    "(ACO)",
    "5 per 5",
    "theGlobal",
    "Points:Reducing",
    "Move:Working",
    "Action:A",
    "IRIS:Addressing",
    "Reviews(MDPRs)",
    "Expertise(MIEUX)",
    "Process&Spain",
    "Policies”to",
    "Home :",
    "Planning’",
]


def test_no_known_typo_is_left_in_any_text(built: CatalogueContents) -> None:
    texts = [_all_text(i) for i in built.initiatives] + [s.pfp_intro for s in built.summits]
    for typo in KNOWN_TYPOS:
        assert not [t for t in texts if typo in t], typo
    # Titles carry no trailing full stop, and no colon without a following space.
    for item in built.initiatives:
        assert not item.title.endswith("."), item.id
        assert not re.search(r":\S", item.title), item.title


def test_every_correction_is_visible_with_its_original(built: CatalogueContents) -> None:
    facility = _by_id(built)["eu-diaspora-facility"]
    (correction,) = facility.provenance.corrections
    assert (correction.line, correction.original, correction.corrected) == (
        34,
        "TThe dialogue",
        "The dialogue",
    )
    assert (facility.provenance.verbatim("policy_challenge") or "").startswith("TThe")
    acp = _by_id(built)["acp-eu-migration-action"]
    assert "(ACP) Group" in acp.title and len(acp.provenance.corrections) == 2
    applied = sum(len(i.provenance.corrections) for i in built.initiatives)
    assert applied == 34  # every erratum in the curation file, each once


def test_provenance_keeps_lines_and_attribution(built: CatalogueContents) -> None:
    item = _by_id(built)["remittances-for-africa-prime"]
    assert item.provenance.lines == (86, 88, 90)
    assert item.provenance.attribution is Attribution.STATED
    assert "5 per cent" in item.solution and "5 per 5" in (
        item.provenance.verbatim("solution") or ""
    )
    children = _by_id(built)["unaccompanied-migrant-children-mexico"]
    assert children.partners == ()
    assert "No partners line" in children.provenance.flags[0].note


def test_the_corrupt_duplicate_is_excluded_and_explained(built: CatalogueContents) -> None:
    (excluded,) = built.excluded
    assert excluded.line == 189 and excluded.duplicate_of == "acp-eu-migration-action"
    assert not [i for i in built.initiatives if 189 in i.provenance.lines]


def test_related_initiatives_are_linked_both_ways(built: CatalogueContents) -> None:
    items = _by_id(built)
    manual = items["gender-on-the-move-manual"]
    assert [(r.initiative_id, r.summit_number) for r in manual.related] == [
        ("gender-on-the-move-moldova", 8)
    ]
    assert [r.initiative_id for r in items["gender-on-the-move-moldova"].related] == [
        "gender-on-the-move-manual"
    ]
    assert len(items["mainstreaming-migration-planning"].related) == 2


def test_every_initiative_is_tagged_with_reasons(built: CatalogueContents) -> None:
    objectives = {o.number for o in built.gcm_objectives}
    targets = {t.target for t in built.sdg_targets}
    assert len(objectives) == 23 and len(built.guiding_principles) == 10
    for item in built.initiatives:
        assert 1 <= len(item.gcm_objectives) <= 3, item.id
        assert all(int(t.code) in objectives and t.reason for t in item.gcm_objectives)
        assert all(t.code in targets and t.reason for t in item.sdg_targets)
    prime = _by_id(built)["remittances-for-africa-prime"]
    assert "20" in {t.code for t in prime.gcm_objectives}
    assert "10.c" in {t.code for t in prime.sdg_targets}
