"""ORM tables of the user database: everything a delegate writes. Never the catalogue.

Keyed by the catalogue's stable ids (initiative id, summit number, partner name), so a newer
catalogue never orphans anything silently. Changed only through Alembic migrations.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, MetaData, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from pfp_desktop.storage.catalogue_schema import NAMING_CONVENTION


class UserBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class NoteRow(UserBase):
    """The current text of the note on one item (initiative, summit or partner)."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str]
    target_key: Mapped[str]
    text: Mapped[str]
    updated_at: Mapped[str]  # ISO 8601, UTC

    __table_args__ = (UniqueConstraint("target_kind", "target_key"),)


class NoteRevisionRow(UserBase):
    """Every saved state of a note, oldest first. The newest is the note's text, except after
    an import that kept a conflicting text beside it (origin "import-conflict")."""

    __tablename__ = "note_revisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    text: Mapped[str]
    saved_at: Mapped[str]
    origin: Mapped[str] = mapped_column(default="edit")  # edit, restore, import, undo


class OverrideRow(UserBase):
    """A local correction of one field of a catalogue initiative."""

    __tablename__ = "overrides"
    initiative_id: Mapped[str] = mapped_column(primary_key=True)
    field: Mapped[str] = mapped_column(primary_key=True)  # title, policy_challenge, solution
    value: Mapped[str]
    catalogue_value: Mapped[str]  # the catalogue's text when the delegate corrected it
    updated_at: Mapped[str]


class AdditionRow(UserBase):
    """An initiative the delegate added (a talk heard at the summit)."""

    __tablename__ = "additions"
    id: Mapped[str] = mapped_column(primary_key=True)  # "local-…", never a catalogue id
    summit_number: Mapped[int]
    session_id: Mapped[int]
    title: Mapped[str]
    partners: Mapped[str]  # JSON list of names, in order
    policy_challenge: Mapped[str] = mapped_column(default="")
    solution: Mapped[str] = mapped_column(default="")
    created_at: Mapped[str]
    updated_at: Mapped[str]


class LocalSummitRow(UserBase):
    """A summit the catalogue does not hold yet (the next one), added by the delegate so that
    a talk heard there can be filed under it."""

    __tablename__ = "local_summits"
    number: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    city: Mapped[str]
    created_at: Mapped[str]


class StarRow(UserBase):
    __tablename__ = "stars"
    target_kind: Mapped[str] = mapped_column(primary_key=True)
    target_key: Mapped[str] = mapped_column(primary_key=True)
    starred_at: Mapped[str]


class TagRow(UserBase):
    __tablename__ = "tags"
    target_kind: Mapped[str] = mapped_column(primary_key=True)
    target_key: Mapped[str] = mapped_column(primary_key=True)
    tag: Mapped[str] = mapped_column(primary_key=True)


class SavedSearchRow(UserBase):
    __tablename__ = "saved_searches"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    query: Mapped[str]
    facets: Mapped[str]  # JSON: {"summit": ["11"], "starred": ["yes"], ...}
    created_at: Mapped[str]


class PackRow(UserBase):
    __tablename__ = "packs"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    options: Mapped[str]  # JSON of domain.briefing_pack.PackOptions
    created_at: Mapped[str]
    updated_at: Mapped[str]


class PackItemRow(UserBase):
    __tablename__ = "pack_items"
    pack_id: Mapped[int] = mapped_column(
        ForeignKey("packs.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[str]
