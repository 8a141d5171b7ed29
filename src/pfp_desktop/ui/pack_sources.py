"""Which initiatives "Add to briefing pack" means: the search results selected while the results
show, otherwise the tree's selected rows (a group row brings all its initiatives), otherwise
the initiative on show. And how each one is listed in the pack."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pfp_desktop.domain.models import InitiativeSummary, NavNode, NodeKind
from pfp_desktop.domain.personal import LOCAL_ID_PREFIX
from pfp_desktop.domain.text import summit_ordinal
from pfp_desktop.ui.pack_list_model import PackEntry

if TYPE_CHECKING:
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.ui.main_window import MainWindow
    from pfp_desktop.ui.navigation_panel import NavigationTree

NOT_GROUPS = {NodeKind.SAVED_SEARCHES, NodeKind.SAVED_SEARCH}  # searches, not initiatives


def selected_initiative_ids(window: MainWindow) -> list[str]:
    """The ids to add, each once, in the order shown."""
    if window.left.currentWidget() is window.search.panel:
        ids = window.search.panel.results.selected_ids()
    else:
        ids = []
        for node in window.tree.selected_nodes():
            ids += initiatives_under(window.tree, node)
    current = window.history.current
    if not ids and current is not None and current[0] is NodeKind.INITIATIVE:
        ids = [current[1]]
    return list(dict.fromkeys(ids))


def initiatives_under(tree: NavigationTree, node: NavNode) -> list[str]:
    """An initiative row's id, or every initiative of a group row (summit, session, partner,
    objective, target, starred, tag, added), in the tree's order."""
    if node.kind is NodeKind.INITIATIVE:
        return [node.key]
    if node.kind in NOT_GROUPS:
        return []
    return [i for child in tree.children_of(node) for i in initiatives_under(tree, child)]


def pack_entry(
    initiative_id: str, summaries: Mapping[str, InitiativeSummary], personal: Personal | None
) -> PackEntry:
    """How the pack lists an initiative: catalogue ones and the delegate's own by title and
    summit; ids gone from the catalogue are listed but not printed (nothing is left of them)."""
    summary = summaries.get(initiative_id)
    if summary is not None:
        where = QCoreApplication.translate("PackSources", "{ordinal} Summit").format(
            ordinal=summit_ordinal(summary.summit_number)
        )
        return PackEntry(initiative_id, summary.title, where)
    added = None
    if personal is not None and initiative_id.startswith(LOCAL_ID_PREFIX):
        added = personal.additions.get(initiative_id)
    if added is not None:
        where = QCoreApplication.translate("PackSources", "{ordinal} Summit · added by you")
        ordinal = summit_ordinal(added.summit_number)
        return PackEntry(initiative_id, added.title, where.format(ordinal=ordinal))
    gone = QCoreApplication.translate("PackSources", "No longer in the catalogue, not printed")
    return PackEntry(initiative_id, initiative_id, gone, printable=False)
