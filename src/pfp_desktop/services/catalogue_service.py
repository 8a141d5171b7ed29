"""Reading the catalogue: summits, sessions, initiatives, partners and the taxonomy."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pfp_desktop.domain.models import (
    CatalogueInfo,
    GcmObjective,
    GuidingPrinciple,
    Initiative,
    InitiativeFilter,
    InitiativeSummary,
    Partner,
    PfpSession,
    SdgTarget,
    Summit,
)
from pfp_desktop.domain.text import fold_for_matching
from pfp_desktop.storage import catalogue_reader as reader
from pfp_desktop.storage import initiative_reader, navigation_queries, partner_queries
from pfp_desktop.storage.engines import CatalogueUnavailableError, read_only_engine
from pfp_desktop.storage.initiative_reader import EVERYTHING
from pfp_desktop.storage.sqlite_files import in_batches

__all__ = ["CatalogueService", "CatalogueUnavailableError", "NotFoundError"]


class NotFoundError(LookupError):
    """An id, summit or partner that the catalogue does not hold; the message says what."""


class CatalogueService:
    """Read-only access to one catalogue file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine = read_only_engine(path)
        self._sessions = sessionmaker(self._engine)

    def close(self) -> None:
        """Release the catalogue file (its pooled connections)."""
        self._engine.dispose()

    def session(self) -> Session:
        """A read session on this catalogue (for the other services that read it)."""
        return self._sessions()

    def info(self) -> CatalogueInfo:
        """The catalogue's version, build date and counts."""
        with self.session() as session:
            return reader.read_info(session)[0]

    def overview(self) -> str:
        """The catalogue's introduction text (about the PfP and the source)."""
        with self.session() as session:
            return reader.read_info(session)[1]

    def summits(self, with_pfp_only: bool = False) -> list[Summit]:
        """All summits, oldest first; with ``with_pfp_only`` those with a PfP block."""
        with self.session() as session:
            summits = reader.read_summits(session)
        return [s for s in summits if s.has_pfp_block or not with_pfp_only]

    def summit(self, number: int) -> Summit:
        """The summit with this number; NotFoundError if the catalogue has none."""
        for summit in self.summits():
            if summit.number == number:
                return summit
        raise NotFoundError(f"No summit number {number} in the catalogue.")

    def sessions(self) -> list[PfpSession]:
        """All PfP sessions, newest summit first, in programme order."""
        with self.session() as session:
            return reader.read_sessions(session)

    def summaries(self, where: InitiativeFilter = EVERYTHING) -> list[InitiativeSummary]:
        """Id, title and summit of the initiatives ``where`` selects, in page order."""
        with self.session() as session:
            return initiative_reader.read_summaries(session, where)

    def summaries_of(self, ids: set[str]) -> list[InitiativeSummary]:
        """Summaries of these initiatives only, in page order; unknown ids are left out."""
        with self.session() as session:
            return initiative_reader.read_summaries_of(session, ids)

    def initiative_count(self) -> int:
        """How many initiatives the catalogue holds (one COUNT, not a list)."""
        with self.session() as session:
            return initiative_reader.count_initiatives(session)

    def initiatives(self, where: InitiativeFilter = EVERYTHING) -> list[Initiative]:
        """Initiatives in page order; a partner is given by canonical name (see find_partner)."""
        with self.session() as session:
            return initiative_reader.read_initiatives(session, where=where)

    def initiatives_by_ids(self, ids: list[str]) -> list[Initiative]:
        """Full initiatives for these ids only (page order); unknown ids are left out."""
        found: list[Initiative] = []
        with self.session() as session:
            for batch in in_batches(ids):
                found += initiative_reader.read_initiatives(session, ids=batch)
        return found

    def initiative(self, initiative_id: str) -> Initiative:
        """The full initiative with this id; NotFoundError if there is none."""
        with self.session() as session:
            found = initiative_reader.read_initiatives(session, ids=[initiative_id])
        if not found:
            raise NotFoundError(f"No initiative with id '{initiative_id}'.")
        return found[0]

    def partners(self) -> list[Partner]:
        """All partners, with the spellings the source uses, and the members of a joint name
        that the catalogue names nowhere else ("Migration Policy Institute (MPI)")."""
        with self.session() as session:
            found = reader.read_partners(session) + partner_queries.member_only_partners(session)
        return sorted(found, key=lambda p: p.name.casefold())

    def find_partner(self, name: str) -> Partner:
        """The partner a person means by ``name``: any spelling, any case, with or without
        accents; else the one partner whose name contains it."""
        wanted = fold_for_matching(name)
        partners = self.partners()
        for partner in partners:
            if wanted in {fold_for_matching(s) for s in (partner.name, *partner.spellings)}:
                return partner
        close = [p for p in partners if wanted and wanted in fold_for_matching(p.name)]
        if len(close) == 1:
            return close[0]
        hint = f" Did you mean: {', '.join(p.name for p in close[:5])}?" if close else ""
        raise NotFoundError(f"No partner named '{name}'.{hint}")

    def partner_counts(self) -> dict[str, int]:
        """How many initiatives each partner took part in."""
        with self.session() as session:
            return navigation_queries.partner_counts(session)

    def gcm_objectives(self) -> list[GcmObjective]:
        """The 23 GCM objectives, by number."""
        with self.session() as session:
            return reader.read_gcm_objectives(session)

    def guiding_principles(self) -> list[GuidingPrinciple]:
        """The GCM's guiding principles, by number."""
        with self.session() as session:
            return reader.read_guiding_principles(session)

    def sdg_targets(self) -> list[SdgTarget]:
        """The migration-related SDG targets, in target order."""
        with self.session() as session:
            return reader.read_sdg_targets(session)
