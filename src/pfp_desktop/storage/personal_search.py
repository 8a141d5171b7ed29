"""Full-text queries over the delegate's own text (notes, corrections, tags, additions), which
triggers keep indexed in the user database (migration 0002), by English stem (0003)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text

from pfp_desktop.domain.search_query import HIGHLIGHT_END, HIGHLIGHT_START, SNIPPET_ELLIPSIS


@dataclass(frozen=True)
class PersonalMatch:
    kind: str
    key: str
    source: str  # note, correction, tag, addition
    snippet: str
    score: float  # higher is better, comparable within one query only


def personal_matches(engine: Engine, expression: str, limit: int = 1000) -> list[PersonalMatch]:
    """The delegate's notes, tags and additions matching an FTS5 ``expression``, best first."""
    query = text(
        "SELECT kind, key, source, snippet(personal_index, 3, :start, :end, :dots, 16), rank "
        "FROM personal_index WHERE personal_index MATCH :expression ORDER BY rank LIMIT :limit"
    )
    params = {
        "expression": expression,
        "start": HIGHLIGHT_START,
        "end": HIGHLIGHT_END,
        "dots": SNIPPET_ELLIPSIS,
        "limit": limit,
    }
    with engine.connect() as connection:
        rows = connection.execute(query, params).all()
    return [PersonalMatch(k, key, s, snip, -rank) for k, key, s, snip, rank in rows]
