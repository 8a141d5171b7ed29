"""Local corrections of catalogue fields: stored beside the catalogue, never in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select

from pfp_desktop.domain.models import Initiative
from pfp_desktop.domain.personal import EDITABLE_FIELDS, FieldOverride, PersonalDataError
from pfp_desktop.services.clock import now_iso
from pfp_desktop.services.user_data import UserData
from pfp_desktop.services.writing import writing
from pfp_desktop.storage.sqlite_files import in_batches
from pfp_desktop.storage.user_schema import OverrideRow


class CorrectionsService:
    def __init__(self, user: UserData) -> None:
        self._sessions = user.sessions

    def overrides_for(self, initiative_id: str) -> dict[str, FieldOverride]:
        """The delegate's corrections of one initiative, by field."""
        with self._sessions() as session:
            rows = session.scalars(
                select(OverrideRow).where(OverrideRow.initiative_id == initiative_id)
            )
            return {r.field: _override(r) for r in rows}

    def overrides_for_many(self, ids: Sequence[str]) -> dict[str, dict[str, FieldOverride]]:
        """The corrections of these initiatives, by initiative and field (corrected ones only):
        one query per 500 ids, for a pack of many initiatives."""
        found: dict[str, dict[str, FieldOverride]] = {}
        with self._sessions() as session:
            for batch in in_batches(ids):
                rows = session.scalars(
                    select(OverrideRow).where(OverrideRow.initiative_id.in_(batch))
                )
                for row in rows:
                    found.setdefault(row.initiative_id, {})[row.field] = _override(row)
        return found

    def corrected_ids(self) -> set[str]:
        """The initiatives with at least one local correction."""
        with self._sessions() as session:
            return set(session.scalars(select(OverrideRow.initiative_id).distinct()))

    def all_overrides(self) -> list[FieldOverride]:
        """Every correction the delegate made, by initiative and field."""
        with self._sessions() as session:
            query = select(OverrideRow).order_by(OverrideRow.initiative_id, OverrideRow.field)
            return [_override(r) for r in session.scalars(query)]

    def set_override(
        self, initiative_id: str, field: str, value: str, catalogue_value: str
    ) -> FieldOverride:
        """Correct one field locally. Setting it back to the catalogue text reverts it."""
        if field not in EDITABLE_FIELDS:
            raise PersonalDataError(f"'{field}' cannot be corrected locally.")
        if field == "title" and not value.strip():
            raise PersonalDataError("A title cannot be empty.")
        with writing(self._sessions) as session:
            row = session.get(OverrideRow, (initiative_id, field))
            if value == catalogue_value:
                if row is not None:
                    session.delete(row)
                return FieldOverride(initiative_id, field, value, catalogue_value, now_iso())
            if row is None:
                row = OverrideRow(initiative_id=initiative_id, field=field)
                session.add(row)
            row.value, row.catalogue_value, row.updated_at = value, catalogue_value, now_iso()
            return _override(row)

    def revert(self, initiative_id: str, field: str) -> FieldOverride | None:
        """Drop a correction; returns it (for undo), or None if there was none."""
        with writing(self._sessions) as session:
            row = session.get(OverrideRow, (initiative_id, field))
            if row is None:
                return None
            found = _override(row)
            session.delete(row)
            return found

    def restore(self, override: FieldOverride) -> None:
        """Put back a correction exactly as it was (undo of a revert)."""
        with writing(self._sessions) as session:
            session.merge(
                OverrideRow(
                    initiative_id=override.initiative_id,
                    field=override.field,
                    value=override.value,
                    catalogue_value=override.catalogue_value,
                    updated_at=override.updated_at,
                )
            )


def apply_overrides(item: Initiative, overrides: dict[str, FieldOverride]) -> Initiative:
    """The initiative as the delegate corrected it."""

    def value(field: str, catalogue: str) -> str:
        found = overrides.get(field)
        return found.value if found else catalogue

    return replace(
        item,
        title=value("title", item.title),
        policy_challenge=value("policy_challenge", item.policy_challenge),
        solution=value("solution", item.solution),
    )


def _override(row: OverrideRow) -> FieldOverride:
    return FieldOverride(
        row.initiative_id, row.field, row.value, row.catalogue_value, row.updated_at
    )
