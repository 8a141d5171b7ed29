"""`pfp search QUERY`: full-text search of the catalogue, best matches first.

JSON (``--json``): a list of hits, best first, each
``{"id", "title", "summit", "snippet", "score", "fields"}``: ``snippet`` is plain text with
each match between « and », ``score`` is positive (higher is better, comparable within one
search only), ``fields`` lists where the initiative matched (title, partners, body, context).
"""

from __future__ import annotations

import argparse
from typing import Any

from pfp_desktop.cli.common import catalogue_service, print_json
from pfp_desktop.domain.models import InitiativeFilter
from pfp_desktop.domain.text import summit_ordinal
from pfp_desktop.services.search import SearchHit, SearchService, highlighted

MATCH_OPEN, MATCH_CLOSE = "«", "»"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `pfp search` to the `pfp` parser."""
    search = commands.add_parser("search", help="search the initiatives' text")
    search.add_argument(
        "query", nargs="+", metavar="QUERY",
        help='words (prefixes: "remit" finds remittances) or "a quoted phrase"',
    )  # fmt: skip
    search.add_argument("--summit", type=int, metavar="N", help="only summit number N")
    search.add_argument("--partner", metavar="NAME", help="only initiatives with this partner")
    search.add_argument(
        "--limit", type=_positive, default=50, metavar="N", help="at most N hits (default 50)"
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(command=_search)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _search(args: argparse.Namespace) -> int:
    catalogue = catalogue_service(args)
    partner = catalogue.find_partner(args.partner).name if args.partner else None
    if args.summit is not None:
        catalogue.summit(args.summit)  # a clear error for an unknown summit
    where = InitiativeFilter(summit=args.summit, partner=partner)
    hits = SearchService(catalogue).search(" ".join(args.query), where, args.limit)
    if args.json:
        print_json([hit_json(hit) for hit in hits])
        return 0
    for hit in hits:
        print(f"{hit.id:45} {summit_ordinal(hit.summit_number):>4}  {hit.title}  "
              f"— {_snippet_text(hit)}")  # fmt: skip
    return 0


def hit_json(hit: SearchHit) -> dict[str, Any]:
    """The documented JSON form of one hit."""
    return {
        "id": hit.id,
        "title": hit.title,
        "summit": hit.summit_number,
        "snippet": _snippet_text(hit),
        "score": hit.score,
        "fields": list(hit.matched_fields),
    }


def _snippet_text(hit: SearchHit) -> str:
    # A snippet can span the lines of a field (partner names, intro paragraphs): one line here.
    return " ".join(highlighted(hit.snippet, MATCH_OPEN, MATCH_CLOSE).split())
