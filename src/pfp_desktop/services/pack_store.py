"""Briefing packs kept in the user database: one per meeting, named, ordered, with options."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pfp_desktop.domain.briefing_pack import PAPERS, PackOptions
from pfp_desktop.domain.personal import PersonalDataError, clean_name
from pfp_desktop.services.clock import now_iso
from pfp_desktop.services.user_data import UserData
from pfp_desktop.services.writing import writing
from pfp_desktop.storage.user_schema import PackItemRow, PackRow

MAX_NAME = 120


@dataclass(frozen=True)
class StoredPack:
    id: int
    name: str
    options: PackOptions
    initiative_ids: tuple[str, ...]


class PackStore:
    def __init__(self, user: UserData) -> None:
        self._sessions = user.sessions

    def all(self) -> list[StoredPack]:
        """Every saved briefing pack, by name."""
        with self._sessions() as session:
            rows = session.scalars(select(PackRow).order_by(PackRow.name)).all()
            return [_pack(session, r) for r in rows]

    def get(self, pack_id: int) -> StoredPack | None:
        """The pack with this id, or None."""
        with self._sessions() as session:
            row = session.get(PackRow, pack_id)
            return _pack(session, row) if row else None

    def create(self, name: str, options: PackOptions | None = None) -> StoredPack:
        """A new, empty pack (its title defaults to its name)."""
        name = clean_name(name, "pack", MAX_NAME)
        return self.save(StoredPack(0, name, options or PackOptions(title=name), ()))

    def save(self, pack: StoredPack) -> StoredPack:
        """Store the pack whole (name, options, items in order) in one transaction."""
        name = clean_name(pack.name, "pack", MAX_NAME)
        if pack.options.paper not in PAPERS:
            raise PersonalDataError(f"Paper must be one of {', '.join(PAPERS)}.")
        try:
            with writing(self._sessions) as session:
                row = session.get(PackRow, pack.id) if pack.id else None
                if row is None:
                    row = PackRow(created_at=now_iso())
                    if pack.id:
                        row.id = pack.id  # restoring a deleted pack (undo) keeps its id
                    session.add(row)
                row.name, row.options, row.updated_at = name, _options_json(pack.options), now_iso()
                session.flush()
                session.execute(delete(PackItemRow).where(PackItemRow.pack_id == row.id))
                ids = list(dict.fromkeys(pack.initiative_ids))  # once each, first place kept
                session.add_all(
                    PackItemRow(pack_id=row.id, position=n, initiative_id=i)
                    for n, i in enumerate(ids)
                )
                session.flush()
                return _pack(session, row)
        except IntegrityError as exc:
            raise PersonalDataError(f"A pack is already called '{name}'.") from exc

    def delete(self, pack_id: int) -> StoredPack | None:
        """Delete the pack; what it was (for undo), or None if it was gone."""
        with writing(self._sessions) as session:
            row = session.get(PackRow, pack_id)
            if row is None:
                return None
            found = _pack(session, row)
            session.delete(row)
            return found


def _options_json(options: PackOptions) -> str:
    return json.dumps(asdict(options), ensure_ascii=False, sort_keys=True)


def _pack(session: Session, row: PackRow) -> StoredPack:
    query = (
        select(PackItemRow.initiative_id)
        .where(PackItemRow.pack_id == row.id)
        .order_by(PackItemRow.position)
    )
    options = PackOptions(**json.loads(row.options))
    return StoredPack(row.id, row.name, options, tuple(session.scalars(query)))
