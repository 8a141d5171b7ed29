"""The delegate's own lists on the start page, read from their notes database."""

from __future__ import annotations

from collections.abc import Sequence

from pfp_desktop.domain.models import NavNode, NodeKind
from pfp_desktop.domain.personal import LOCAL_ID_PREFIX
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.personal_navigation import PersonalGroups
from pfp_desktop.ui.pages.page import plural
from pfp_desktop.ui.pages.start import LIST_LIMIT, StartItems


def start_items(
    catalogue: CatalogueService, personal: Personal | None, recent: Sequence[str]
) -> StartItems:
    """Recent (latest first) and starred initiatives, packs and saved searches by name."""
    titles = _titles(catalogue, personal, recent[: LIST_LIMIT * 2])
    recent_rows = [(i, titles[i]) for i in recent if i in titles]
    if personal is None:
        return StartItems(recent=recent_rows)
    starred = PersonalGroups(catalogue, personal).members(NavNode(NodeKind.STARRED, "", ""))
    packs = [
        (str(p.id), f"{p.name} · {plural(len(p.initiative_ids), 'initiative')}")
        for p in personal.packs.all()
    ]
    searches = [(str(s.id), s.name) for s in personal.saved_searches.all()]
    return StartItems(recent_rows, [(s.id, s.title) for s in starred], packs, searches)


def _titles(
    catalogue: CatalogueService, personal: Personal | None, ids: Sequence[str]
) -> dict[str, str]:
    """Titles of these initiatives, the catalogue's and the delegate's own; gone ones left out."""
    titles = {s.id: s.title for s in catalogue.summaries_of(set(ids))}
    if personal is not None:
        for key in (i for i in ids if i.startswith(LOCAL_ID_PREFIX)):
            added = personal.additions.get(key)
            if added is not None:
                titles[key] = added.title
    return titles
