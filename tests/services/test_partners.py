"""Partners as entities: a joint name counts for each member; the tree, the page and the
list count alike; curated relations are shown, never merged."""

from __future__ import annotations

import csv

from pfp_desktop.domain.models import Grouping, InitiativeFilter, NavNode, NodeKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.locations import partner_relations_path
from pfp_desktop.services.navigation import NavigationService
from pfp_desktop.services.partners import partner_profile
from pfp_desktop.ui.pages.composer import DetailPages
from pfp_desktop.ui.pages.page import LIGHT_THEME


def _ids(catalogue: CatalogueService, partner: str) -> set[str]:
    return {s.id for s in catalogue.summaries(InitiativeFilter(partner=partner))}


def test_a_joint_name_counts_for_each_of_its_members(catalogue: CatalogueService) -> None:
    assert "eu-diaspora-facility" in _ids(catalogue, "European Union")
    assert "eu-diaspora-facility" in _ids(catalogue, "ICMPD")
    assert "diaspora-handbook-progress" in _ids(catalogue, "IOM")
    assert _ids(catalogue, "Migration Policy Institute (MPI)") == {"diaspora-handbook-progress"}
    # The joint name itself keeps its initiative, and relations are not merged.
    assert _ids(catalogue, "ICMPD/EU") == {"eu-diaspora-facility"}
    assert "eu-diaspora-facility" not in _ids(catalogue, "European Commission")


def test_the_tree_the_page_and_the_list_agree_for_every_partner(
    catalogue: CatalogueService,
) -> None:
    navigation = NavigationService(catalogue)
    pages = DetailPages(catalogue, LIGHT_THEME)
    rows = [row for kind in navigation.roots(Grouping.PARTNER) for row in navigation.children(kind)]
    assert {row.key for row in rows} == {p.name for p in catalogue.partners()}
    for row in rows:
        listed = _ids(catalogue, row.key)
        page = pages.page(NodeKind.PARTNER, row.key)
        assert int(row.detail) == len(listed) == page.count('href="pfp:initiative/'), row.key
        children = navigation.children(NavNode(NodeKind.PARTNER, row.key, row.label))
        assert {child.key for child in children} == listed, row.key


def test_a_partner_profile_sums_up_joint_work_themes_and_relations(
    catalogue: CatalogueService,
) -> None:
    eu = partner_profile(catalogue, "european union")  # any spelling finds the partner
    assert eu.partner.name == "European Union"
    assert dict(eu.joint_as) == {"eu-diaspora-facility": "ICMPD/EU"}
    assert eu.member_of == ("ICMPD/EU",)
    assert dict(eu.co_partners)["ICMPD"] == 1 and "ICMPD/EU" not in dict(eu.co_partners)
    assert [r.related for r in eu.see_also] == ["European Commission"]
    assert dict(eu.summits) == {12: 1, 11: 1, 9: 1, 5: 1}
    assert sum(dict(eu.gcm_objectives).values()) >= len(eu.summits)
    commission = partner_profile(catalogue, "European Commission")
    assert [r.related for r in commission.see_also] == ["European Union"]


def test_every_curated_relation_names_two_partners_and_says_why(
    catalogue: CatalogueService,
) -> None:
    names = {p.name for p in catalogue.partners()}
    with partner_relations_path().open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert {row["partner"], row["related"]} <= names, row
        assert len(row["reason"]) > 20, row
