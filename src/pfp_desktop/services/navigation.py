"""The navigation tree, level by level: Qt-free nodes that the ui's tree model adapts.

Children are computed when a level is opened, so the first screen never pays for the whole
catalogue.
"""

from __future__ import annotations

from collections.abc import Callable

from pfp_desktop.domain.models import (
    Grouping,
    InitiativeFilter,
    InitiativeSummary,
    NavNode,
    NodeKind,
    PartnerKind,
    Summit,
)
from pfp_desktop.domain.personal import LOCAL_ID_PREFIX
from pfp_desktop.locale import N_, _, gcm_label, ordinal, summit_title
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.personal_navigation import PERSONAL_KINDS, PersonalGroups, summary_node
from pfp_desktop.storage import catalogue_reader, navigation_queries

PARTNER_KIND_LABELS = {
    PartnerKind.COUNTRY: N_("Countries"),
    PartnerKind.ORGANISATION: N_("Organisations"),
}


class NavigationService:
    """Builds the tree of one grouping on demand."""

    def __init__(self, catalogue: CatalogueService, personal: PersonalGroups | None = None):
        self.catalogue = catalogue
        self.personal = personal
        self._summits = {s.number: s for s in catalogue.summits()}

    def roots(self, grouping: Grouping) -> list[NavNode]:
        """The delegate's own groups (if any), then the grouping's."""
        builders: dict[Grouping, Callable[[], list[NavNode]]] = {
            Grouping.SUMMIT: self._summit_roots,
            Grouping.PARTNER: self._partner_kind_roots,
            Grouping.GCM: self._gcm_roots,
            Grouping.SDG: self._sdg_roots,
        }
        own = self.personal.roots() if self.personal else []
        return own + builders[grouping]()

    def children(self, node: NavNode) -> list[NavNode]:
        """The tree rows under ``node``, marked with the delegate's stars and notes."""
        nodes = self._children(node)
        return self.personal.decorate(nodes) if self.personal else nodes

    def _children(self, node: NavNode) -> list[NavNode]:
        if node.kind is NodeKind.SAVED_SEARCHES and self.personal is not None:
            return self.personal.saved_search_nodes()
        if node.kind in PERSONAL_KINDS and self.personal is not None:
            return [summary_node(s) for s in self.personal.members(node)]
        if node.kind is NodeKind.SUMMIT:
            return self._summit_children(int(node.key))
        if node.kind is NodeKind.PARTNER_KIND:
            return self._partners_of_kind(PartnerKind(node.key))
        where = _filter_for(node)
        if where is None:
            return []
        # Under a summit the summit column would only repeat the parent.
        show_summit = node.kind is not NodeKind.SESSION
        return [self._initiative_node(s, show_summit) for s in self.catalogue.summaries(where)]

    def _summit_roots(self) -> list[NavNode]:
        with self.catalogue.session() as session:
            counts = navigation_queries.summit_counts(session)
        summits = sorted(self._summits.values(), key=lambda s: -s.number)
        return [
            NavNode(
                NodeKind.SUMMIT,
                str(s.number),
                summit_title(s.number, s),
                str(counts.get(s.number, 0)),
                has_children=counts.get(s.number, 0) > 0,
                tooltip=_summit_tooltip(s),
            )
            for s in summits
        ]

    def _summit_children(self, number: int) -> list[NavNode]:
        with self.catalogue.session() as session:
            sessions = navigation_queries.session_counts(session, number)
        if len(sessions) == 1:  # a single session: its initiatives directly
            return self._children(NavNode(NodeKind.SESSION, str(sessions[0][0]), ""))
        return [
            NavNode(NodeKind.SESSION, str(sid), label, str(count), has_children=count > 0)
            for sid, label, count in sessions
        ]

    def _partner_kind_roots(self) -> list[NavNode]:
        partners = self.catalogue.partners()
        return [
            NavNode(
                NodeKind.PARTNER_KIND,
                kind.value,
                _(label),
                str(sum(p.kind is kind for p in partners)),
                has_children=True,
            )
            for kind, label in PARTNER_KIND_LABELS.items()
        ]

    def _partners_of_kind(self, kind: PartnerKind) -> list[NavNode]:
        with self.catalogue.session() as session:
            counts = navigation_queries.partner_counts(session)
        return [
            NavNode(
                NodeKind.PARTNER,
                p.name,
                p.name,
                str(counts.get(p.name, 0)),
                has_children=counts.get(p.name, 0) > 0,
                tooltip=p.note,
            )
            for p in self.catalogue.partners()
            if p.kind is kind
        ]

    def _gcm_roots(self) -> list[NavNode]:
        with self.catalogue.session() as session:
            counts = navigation_queries.gcm_counts(session)
            objectives = catalogue_reader.read_gcm_objectives(session)
        return [
            NavNode(
                NodeKind.GCM,
                str(o.number),
                f"{o.number}. {gcm_label('objective', o.number, o.short_label)}",
                str(counts.get(o.number, 0)),
                has_children=counts.get(o.number, 0) > 0,
                tooltip=o.title,
            )
            for o in objectives
        ]

    def _sdg_roots(self) -> list[NavNode]:
        with self.catalogue.session() as session:
            counts = navigation_queries.sdg_counts(session)
            untagged = navigation_queries.count_without_sdg_target(session)
            targets = catalogue_reader.read_sdg_targets(session)
        nodes = [
            NavNode(
                NodeKind.SDG,
                t.target,
                f"SDG {t.target} · {t.wording}",
                str(counts.get(t.target, 0)),
                has_children=counts.get(t.target, 0) > 0,
                tooltip=t.wording,
            )
            for t in targets
        ]
        no_target = NavNode(NodeKind.NO_SDG, "", _("No SDG target"), str(untagged), untagged > 0)
        return [*nodes, no_target]

    def _initiative_node(self, item: InitiativeSummary, show_summit: bool) -> NavNode:
        summit = self._summits[item.summit_number]
        return NavNode(
            NodeKind.INITIATIVE,
            item.id,
            item.title,
            ordinal(item.summit_number) if show_summit else "",
            tooltip=f"{item.title}\n{summit_title(summit.number, summit)}",
        )


