"""Searches a delegate keeps: a name, the typed text and the ticked facets."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pfp_desktop.domain.finding import ALL_FACETS, FindQuery
from pfp_desktop.domain.personal import PersonalDataError, clean_name
from pfp_desktop.services.clock import now_iso
from pfp_desktop.services.user_data import UserData
from pfp_desktop.services.writing import writing
from pfp_desktop.storage.user_schema import SavedSearchRow

MAX_NAME = 120


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: FindQuery


class SavedSearchService:
    def __init__(self, user: UserData) -> None:
        self._sessions = user.sessions

    def all(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        with self._sessions() as session:
            rows = session.scalars(select(SavedSearchRow).order_by(SavedSearchRow.name))
            return [_saved(r) for r in rows]

    def get(self, search_id: int) -> SavedSearch | None:
        """The saved search with this id, or None."""
        with self._sessions() as session:
            row = session.get(SavedSearchRow, search_id)
            return _saved(row) if row else None

    def save(self, name: str, query: FindQuery) -> SavedSearch:
        """Save ``query`` under ``name``; PersonalDataError if the name is taken or empty."""
        name = clean_name(name, "saved search", MAX_NAME)
        facets = {k: sorted(v) for k, v in query.selected.items() if k in ALL_FACETS and v}
        try:
            with writing(self._sessions) as session:
                row = SavedSearchRow(
                    name=name, query=query.text, facets=json.dumps(facets), created_at=now_iso()
                )
                session.add(row)
                session.flush()
                return _saved(row)
        except IntegrityError as exc:
            raise PersonalDataError(f"A saved search is already called '{name}'.") from exc

    def rename(self, search_id: int, name: str) -> None:
        """Rename a saved search; PersonalDataError if the name is taken or empty."""
        name = clean_name(name, "saved search", MAX_NAME)
        try:
            with writing(self._sessions) as session:
                row = session.get(SavedSearchRow, search_id)
                if row is not None:
                    row.name = name
        except IntegrityError as exc:
            raise PersonalDataError(f"A saved search is already called '{name}'.") from exc

    def delete(self, search_id: int) -> SavedSearch | None:
        """Delete a saved search; what it was (for undo), or None if it was gone."""
        with writing(self._sessions) as session:
            row = session.get(SavedSearchRow, search_id)
            if row is None:
                return None
            found = _saved(row)
            session.delete(row)
            return found


def _saved(row: SavedSearchRow) -> SavedSearch:
    facets = json.loads(row.facets)
    selected = {k: frozenset(v) for k, v in facets.items() if k in ALL_FACETS}
    return SavedSearch(row.id, row.name, FindQuery(row.query, selected))
