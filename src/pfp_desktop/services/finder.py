"""Finding initiatives as a delegate types: catalogue text and their own notes, narrowed by
facets, with live counts. The UI calls find() off the GUI thread."""

from __future__ import annotations

from dataclasses import replace

from pfp_desktop.domain.finding import (
    PERSONAL_FACETS,
    YES,
    FindQuery,
    FindResult,
    facet_counts,
    narrow,
)
from pfp_desktop.domain.personal import TargetKind
from pfp_desktop.domain.search_query import SearchHit, to_match_expression
from pfp_desktop.domain.typed_tags import TypedTag, typed_tags, without_tags
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.gc_pause import cycle_collector_paused
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.search import SearchService
from pfp_desktop.storage import facet_index
from pfp_desktop.storage.personal_search import PersonalMatch, personal_matches

RANKED_WINDOW = 100  # ranked hits fetched with snippets; further matches follow in page order


class Finder:
    def __init__(self, catalogue: CatalogueService, personal: Personal | None = None) -> None:
        self.catalogue = catalogue
        self.personal = personal
        self.search = SearchService(catalogue)
        self._memberships: dict[str, dict[str, set[str]]] | None = None
        self._page_order: list[tuple[str, str, int]] | None = None
        self._ids: frozenset[str] | None = None

    def prepare(self) -> None:
        """Read what every search needs, ahead of the first one (seconds at 100,000
        initiatives): the UI calls this on its search thread when the catalogue opens."""
        with cycle_collector_paused(then_freeze=True):
            self._catalogue_memberships()
            self._catalogue_ids()

    def _catalogue_memberships(self) -> dict[str, dict[str, set[str]]]:
        if self._memberships is None:  # the catalogue is read-only: read once
            with self.catalogue.session() as session:
                self._memberships = facet_index.facet_memberships(session)
        return self._memberships

    def _summaries(self) -> list[tuple[str, str, int]]:
        if self._page_order is None:
            with self.catalogue.session() as session:
                self._page_order = facet_index.page_order(session)
        return self._page_order

    def find(self, query: FindQuery, limit: int = 100) -> FindResult:
        """Matches of the text (all initiatives when there is none), narrowed by the facets."""
        with cycle_collector_paused():
            return self._find(query, limit)

    def _find(self, query: FindQuery, limit: int) -> FindResult:
        tags = typed_tags(query.text)
        words = without_tags(query.text, tags)
        expression = self._expression(words)
        if words.strip() and expression is None and not tags:
            return FindResult((), {}, 0)
        mine = self._personal_matches(expression) if expression else []
        matched = self._matched(expression, mine)
        memberships = {**self._catalogue_memberships(), **self._personal_memberships()}
        for facet, values in self._tag_facets(tags):
            members = memberships.get(facet, {})
            matched = matched & set().union(*(members.get(v, set()) for v in values))
        result = narrow(matched, memberships, query.selected)
        everything = self._everything(matched, memberships)
        counts = facet_counts(matched, memberships, query.selected, everything)
        hits = self._ranked(words, expression, result, mine, limit)
        pages = self.search.pages(words) if expression and not any(query.selected.values()) else []
        hits = self._with_local_titles(hits)
        return FindResult(tuple(hits), counts, len(result), tuple(tags), tuple(pages))

    def _expression(self, words: str) -> str | None:
        """The MATCH expression of the words; when they find nothing as typed, the last one
        may be half typed: try again with a shorter start of it (domain/search_query.py)."""
        expression = to_match_expression(words)
        if expression is None:
            return None
        with self.catalogue.session() as session:
            if facet_index.any_match(session, expression):
                return expression
        if self.personal is not None and personal_matches(
            self.personal.user.engine, expression, limit=1
        ):
            return expression
        return to_match_expression(words, typing=True)

    def _tag_facets(self, tags: list[TypedTag]) -> list[tuple[str, set[str]]]:
        """The facet values the typed tags stand for, each tag on its own (they narrow
        together: "GCM 19 GCM 20" is tagged with both). An SDG goal is all of its targets."""
        sdg = self._catalogue_memberships().get("sdg", {})
        result = []
        for tag in tags:
            values = {tag.value}
            if tag.facet == "sdg" and "." not in tag.value:
                values = {v for v in sdg if v.partition(".")[0] == tag.value} or values
            result.append((tag.facet, values))
        return result

    def _everything(
        self, matched: set[str], memberships: dict[str, dict[str, set[str]]]
    ) -> frozenset[str]:
        """Every id the counts may meet: the catalogue's, and those of the personal facets
        and matches (notes on added initiatives, say)."""
        personal = (ids for facet in PERSONAL_FACETS for ids in memberships.get(facet, {}).values())
        return self._catalogue_ids().union(matched, *personal)

    def _catalogue_ids(self) -> frozenset[str]:
        if self._ids is None:
            self._ids = frozenset(i for i, _, _ in self._summaries())
        return self._ids

    def _matched(self, expression: str | None, mine: list[PersonalMatch]) -> set[str]:
        added = {a.id for a in self.personal.additions.all()} if self.personal else set()
        if expression is None:
            return {i for i, _, _ in self._summaries()} | added
        with self.catalogue.session() as session:
            found = facet_index.catalogue_matches(session, expression)
        return found | {m.key for m in mine if m.kind == TargetKind.INITIATIVE}

    def _personal_matches(self, expression: str) -> list[PersonalMatch]:
        if self.personal is None:
            return []
        return personal_matches(self.personal.user.engine, expression)

    def _personal_memberships(self) -> dict[str, dict[str, set[str]]]:
        if self.personal is None:
            return {}
        flags, notes = self.personal.flags, self.personal.notes
        edited = {o.initiative_id for o in self.personal.corrections.all_overrides()}
        return {
            "starred": {YES: flags.starred(TargetKind.INITIATIVE)},
            "has_notes": {YES: notes.targets_with_notes(TargetKind.INITIATIVE)},
            "edited_locally": {YES: edited},
        }

    def _ranked(
        self,
        text: str,
        expression: str | None,
        result: set[str],
        mine: list[PersonalMatch],
        limit: int,
    ) -> list[SearchHit]:
        hits: list[SearchHit] = []
        if expression is not None:
            ranked = self.search.hits(expression, text, limit=max(limit, RANKED_WINDOW))
            hits = [h for h in ranked if h.id in result]
            mine_by_id = {m.key: m for m in reversed(mine) if m.kind == TargetKind.INITIATIVE}
            hits = [_with_note(h, mine_by_id.get(h.id)) for h in hits]
            seen = {h.id for h in hits}
            places, wanted = self._places(), result - seen
            extra = [m for m in mine_by_id.values() if m.key in wanted and m.key in places]
            hits += [_personal_hit(m, *places[m.key]) for m in extra]
        seen = {h.id for h in hits}
        for initiative_id, title, summit in self._summaries():  # the rest, in page order
            if len(hits) >= limit:
                break
            if initiative_id in result and initiative_id not in seen:
                hits.append(SearchHit(initiative_id, title, summit, "", 0.0, ()))
        return hits[:limit] + self._added_hits(result, seen, limit - len(hits))

    def _places(self) -> dict[str, tuple[str, int]]:
        """Title and summit of every initiative, catalogue and added."""
        places = {i: (title, summit) for i, title, summit in self._summaries()}
        if self.personal is not None:
            places |= {a.id: (a.title, a.summit_number) for a in self.personal.additions.all()}
        return places

    def _added_hits(self, result: set[str], seen: set[str], room: int) -> list[SearchHit]:
        if self.personal is None or room <= 0:
            return []
        added = [a for a in self.personal.additions.all() if a.id in result and a.id not in seen]
        return [
            SearchHit(a.id, a.title, a.summit_number, "", 0.0, ("addition",)) for a in added[:room]
        ]

    def _with_local_titles(self, hits: list[SearchHit]) -> list[SearchHit]:
        if self.personal is None:
            return hits
        titles = {
            o.initiative_id: o.value
            for o in self.personal.corrections.all_overrides()
            if o.field == "title"
        }
        return [replace(h, title=titles[h.id]) if h.id in titles else h for h in hits]


def _with_note(hit: SearchHit, match: PersonalMatch | None) -> SearchHit:
    if match is None:
        return hit
    return replace(hit, matched_fields=(*hit.matched_fields, match.source))


def _personal_hit(match: PersonalMatch, title: str, summit: int) -> SearchHit:
    return SearchHit(match.key, title, summit, match.snippet, match.score, (match.source,))