def _filter_for(node: NavNode) -> InitiativeFilter | None:
    filters: dict[NodeKind, Callable[[str], InitiativeFilter]] = {
        NodeKind.SESSION: lambda key: InitiativeFilter(session_id=int(key)),
        NodeKind.PARTNER: lambda key: InitiativeFilter(partner=key),
        NodeKind.GCM: lambda key: InitiativeFilter(gcm_objective=int(key)),
        NodeKind.SDG: lambda key: InitiativeFilter(sdg_target=key),
        NodeKind.NO_SDG: lambda _key: InitiativeFilter(without_sdg_target=True),
    }
    make = filters.get(node.kind)
    return make(node.key) if make else None


def _summit_tooltip(summit: Summit) -> str:
    place = summit.city if summit.city == summit.country else f"{summit.city}, {summit.country}"
    chair = _("Chair: {chair}").format(chair=summit.chair)
    return f"{summit_title(summit.number, summit)}\n{place}\n{chair}"


class TreePaths:
    """Where an item sits in each grouping's tree: the keys of its ancestors and itself."""

    def __init__(self, catalogue: CatalogueService) -> None:
        self.catalogue = catalogue

    def path_to(self, grouping: Grouping, kind: NodeKind, key: str) -> list[tuple[NodeKind, str]]:
        """Ancestors then the item, or [] when this grouping does not show it."""
        if kind is NodeKind.INITIATIVE:
            return self._initiative_path(grouping, key)
        if grouping is Grouping.SUMMIT and kind is NodeKind.SUMMIT:
            return [(kind, key)]
        if grouping is Grouping.SUMMIT and kind is NodeKind.SESSION:
            return self._session_path(int(key))
        if grouping is Grouping.PARTNER and kind is NodeKind.PARTNER:
            partner = next((p for p in self.catalogue.partners() if p.name == key), None)
            return [(NodeKind.PARTNER_KIND, partner.kind.value), (kind, key)] if partner else []
        own = {
            Grouping.PARTNER: NodeKind.PARTNER_KIND,
            Grouping.GCM: NodeKind.GCM,
            Grouping.SDG: NodeKind.SDG,
        }
        return [(kind, key)] if own.get(grouping) is kind or kind is NodeKind.NO_SDG else []

    def _session_path(self, session_id: int) -> list[tuple[NodeKind, str]]:
        sessions = self.catalogue.sessions()
        found = next((s for s in sessions if s.id == session_id), None)
        if found is None:
            return []
        siblings = [s for s in sessions if s.summit_number == found.summit_number]
        summit = (NodeKind.SUMMIT, str(found.summit_number))
        return [summit, (NodeKind.SESSION, str(session_id))] if len(siblings) > 1 else [summit]

    def _initiative_path(self, grouping: Grouping, key: str) -> list[tuple[NodeKind, str]]:
        if key.startswith(LOCAL_ID_PREFIX):  # added by the delegate: in its own group
            return [(NodeKind.ADDED, ""), (NodeKind.INITIATIVE, key)]
        try:
            item = self.catalogue.initiative(key)
        except LookupError:
            return []
        leaf = (NodeKind.INITIATIVE, key)
        if grouping is Grouping.SUMMIT:
            parents = self._session_path(item.session_id)
        elif grouping is Grouping.PARTNER:
            parents = (
                self.path_to(grouping, NodeKind.PARTNER, item.partners[0].name)
                if item.partners
                else []
            )
        elif grouping is Grouping.GCM:
            parents = [(NodeKind.GCM, item.gcm_objectives[0].code)] if item.gcm_objectives else []
        else:
            first = item.sdg_targets[0].code if item.sdg_targets else None
            parents = [(NodeKind.SDG, first)] if first else [(NodeKind.NO_SDG, "")]
        return [*parents, leaf] if parents else []
