"""What of the delegate's own a briefing pack prints: their notes, their local corrections and
the initiatives they added, read from the personal layer as the pack needs them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from pfp_desktop.domain.models import Attribution, Initiative, PartnerKind, PartnerRef, Provenance
from pfp_desktop.domain.personal import LOCAL_ID_PREFIX, LocalInitiative, TargetKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.pack_export import (
    AdditionsProvider,
    CorrectionsProvider,
    NotesProvider,
    no_additions,
    no_corrections,
    no_notes,
)

if TYPE_CHECKING:  # a pack without personal data (no notes database) loads none of it
    from pfp_desktop.services.personal import Personal


def notes_of(personal: Personal | None) -> NotesProvider:
    """The delegate's notes on the pack's initiatives (none if they never wrote any)."""
    if personal is None:
        return no_notes
    notes = personal.notes

    def provide(ids: Sequence[str]) -> Mapping[str, str]:
        texts = notes.texts(TargetKind.INITIATIVE, ids)
        return {i: texts.get(i, "") for i in ids}

    return provide


def corrections_of(personal: Personal | None) -> CorrectionsProvider:
    """The delegate's local corrections (printed, marked "edited locally")."""
    if personal is None:
        return no_corrections
    corrections = personal.corrections

    def provide(ids: Sequence[str]) -> Mapping[str, Mapping[str, str]]:
        found = corrections.overrides_for_many(ids)
        return {i: {f: o.value for f, o in found.get(i, {}).items()} for i in ids}

    return provide


def additions_of(personal: Personal | None, catalogue: CatalogueService) -> AdditionsProvider:
    """The delegate's own initiatives as the pack prints them: their summit and session, their
    partners (of the catalogue's kind when it knows the name), and a provenance that says they
    were added on this computer. No GCM or SDG tags, no related initiatives: they have none."""
    if personal is None:
        return no_additions
    added = personal.additions

    def provide(ids: Sequence[str]) -> Mapping[str, Initiative]:
        found = [a for i in ids if i.startswith(LOCAL_ID_PREFIX) if (a := added.get(i))]
        if not found:
            return {}
        sessions = {s.id: s.label for s in catalogue.sessions()}
        kinds = {p.name: p.kind for p in catalogue.partners()}
        return {a.id: _printable(a, sessions, kinds) for a in found}

    return provide


def _printable(
    item: LocalInitiative, sessions: Mapping[int, str], kinds: Mapping[str, PartnerKind]
) -> Initiative:
    partners = tuple(
        PartnerRef(name, kinds.get(name, PartnerKind.ORGANISATION), name) for name in item.partners
    )
    # Attribution does not apply (the delegate chose the summit): for such a provenance the
    # PDF says "added by the delegate" instead of naming a source.
    provenance = Provenance("", (), Attribution.STATED, "", added_locally=True)
    return Initiative(
        id=item.id,
        title=item.title,
        summit_number=item.summit_number,
        session_label=sessions.get(item.session_id, "PfP session"),
        session_id=item.session_id,
        position=0,
        partners=partners,
        policy_challenge=item.policy_challenge,
        solution=item.solution,
        gcm_objectives=(),
        sdg_targets=(),
        related=(),
        provenance=provenance,
    )
