"""The delegate's own groups at the top of the tree (starred, each tag, added by you), and
their marks on initiative rows (a star, a locally corrected title)."""

from __future__ import annotations

from pfp_desktop.domain.models import InitiativeSummary, NavNode, NodeKind
from pfp_desktop.domain.personal import TargetKind
from pfp_desktop.locale import _, ordinal
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.personal import Personal

PERSONAL_KINDS = {NodeKind.STARRED, NodeKind.TAG, NodeKind.ADDED, NodeKind.SAVED_SEARCHES}
STAR = "★ "


class PersonalGroups:
    def __init__(self, catalogue: CatalogueService, personal: Personal) -> None:
        self.catalogue = catalogue
        self.personal = personal

    def roots(self) -> list[NavNode]:
        """The tree's personal groups (starred, tagged, with notes), those not empty."""
        nodes = []
        starred = self.personal.flags.starred()
        if starred:
            nodes.append(
                NavNode(NodeKind.STARRED, "", STAR + _("Starred"), str(len(starred)), True)
            )
        for tag in self.personal.flags.all_tags():
            count = len(self.personal.flags.tagged(tag))
            nodes.append(
                NavNode(NodeKind.TAG, tag, _("Tag · {tag}").format(tag=tag), str(count), count > 0)
            )
        added = self.personal.additions.all()
        if added:
            nodes.append(NavNode(NodeKind.ADDED, "", _("Added by you"), str(len(added)), True))
        searches = self.personal.saved_searches.all()
        if searches:
            label = _("Saved searches")
            nodes.append(NavNode(NodeKind.SAVED_SEARCHES, "", label, str(len(searches)), True))
        return nodes

    def saved_search_nodes(self) -> list[NavNode]:
        """One tree row per saved search, by name."""
        return [
            NavNode(NodeKind.SAVED_SEARCH, str(s.id), s.name, tooltip=_describe(s.query.text))
            for s in self.personal.saved_searches.all()
        ]

    def members(self, node: NavNode) -> list[InitiativeSummary]:
        """The initiatives of a personal group, catalogue ones in page order, then added ones."""
        if node.kind is NodeKind.ADDED:
            ids: set[str] = set()
        elif node.kind is NodeKind.STARRED:
            ids = self.personal.flags.starred(TargetKind.INITIATIVE)
        else:
            ids = self.personal.flags.tagged(node.key)
        catalogue = self.catalogue.summaries_of(ids) if ids else []
        added = [
            InitiativeSummary(a.id, a.title, a.summit_number, "")
            for a in self.personal.additions.all()
            if node.kind is NodeKind.ADDED or a.id in ids
        ]
        return catalogue + added

    def decorate(self, nodes: list[NavNode]) -> list[NavNode]:
        """Stars and corrected titles on initiative rows (two queries for the whole level)."""
        starred = self.personal.flags.starred()
        titles = {
            o.initiative_id: o.value
            for o in self.personal.corrections.all_overrides()
            if o.field == "title"
        }
        return [_decorated(n, starred, titles) for n in nodes]


def _describe(text: str) -> str:
    return _("Search: {text}").format(text=text) if text else _("Search by filters")


def _decorated(node: NavNode, starred: set[str], titles: dict[str, str]) -> NavNode:
    if node.kind is not NodeKind.INITIATIVE:
        return node
    label = titles.get(node.key, node.label)
    if node.key in starred:
        label = STAR + label
    if label == node.label:
        return node
    return NavNode(node.kind, node.key, label, node.detail, node.has_children, node.tooltip)


def summary_node(item: InitiativeSummary) -> NavNode:
    """The tree row of an initiative."""
    return NavNode(
        NodeKind.INITIATIVE,
        item.id,
        item.title,
        ordinal(item.summit_number),
        tooltip=item.title,
    )
