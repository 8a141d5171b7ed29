"""Which initiatives hold each facet value, and which match a MATCH expression: plain sets,
read with one query each, for the finder's set arithmetic."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from pfp_desktop.storage.search_index import DOCS_TABLE, FACETS_TABLE, TABLE


def facet_memberships(session: Session) -> dict[str, dict[str, set[str]]]:
    """facet -> value -> initiative ids, for the catalogue's facets."""
    rows = driver_rows(
        session,
        f"SELECT f.facet, f.value, d.initiative_id FROM {FACETS_TABLE} f "
        f"JOIN {DOCS_TABLE} d ON d.doc = f.doc",
    )
    result: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    one_copy: dict[str, str] = {}  # each id once in memory, not once per row (800,000)
    for facet, value, initiative_id in rows:
        result[facet][value].add(one_copy.setdefault(initiative_id, initiative_id))
    _count_joint_names_for_members(session, result["partner"])
    return {facet: dict(values) for facet, values in result.items()}


def _count_joint_names_for_members(session: Session, partners: dict[str, set[str]]) -> None:
    """A joint name's initiatives ("ICMPD/EU") are each member's too (the European Union's),
    as in the tree, on the partner's page and in `pfp list --partner`
    (storage/partner_queries.py). Read here rather than written into the index, so that a
    catalogue built before (an installed update, say) counts the same way."""
    for joint, member in driver_rows(session, _MEMBERS):
        if joint in partners:
            partners[member] = partners.get(member, set()) | partners[joint]


_MEMBERS = "SELECT partner_name, member_name FROM partner_members"


def facet_pair_counts(session: Session, first: str, second: str) -> dict[tuple[str, str], int]:
    """(value of ``first``, value of ``second``) -> how many initiatives hold both: the size
    of the intersection of the two values' memberships, counted by SQLite (a facet row is
    unique by facet, doc and value, and a doc is one initiative). At 100,000 initiatives
    reading the memberships to intersect them took ~1.1 s; this takes ~0.2 s."""
    rows = session.execute(
        text(
            f"SELECT a.value, b.value, count(*) FROM {FACETS_TABLE} a "
            f"JOIN {FACETS_TABLE} b ON b.doc = a.doc AND b.facet = :second "
            "WHERE a.facet = :first GROUP BY a.value, b.value"
        ),
        {"first": first, "second": second},
    )
    return {(a, b): count for a, b, count in rows}


def page_order(session: Session) -> list[tuple[str, str, int]]:
    """(id, title, summit) of every initiative, in page order."""
    return list(
        driver_rows(
            session,
            "SELECT i.id, i.title, se.summit_number FROM initiatives i "
            "JOIN sessions se ON se.id = i.session_id "
            "ORDER BY se.summit_number DESC, se.position, i.position",
        )
    )


def driver_rows(session: Session, sql: str) -> Iterator[Any]:
    """The rows of ``sql`` as the sqlite3 driver gives them, one at a time (all at once would
    double the memory peak). For the few reads of the whole catalogue (800,000 rows at 100,000
    initiatives): SQLAlchemy's row objects cost more than a second there, in Python that holds
    the GIL beside the window."""
    connection = session.connection().connection.dbapi_connection
    assert connection is not None
    rows: Iterator[Any] = iter(connection.execute(sql))
    return rows


def catalogue_matches(session: Session, expression: str) -> set[str]:
    """Every initiative whose indexed text matches (no ranking: the cheap question)."""
    rows = session.execute(
        text(
            f"SELECT d.initiative_id FROM {TABLE} s JOIN {DOCS_TABLE} d ON d.doc = s.rowid "
            f"WHERE {TABLE} MATCH :expression"
        ),
        {"expression": expression},
    )
    return {row[0] for row in rows}


def any_match(session: Session, expression: str) -> bool:
    """Whether any initiative's indexed text matches (stops at the first)."""
    query = text(f"SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH :expression LIMIT 1")
    return session.scalar(query, {"expression": expression}) is not None
