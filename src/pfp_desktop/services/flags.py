"""Stars and personal tags on initiatives (and summits or partners)."""

from __future__ import annotations

from sqlalchemy import delete, select

from pfp_desktop.domain.personal import Flags, Target, TargetKind, clean_tag
from pfp_desktop.services.clock import now_iso
from pfp_desktop.services.user_data import UserData
from pfp_desktop.services.writing import writing
from pfp_desktop.storage.user_schema import StarRow, TagRow


class FlagsService:
    def __init__(self, user: UserData) -> None:
        self._sessions = user.sessions

    def flags(self, target: Target) -> Flags:
        """Whether ``target`` is starred, and its tags."""
        with self._sessions() as session:
            starred = session.get(StarRow, (target.kind.value, target.key)) is not None
            tags = session.scalars(
                select(TagRow.tag)
                .where(TagRow.target_kind == target.kind.value, TagRow.target_key == target.key)
                .order_by(TagRow.tag)
            )
            return Flags(starred, tuple(sorted(tags, key=str.casefold)))

    def set_starred(self, target: Target, starred: bool) -> None:
        """Star or unstar ``target`` (nothing changes if it already is so)."""
        with writing(self._sessions) as session:
            row = session.get(StarRow, (target.kind.value, target.key))
            if starred and row is None:
                session.add(
                    StarRow(
                        target_kind=target.kind.value, target_key=target.key, starred_at=now_iso()
                    )
                )
            elif not starred and row is not None:
                session.delete(row)

    def set_tags(self, target: Target, tags: list[str]) -> tuple[str, ...]:
        """Replace the item's tags; returns them as stored (cleaned, unique, sorted)."""
        unique: dict[str, str] = {}
        for tag in map(clean_tag, tags):
            unique.setdefault(tag.casefold(), tag)  # "Tuesday" and "tuesday" are one tag
        cleaned = sorted(unique.values(), key=str.casefold)
        with writing(self._sessions) as session:
            session.execute(
                delete(TagRow).where(
                    TagRow.target_kind == target.kind.value, TagRow.target_key == target.key
                )
            )
            session.add_all(
                TagRow(target_kind=target.kind.value, target_key=target.key, tag=t) for t in cleaned
            )
        return tuple(cleaned)

    def starred(self, kind: TargetKind = TargetKind.INITIATIVE) -> set[str]:
        """The keys of every starred item of this kind."""
        with self._sessions() as session:
            return set(
                session.scalars(select(StarRow.target_key).where(StarRow.target_kind == kind))
            )

    def tagged(self, tag: str, kind: TargetKind = TargetKind.INITIATIVE) -> set[str]:
        """The keys of every item of this kind tagged ``tag``."""
        with self._sessions() as session:
            query = select(TagRow.target_key).where(TagRow.target_kind == kind, TagRow.tag == tag)
            return set(session.scalars(query))

    def all_tags(self) -> list[str]:
        """Every tag in use, sorted without regard to case."""
        with self._sessions() as session:
            return sorted(set(session.scalars(select(TagRow.tag))), key=str.casefold)
