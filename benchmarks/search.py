"""Search latency: SearchService.search against the bare FTS5 query it is built on.

Run: .venv/bin/python -m benchmarks.search [--catalogue PATH] [--runs N] [--limit N]

40 fixed queries (words, prefixes, phrases, partner names), each run ``--runs`` times. The
floor is the raw FTS5 query on the same SQLite connection (MATCH with the already translated
expression, bm25 ranking with the same weights, rowid and one snippet, top ``--limit``): what
is left once our query translation, SQLAlchemy, the joins to id, title and summit, the
per-field snippets and the mapping to SearchHit are taken away. Floor and service alternate,
query by query, so machine noise hits both alike. Prints p50 and p95 of each, and their ratio;
then the window's whole search (Finder.find: hits plus the facet counts of every match).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pfp_desktop.domain.finding import FindQuery
from pfp_desktop.domain.search_query import to_match_expression
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.finder import Finder
from pfp_desktop.services.locations import shipped_catalogue_path
from pfp_desktop.services.search import SearchService
from pfp_desktop.storage.search_queries import RANKING

QUERIES = [
    # words
    "migration",
    "diaspora",
    "remittances",
    "health",
    "gender",
    "labour",
    "recruitment",
    "climate",
    "integration",
    "return",
    "skills",
    "data",
    "development",
    "children",
    "remittance costs Africa",
    # prefixes, as typed while the results update
    "remit",
    "migr",
    "dias",
    "recruit",
    "integr",
    "reintegr",
    "mobil",
    "hum",
    "pol",
    "sdg",
    # phrases
    '"diaspora engagement"',
    '"labour migration"',
    '"policy coherence"',
    '"human rights"',
    '"sustainable development"',
    '"migration profiles"',
    '"global compact"',
    # partner names
    "IOM",
    "World Bank",
    "OECD Development Centre",
    "ILO",
    "European Union",
    "Moldova",
    "Mexico",
    "IFAD",
]

FLOOR_SQL = (
    "SELECT rowid, snippet(search_index, -1, char(57344), char(57345), '…', 16) "
    "FROM search_index WHERE search_index MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?"
)


def percentile(times: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``times`` lie (nearest rank)."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def measure(catalogue: CatalogueService, runs: int, limit: int) -> tuple[list[float], ...]:
    """Seconds per call of the service and of the floor, every query ``runs`` times."""
    search = SearchService(catalogue)
    with catalogue.session() as session:
        # The service's own connection: the read-only engine keeps one per thread.
        raw = session.connection().connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        expressions = {q: to_match_expression(q) for q in QUERIES}
        service: list[float] = []
        floor: list[float] = []
        for run in range(runs + 1):  # the first pass only warms the caches
            for query in QUERIES:
                args = (expressions[query], RANKING, limit)
                f = timed(lambda: raw.execute(FLOOR_SQL, args).fetchall())  # noqa: B023
                s = timed(lambda: search.search(query, limit=limit))  # noqa: B023
                if run:
                    floor.append(f)
                    service.append(s)
    return service, floor


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalogue", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args()
    catalogue = CatalogueService(args.catalogue or shipped_catalogue_path())
    count = len(catalogue.summaries())
    service, floor = measure(catalogue, args.runs, args.limit)
    print(
        f"{catalogue.path}: {count} initiatives, {len(QUERIES)} queries x {args.runs} runs, "
        f"top {args.limit}"
    )
    for name, times in (
        ("floor: raw FTS5 MATCH + bm25 + snippet", floor),
        ("SearchService.search", service),
    ):
        print(
            f"{name:40} p50 {percentile(times, 0.5) * 1000:7.2f} ms   "
            f"p95 {percentile(times, 0.95) * 1000:7.2f} ms"
        )
    ratio50 = statistics.median(service) / statistics.median(floor)
    ratio95 = percentile(service, 0.95) / percentile(floor, 0.95)
    print(f"{'ratio to floor':40} p50 {ratio50:7.2f} x    p95 {ratio95:7.2f} x")
    finder = measure_finder(catalogue, max(1, args.runs // 5))
    p50, p95 = percentile(finder, 0.5) * 1000, percentile(finder, 0.95) * 1000
    print(
        f"{'Finder.find (hits + facet counts)':40} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms"
        "   (what the window runs; no floor)"
    )
    catalogue.close()


def measure_finder(catalogue: CatalogueService, runs: int) -> list[float]:
    """The window's whole search: ranked hits and the live facet counts of every match."""
    finder = Finder(catalogue)
    finder.prepare()  # the window does this as the catalogue opens
    times: list[float] = []
    for run in range(runs + 1):
        for query in QUERIES:
            took = timed(lambda: finder.find(FindQuery(query)))  # noqa: B023
            if run:
                times.append(took)
    return times


if __name__ == "__main__":
    main()
