"""How each initiative is listed in a briefing pack."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pfp_desktop.domain.models import InitiativeSummary
from pfp_desktop.domain.personal import LOCAL_ID_PREFIX
from pfp_desktop.locale import ordinal
from pfp_desktop.ui.packs.list_model import PackEntry

if TYPE_CHECKING:
    from pfp_desktop.services.personal import Personal


def pack_entry(
    initiative_id: str, summaries: Mapping[str, InitiativeSummary], personal: Personal | None
) -> PackEntry:
    """How the pack lists an initiative: catalogue ones and the delegate's own by title and
    summit; ids gone from the catalogue are listed but not printed (nothing is left of them)."""
    summary = summaries.get(initiative_id)
    if summary is not None:
        where = QCoreApplication.translate("PackSources", "{ordinal} Summit").format(
            ordinal=ordinal(summary.summit_number)
        )
        return PackEntry(initiative_id, summary.title, where)
    added = None
    if personal is not None and initiative_id.startswith(LOCAL_ID_PREFIX):
        added = personal.additions.get(initiative_id)
    if added is not None:
        where = QCoreApplication.translate("PackSources", "{ordinal} Summit · added by you")
        number = ordinal(added.summit_number)
        return PackEntry(initiative_id, added.title, where.format(ordinal=number))
    gone = QCoreApplication.translate("PackSources", "No longer in the catalogue, not printed")
    return PackEntry(initiative_id, initiative_id, gone, printable=False)
