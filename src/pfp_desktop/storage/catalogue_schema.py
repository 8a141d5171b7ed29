"""ORM tables of the shipped catalogue (data/pfp.sqlite). Read-only at run time."""

from __future__ import annotations

from sqlalchemy import ForeignKey, MetaData, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class CatalogueBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class InfoRow(CatalogueBase):
    __tablename__ = "catalogue_info"
    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]


class SummitRow(CatalogueBase):
    __tablename__ = "summits"
    number: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[str]  # ISO dates: SQLite has no date type
    end: Mapped[str]
    city: Mapped[str]
    country: Mapped[str]
    chair: Mapped[str]
    attribution: Mapped[str | None]
    evidence: Mapped[str] = mapped_column(default="")
    pfp_intro: Mapped[str] = mapped_column(default="")
    pfp_intro_raw: Mapped[str] = mapped_column(default="")
    pfp_intro_line: Mapped[int | None]


class SessionRow(CatalogueBase):
    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    summit_number: Mapped[int] = mapped_column(ForeignKey("summits.number"), index=True)
    label: Mapped[str]
    position: Mapped[int]
    intro: Mapped[str]
    intro_line: Mapped[int | None]


class InitiativeRow(CatalogueBase):
    __tablename__ = "initiatives"
    id: Mapped[str] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), index=True)
    position: Mapped[int]
    title: Mapped[str]
    policy_challenge: Mapped[str]
    solution: Mapped[str]


class SourceFieldRow(CatalogueBase):
    """The verbatim text of one field of one initiative, with its source line."""

    __tablename__ = "source_fields"
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), primary_key=True)
    field: Mapped[str] = mapped_column(primary_key=True)  # title, partners, policy_challenge ...
    line: Mapped[int]
    verbatim: Mapped[str]


class PartnerRow(CatalogueBase):
    __tablename__ = "partners"
    name: Mapped[str] = mapped_column(primary_key=True)
    kind: Mapped[str]
    note: Mapped[str] = mapped_column(default="")


class PartnerSpellingRow(CatalogueBase):
    __tablename__ = "partner_spellings"
    spelling: Mapped[str] = mapped_column(primary_key=True)
    partner_name: Mapped[str] = mapped_column(ForeignKey("partners.name"), index=True)


class PartnerMemberRow(CatalogueBase):
    __tablename__ = "partner_members"
    partner_name: Mapped[str] = mapped_column(ForeignKey("partners.name"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    member_name: Mapped[str]


class InitiativePartnerRow(CatalogueBase):
    __tablename__ = "initiative_partners"
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    partner_name: Mapped[str] = mapped_column(ForeignKey("partners.name"), index=True)
    spelling: Mapped[str]


class CorrectionRow(CatalogueBase):
    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    line: Mapped[int] = mapped_column(index=True)
    field: Mapped[str]
    original: Mapped[str]
    corrected: Mapped[str]
    reason: Mapped[str]


class FlagRow(CatalogueBase):
    __tablename__ = "source_flags"
    id: Mapped[int] = mapped_column(primary_key=True)
    line: Mapped[int] = mapped_column(index=True)
    note: Mapped[str]


class InitiativeLineRow(CatalogueBase):
    """Which source lines an initiative (or a summit's intro) was built from."""

    __tablename__ = "initiative_lines"
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), primary_key=True)
    line: Mapped[int] = mapped_column(primary_key=True)


class RelatedGroupRow(CatalogueBase):
    __tablename__ = "related_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str]
    reason: Mapped[str]


class RelatedMemberRow(CatalogueBase):
    __tablename__ = "related_members"
    group_id: Mapped[int] = mapped_column(ForeignKey("related_groups.id"), primary_key=True)
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), primary_key=True)
    position: Mapped[int]


class GcmObjectiveRow(CatalogueBase):
    __tablename__ = "gcm_objectives"
    number: Mapped[int] = mapped_column(primary_key=True)
    short_label: Mapped[str]
    title: Mapped[str]


class GuidingPrincipleRow(CatalogueBase):
    __tablename__ = "gcm_guiding_principles"
    number: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str]


class SdgTargetRow(CatalogueBase):
    __tablename__ = "sdg_targets"
    target: Mapped[str] = mapped_column(primary_key=True)
    relation: Mapped[str]
    wording: Mapped[str]


class InitiativeGcmRow(CatalogueBase):
    __tablename__ = "initiative_gcm_objectives"
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), primary_key=True)
    objective: Mapped[int] = mapped_column(
        ForeignKey("gcm_objectives.number"), primary_key=True, index=True
    )
    position: Mapped[int]
    reason: Mapped[str]


class InitiativeSdgRow(CatalogueBase):
    __tablename__ = "initiative_sdg_targets"
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), primary_key=True)
    target: Mapped[str] = mapped_column(
        ForeignKey("sdg_targets.target"), primary_key=True, index=True
    )
    position: Mapped[int]
    reason: Mapped[str]


class ExcludedEntryRow(CatalogueBase):
    __tablename__ = "excluded_entries"
    line: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    duplicate_of: Mapped[str | None] = mapped_column(ForeignKey("initiatives.id"))
    reason: Mapped[str]

    __table_args__ = (UniqueConstraint("title", "line"),)
