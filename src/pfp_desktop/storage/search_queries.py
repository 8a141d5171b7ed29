"""Queries over the search index (storage/search_index.py): ranked hits and facet counts.

The MATCH expression always comes from domain.search_query.to_match_expression, never from a
person directly. Ranking is FTS5's bm25 with per-column weights, applied through the hidden
``rank`` column so that FTS5 sorts by it itself: with ``ORDER BY rank LIMIT n`` the snippets
and joins are only computed for the n rows returned, not for every match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    column,
    func,
    select,
    table,
    text,
    union,
)
from sqlalchemy.orm import Session

from pfp_desktop.domain.models import InitiativeFilter
from pfp_desktop.domain.search_query import FACETS, SEARCH_FIELDS, SNIPPET_ELLIPSIS, SearchHit
from pfp_desktop.domain.snippets import SNIPPET_CHARS, make_snippet, matches, search_pattern
from pfp_desktop.domain.text import sdg_target_sort_key
from pfp_desktop.storage import catalogue_schema as t
from pfp_desktop.storage.initiative_reader import filter_conditions
from pfp_desktop.storage.search_index import DOCS_TABLE, FACETS_TABLE, TABLE, TITLES_TABLE

# bm25 weight of each column, in SEARCH_FIELDS order. A title hit must outrank a body that
# repeats the word (tests/services/test_search.py). FTS5 adds the weighted counts before
# saturating them, so the title needs a wide margin: at 10, the two commonest of the 213 title
# words put a body hit above a title hit; at 20, none did.
COLUMN_WEIGHTS = {"title": 20.0, "partners": 4.0, "body": 1.0, "context": 1.0}
RANKING = f"bm25({', '.join(str(COLUMN_WEIGHTS[name]) for name in SEARCH_FIELDS)})"
# Which field's snippet a hit shows, when several matched.
SNIPPET_PREFERENCE = ("body", "partners", "context")

_index = table(
    TABLE,
    column(TABLE, String),  # FTS5's hidden column named after the table: MATCH's left side
    column("rank", Float),
    column("rowid", Integer),
    *(column(name, String) for name in SEARCH_FIELDS),
)
_docs = table(DOCS_TABLE, column("doc", Integer), column("initiative_id", String))
_facets = table(FACETS_TABLE, column("facet", String), column("doc", Integer), column("value"))
_MATCH = _index.c[TABLE].match(bindparam("expression", type_=String))


def has_search_index(session: Session) -> bool:
    """Whether the catalogue holds the search tables (catalogues built before them do not)."""
    master = table("sqlite_master", column("name", String))
    query = select(func.count()).where(master.c.name.in_([TABLE, DOCS_TABLE, FACETS_TABLE]))
    return session.scalar(query) == 3


# Up to this many matches every match is ranked by weighted bm25 (exact). Beyond it (a common
# word in a large catalogue) ranking costs about 2.5 µs per match, so the ranking is tiered:
# the matches whose title or partners match, ranked by bm25 on the small titles table, then
# the other matches in catalogue order. Title hits rank first either way (weight 20). When
# the titles alone match more than this ("migration" in 40,000 titles), ranking them would
# cost ~100 ms, so they too come in catalogue order.
EXACT_RANKING_LIMIT = 2000
# Is there a match past the limit? (Stops there: cheaper than counting every match.)
_BEYOND_EXACT = text(
    f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :expression LIMIT 1 OFFSET :offset"
)
_TITLES_BEYOND_EXACT = text(
    f"SELECT rowid FROM {TITLES_TABLE} WHERE {TITLES_TABLE} MATCH :expression "
    "LIMIT 1 OFFSET :offset"
)
_TITLE_RANKED = text(
    f"SELECT rowid FROM {TITLES_TABLE} WHERE {TITLES_TABLE} MATCH :expression "
    f"AND rank MATCH 'bm25({COLUMN_WEIGHTS['title']}, {COLUMN_WEIGHTS['partners']})' "
    "ORDER BY rank LIMIT :limit"
)
_TITLE_UNRANKED = text(
    f"SELECT rowid FROM {TITLES_TABLE} WHERE {TITLES_TABLE} MATCH :expression LIMIT :limit"
)
_UNRANKED = text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :expression LIMIT :limit")
_ROWS = text(
    f"SELECT s.rowid, d.initiative_id, i.title, se.summit_number, "
    f"{', '.join('s.' + f for f in SEARCH_FIELDS)} FROM {TABLE} s "
    f"JOIN {DOCS_TABLE} d ON d.doc = s.rowid JOIN initiatives i ON i.id = d.initiative_id "
    "JOIN sessions se ON se.id = i.session_id WHERE s.rowid IN :docs"
).bindparams(bindparam("docs", expanding=True))


def search_hits(
    session: Session, expression: str, where: InitiativeFilter, limit: int, query_text: str = ""
) -> list[SearchHit]:
    """The best ``limit`` initiatives matching ``expression`` within ``where``, best first."""
    params = {"expression": expression, "limit": limit}
    if where == InitiativeFilter() and _has_titles_table(session):
        beyond = {"expression": expression, "offset": EXACT_RANKING_LIMIT}
        # The titles are a part of the text: when they alone pass the limit, so does the text.
        if session.scalar(_TITLES_BEYOND_EXACT, beyond) is not None:
            # Title hits before partner hits, as their weights would have ranked them.
            title_only = f"title : ({expression})"
            tiers = [(_TITLE_UNRANKED, title_only), (_TITLE_UNRANKED, expression)]
            return _tiered_hits(session, [*tiers, (_UNRANKED, expression)], params, query_text)
        if session.scalar(_BEYOND_EXACT, beyond) is not None:
            tiers = [(_TITLE_RANKED, expression), (_UNRANKED, expression)]
            return _tiered_hits(session, tiers, params, query_text)
    rows = session.execute(_hits_query(where), params)
    pattern = search_pattern(query_text)
    return [_python_hit(row[1:], -row[0], pattern) for row in rows]


def _tiered_hits(
    session: Session, tiers: Sequence[tuple[Any, str]], params: dict[str, Any], query_text: str
) -> list[SearchHit]:
    """Hits from ``tiers`` (query, MATCH expression) in turn, each filling what is left."""
    limit = params["limit"]
    docs: list[int] = []
    for query, expression in tiers:
        if len(docs) >= limit:
            break
        chosen = set(docs)
        rows = session.execute(query, {"expression": expression, "limit": limit + len(docs)})
        docs += [d for (d,) in rows if d not in chosen][: limit - len(docs)]
    # Snippets from the stored text, in Python: FTS5's snippet() would re-run the MATCH (and
    # its prefix expansion) for every row, costing more than the ranking saved.
    by_doc = {row[0]: row[1:] for row in session.execute(_ROWS, {"docs": docs})}
    pattern = search_pattern(query_text)
    return [
        _python_hit(by_doc[d], float(len(docs) - n), pattern)
        for n, d in enumerate(docs)
        if d in by_doc
    ]


def _python_hit(row: Sequence[Any], score: float, pattern: re.Pattern[str] | None) -> SearchHit:
    initiative_id, title, summit, *texts = row
    fields = dict(zip(SEARCH_FIELDS, (t or "" for t in texts), strict=True))
    matched = tuple(f for f in SEARCH_FIELDS if pattern and matches(fields[f], pattern))
    shown = [f for f in SNIPPET_PREFERENCE if f in matched]
    snippet = _start(fields["body"])
    if shown and pattern:
        snippet = _field_snippet(fields[shown[0]], pattern) or snippet
    return SearchHit(initiative_id, title, summit, snippet, score, matched)


def _field_snippet(text: str, pattern: re.Pattern[str]) -> str:
    """The passage around the first match; in a field of one item a line (tag labels, partner
    names), only the line that matched, never a run of the others."""
    if "\n" not in text:
        return make_snippet(text, pattern)
    for line in text.splitlines():
        if matches(line, pattern):
            return make_snippet(line, pattern)
    return make_snippet(text, pattern)


def _start(text: str) -> str:
    """The start of a text, cut at a word with an ellipsis: what a title-only hit shows."""
    if len(text) <= SNIPPET_CHARS:
        return text.replace("\n", " ")
    cut = text.rfind(" ", 0, SNIPPET_CHARS)
    return text[: cut if cut > 0 else SNIPPET_CHARS].replace("\n", " ") + SNIPPET_ELLIPSIS


def _has_titles_table(session: Session) -> bool:
    master = table("sqlite_master", column("name", String))
    return bool(session.scalar(select(func.count()).where(master.c.name == TITLES_TABLE)))


@lru_cache(maxsize=64)
def _hits_query(where: InitiativeFilter) -> Select[Any]:
    # Built once per filter: building the statement cost more than running it on the shipped
    # catalogue (benchmarks/search.py). The text and the limit are bound parameters. Snippets
    # are made in Python from the stored text (_python_hit), so that a hit shows the field and
    # the line that matched, never a run of tag labels.
    return (
        select(
            _index.c.rank,
            _docs.c.initiative_id,
            t.InitiativeRow.title,
            t.SessionRow.summit_number,
            *(_index.c[f] for f in SEARCH_FIELDS),
        )
        .select_from(_index)
        .join(_docs, _docs.c.doc == _index.c.rowid)
        .join(t.InitiativeRow, t.InitiativeRow.id == _docs.c.initiative_id)
        .join(t.SessionRow, t.SessionRow.id == t.InitiativeRow.session_id)
        .where(_MATCH, *filter_conditions(where))
        .where(_index.c.rank.op("MATCH")(RANKING))  # FTS5's way to choose the rank function
        .order_by(_index.c.rank)
        .limit(bindparam("limit", type_=Integer))
    )


def facet_counts(
    session: Session, expression: str, where: InitiativeFilter
) -> dict[str, dict[str, int]]:
    """For each facet (domain.search_query.FACETS), how many matching initiatives each of its
    values holds: most first. One grouped query per facet."""
    return {
        facet: _counts(session.execute(query, {"expression": expression}).all(), facet)
        for facet, query in _facet_queries(where).items()
    }


@lru_cache(maxsize=64)
def _facet_queries(where: InitiativeFilter) -> dict[str, Select[Any]]:
    matches = select(_index.c.rowid).where(_MATCH)
    conditions = filter_conditions(where)
    if conditions:  # the docs ``where`` selects, found through the catalogue tables
        allowed = (
            select(_docs.c.doc)
            .join(t.InitiativeRow, t.InitiativeRow.id == _docs.c.initiative_id)
            .join(t.SessionRow, t.SessionRow.id == t.InitiativeRow.session_id)
            .where(*conditions)
        )
        matches = matches.where(_index.c.rowid.in_(allowed))
    queries = {
        facet: select(_facets.c.value, func.count())
        .where(and_(_facets.c.facet == facet, _facets.c.doc.in_(matches)))
        .group_by(_facets.c.value)
        for facet in FACETS
    }
    return queries | {"partner": _partner_counts_query(matches)}


def _partner_counts_query(matches: Select[Any]) -> Select[Any]:
    """A joint name ("ICMPD/EU") counts for each of its members too, once per initiative, as
    in storage/partner_queries.py."""
    member = t.PartnerMemberRow
    listed = and_(_facets.c.facet == "partner", _facets.c.doc.in_(matches))
    direct = select(_facets.c.value.label("value"), _facets.c.doc).where(listed)
    through = (
        select(member.member_name.label("value"), _facets.c.doc)
        .join(member, member.partner_name == _facets.c.value)
        .where(listed)
    )
    both = union(direct, through).subquery()  # union, not union all: one doc once per name
    return select(both.c.value, func.count()).group_by(both.c.value)


_VALUE_ORDER: dict[str, Callable[[str], Any]] = {
    "summit": int,
    "gcm": int,
    "sdg": sdg_target_sort_key,
    "partner": str.casefold,
    "partner_kind": str,
}


def _counts(rows: Sequence[Sequence[Any]], facet: str) -> dict[str, int]:
    # Most first; ties in the values' natural order (numbers as numbers, 3.8 before 10.2).
    order = _VALUE_ORDER[facet]
    ordered = sorted(rows, key=lambda row: (-row[1], order(row[0])))
    return {str(value): count for value, count in ordered}
