"""Full-text search of the catalogue: ranked hits with snippets, and live facet counts.

What a person types is translated by domain.search_query.to_match_expression (see its rules);
any text at all gives a result, never an error. Snippets mark matches with
``HIGHLIGHT_START``/``HIGHLIGHT_END`` (private-use characters): escape the snippet for your
markup first, then replace the markers (domain.search_query.highlighted).
"""

from __future__ import annotations

import re

from pfp_desktop.domain.models import InitiativeFilter, Summit
from pfp_desktop.domain.search_query import (
    FACETS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SearchHit,
    highlighted,
    to_match_expression,
)
from pfp_desktop.domain.snippets import make_snippet, matches, search_pattern
from pfp_desktop.locale import summit_title
from pfp_desktop.services.catalogue_service import CatalogueService, CatalogueUnavailableError
from pfp_desktop.storage import search_queries
from pfp_desktop.storage.initiative_reader import EVERYTHING

__all__ = [
    "FACETS",
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "SearchHit",
    "SearchService",
    "highlighted",
]


class SearchService:
    """Searches one catalogue (through its CatalogueService's read-only engine)."""

    def __init__(self, catalogue: CatalogueService) -> None:
        self._catalogue = catalogue
        self._intro_texts: list[tuple[str, str, str, int, str]] | None = None
        self._summits: dict[int, Summit] = {}
        with catalogue.session() as session:
            if not search_queries.has_search_index(session):
                raise CatalogueUnavailableError(
                    f"{catalogue.path} has no search index: rebuild it with `pfp build-catalogue`."
                )

    def search(
        self, query: str, where: InitiativeFilter = EVERYTHING, limit: int = 50
    ) -> list[SearchHit]:
        """The initiatives matching ``query`` (and every criterion of ``where``), best first,
        at most ``limit``. Empty or punctuation-only text finds nothing."""
        expression = to_match_expression(query)
        if expression is None:
            return []
        return self.hits(expression, query, where, limit)

    def hits(
        self, expression: str, query: str, where: InitiativeFilter = EVERYTHING, limit: int = 50
    ) -> list[SearchHit]:
        """``search`` for an expression already made from ``query``."""
        if limit <= 0:
            return []
        with self._catalogue.session() as session:
            return search_queries.search_hits(session, expression, where, limit, query)

    def facet_counts(
        self, query: str, where: InitiativeFilter = EVERYTHING
    ) -> dict[str, dict[str, int]]:
        """For each facet of FACETS (summit, partner, partner_kind, gcm, sdg), how many of the
        initiatives ``search`` would find (with no limit) hold each value, most first.

        Keys are strings: summit and GCM numbers ("11", "19"), canonical partner names,
        "country" or "organisation", SDG targets ("10.7"). An initiative with two partners
        counts once under each; a value no match holds is absent. Text that finds nothing
        gives every facet empty."""
        expression = to_match_expression(query)
        if expression is None:
            return {facet: {} for facet in FACETS}
        with self._catalogue.session() as session:
            return search_queries.facet_counts(session, expression, where)

    def pages(self, query: str) -> list[SearchHit]:
        """The summits and sessions whose PfP introduction holds every word of ``query``, as
        hits of their own (kind "summit" or "session", id the page's key): a word in a
        summit's introduction is no reason to list each of its initiatives."""
        chunks = [p for p in map(search_pattern, re.findall(r'"[^"]*"?|\S+', query)) if p]
        whole = search_pattern(query)
        if not chunks or whole is None:
            return []
        texts = self._intros()
        found = [t for t in texts if all(matches(t[4], p) for p in chunks)]
        return [
            SearchHit(
                key,
                self._title(title, number),
                number,
                make_snippet(text, whole),
                0.0,
                ("intro",),
                kind,
            )
            for kind, key, title, number, text in found
        ]

    def _title(self, session_label: str, number: int) -> str:
        """'11th Summit · Marrakesh 2018', with ' · <session>' for a session, in the language of
        the moment (the intros are read once; the window's language may change)."""
        summit = summit_title(number, self._summits.get(number))
        return f"{summit} · {session_label}" if session_label else summit

    def _intros(self) -> list[tuple[str, str, str, int, str]]:
        """(kind, key, session label, summit number, intro) of each summit and session with an intro
        of its own; read once (the catalogue is read-only)."""
        if self._intro_texts is None:
            summits = self._summits = {s.number: s for s in self._catalogue.summits()}
            texts = [("summit", str(n), "", n, s.pfp_intro) for n, s in summits.items()]
            texts += [
                (
                    "session",
                    str(se.id),
                    se.label,
                    se.summit_number,
                    se.intro,
                )
                for se in self._catalogue.sessions()
                if se.intro != summits[se.summit_number].pfp_intro
            ]
            self._intro_texts = [t for t in texts if t[4]]
        return self._intro_texts
