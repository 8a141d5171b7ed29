"""Relevance: ~30 queries a delegate would type, with the initiatives a careful reader expects
(tests/search/relevance.toml). Prints precision and recall per query (pytest -s to see them);
fails when a query's recall drops below the floor recorded with it."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pfp_desktop.domain.finding import FindQuery
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.finder import Finder
from tests.conftest import DATA

QUERIES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "relevance.toml").read_text(encoding="utf-8")
)["query"]


@pytest.fixture(scope="module")
def finder() -> Iterator[Finder]:
    catalogue = CatalogueService(DATA / "pfp.sqlite")
    yield Finder(catalogue)
    catalogue.close()


def test_the_set_is_about_thirty_queries_on_real_ids(finder: Finder) -> None:
    ids = {h.id for h in finder.find(FindQuery(""), limit=1000).hits}
    assert 25 <= len(QUERIES) <= 40
    assert all(set(q["expected"]) <= ids and q["expected"] for q in QUERIES)


@pytest.mark.parametrize("query", QUERIES, ids=[q["text"] for q in QUERIES])
def test_recall_holds(finder: Finder, query: dict[str, Any]) -> None:
    found = {h.id for h in finder.find(FindQuery(query["text"]), limit=1000).hits}
    expected = set(query["expected"])
    recall = len(found & expected) / len(expected)
    precision = len(found & expected) / len(found) if found else 0.0
    print(
        f"\n{query['text']!r:28} precision {precision:4.2f}  recall {recall:4.2f}  "
        f"({len(found)} found, {len(expected)} expected)"
    )
    assert recall >= query["min_recall"], sorted(expected - found)
