"""Initiatives a delegate adds (a talk heard at the summit), kept in the user database."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from pfp_desktop.domain.personal import (
    LOCAL_ID_PREFIX,
    LocalInitiative,
    LocalSummit,
    PersonalDataError,
    check_local_summit,
)
from pfp_desktop.services.clock import now_iso
from pfp_desktop.services.user_data import UserData
from pfp_desktop.services.writing import writing
from pfp_desktop.storage.user_schema import AdditionRow, LocalSummitRow


class AdditionsService:
    def __init__(self, user: UserData) -> None:
        self._sessions = user.sessions

    def all(self) -> list[LocalInitiative]:
        """Every initiative the delegate added, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(select(AdditionRow).order_by(AdditionRow.created_at))
            return [_local(r) for r in rows]

    def get(self, initiative_id: str) -> LocalInitiative | None:
        """The delegate's initiative with this id, or None."""
        with self._sessions() as session:
            row = session.get(AdditionRow, initiative_id)
            return _local(row) if row else None

    def add(self, item: LocalInitiative) -> LocalInitiative:
        """Store a new initiative; it gets a fresh local id unless it has one (undo, import)."""
        _check(item)
        stamp = now_iso()
        new_id = item.id or f"{LOCAL_ID_PREFIX}{uuid.uuid4().hex[:12]}"
        with writing(self._sessions) as session:
            row = AdditionRow(id=new_id, created_at=item.created_at or stamp, updated_at=stamp)
            _fill(row, item)
            session.add(row)
            return _local(row)

    def update(self, item: LocalInitiative) -> LocalInitiative:
        """Save new text for an added initiative; the stored initiative."""
        _check(item)
        with writing(self._sessions) as session:
            row = session.get(AdditionRow, item.id)
            if row is None:
                raise LookupError(f"No added initiative '{item.id}'.")
            _fill(row, item)
            row.updated_at = now_iso()
            return _local(row)

    def local_summits(self) -> list[LocalSummit]:
        """The summits the delegate added, newest first."""
        with self._sessions() as session:
            query = select(LocalSummitRow).order_by(LocalSummitRow.number.desc())
            return [LocalSummit(r.number, r.year, r.city) for r in session.scalars(query)]

    def add_local_summit(self, summit: LocalSummit, catalogue_numbers: set[int]) -> LocalSummit:
        """Store a summit the catalogue lacks (``catalogue_numbers``); one already added under
        this number takes the new year and city."""
        checked = check_local_summit(summit, catalogue_numbers)
        with writing(self._sessions) as session:
            row = session.get(LocalSummitRow, checked.number)
            if row is None:
                row = LocalSummitRow(number=checked.number, created_at=now_iso())
                session.add(row)
            row.year, row.city = checked.year, checked.city
        return checked

    def delete(self, initiative_id: str) -> LocalInitiative | None:
        """Remove it; returns what was removed (for undo)."""
        with writing(self._sessions) as session:
            row = session.get(AdditionRow, initiative_id)
            if row is None:
                return None
            removed = _local(row)
            session.delete(row)
            return removed


def _check(item: LocalInitiative) -> None:
    if not item.title.strip():
        raise PersonalDataError("An initiative needs a title.")
    if item.id and not item.id.startswith(LOCAL_ID_PREFIX):
        raise PersonalDataError(f"Added initiatives have ids starting '{LOCAL_ID_PREFIX}'.")


def _fill(row: AdditionRow, item: LocalInitiative) -> None:
    row.summit_number, row.session_id = item.summit_number, item.session_id
    row.title, row.partners = item.title.strip(), json.dumps(list(item.partners))
    row.policy_challenge, row.solution = item.policy_challenge, item.solution


def _local(row: AdditionRow) -> LocalInitiative:
    return LocalInitiative(
        id=row.id,
        summit_number=row.summit_number,
        session_id=row.session_id,
        title=row.title,
        partners=tuple(json.loads(row.partners)),
        policy_challenge=row.policy_challenge,
        solution=row.solution,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
