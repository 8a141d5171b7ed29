"""`pfp search QUERY`: full-text search of the catalogue and of the delegate's own notes,
corrections, tags and added initiatives (as the window searches), best matches first.

JSON (``--json``): a list of hits, best first, each
``{"id", "title", "summit", "snippet", "score", "fields"}``: ``snippet`` is plain text with
each match between « and », ``score`` is positive for a hit of the words (higher is better,
comparable within one search only; 0 for a search by tag alone, "GCM 20", in page order),
``fields`` lists where the initiative matched (title, partners, body, context: its tag labels;
note, correction, tag, addition: the delegate's own text).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from pfp_desktop.cli.command_table import summary
from pfp_desktop.cli.common import catalogue_service, existing_personal, print_json

if TYPE_CHECKING:  # imported where used: `pfp --help` loads none of it
    from pfp_desktop.services.search import SearchHit


MATCH_OPEN, MATCH_CLOSE = "«", "»"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `pfp search` to the `pfp` parser."""
    search = commands.add_parser("search", help=summary("search"))
    search.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help='words (prefixes: "remit" finds remittances) or "a quoted phrase"',
    )
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
    from pfp_desktop.domain.finding import FindQuery
    from pfp_desktop.domain.text import summit_ordinal

    catalogue = catalogue_service(args)
    partner = catalogue.find_partner(args.partner).name if args.partner else None
    if args.summit is not None:
        catalogue.summit(args.summit)  # a clear error for an unknown summit
    from pfp_desktop.services.finder import Finder

    facets = {}
    if args.summit is not None:
        facets["summit"] = frozenset({str(args.summit)})
    if partner:  # the window's facet: a joint name ("ICMPD/EU") counts for each member
        facets["partner"] = frozenset({partner})
    text = " ".join(args.query)
    finder = Finder(catalogue, existing_personal(args))  # reading never creates a notes folder
    hits = list(finder.find(FindQuery(text, facets), limit=args.limit).hits) if text.strip() else []
    if args.json:
        print_json([hit_json(hit) for hit in hits])
        return 0
    for hit in hits:
        print(
            f"{hit.id:45} {summit_ordinal(hit.summit_number):>4}  {hit.title}  "
            f"— {_snippet_text(hit)}"
        )
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
    from pfp_desktop.services.search import highlighted

    return " ".join(highlighted(hit.snippet, MATCH_OPEN, MATCH_CLOSE).split())
