"""Which page to show for an item: fetches what a page needs and renders it as HTML."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from pfp_desktop.domain.models import InitiativeFilter, NavNode, NodeKind, PartnerKind, Summit
from pfp_desktop.domain.overview import Coverage
from pfp_desktop.domain.personal import LOCAL_ID_PREFIX, Target, TargetKind
from pfp_desktop.locale import N_, _
from pfp_desktop.services.catalogue_service import CatalogueService, NotFoundError
from pfp_desktop.services.corrections import apply_overrides
from pfp_desktop.services.overview import catalogue_coverage
from pfp_desktop.services.partners import partner_profile
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.personal_navigation import PersonalGroups
from pfp_desktop.ui.pages import catalogue as html
from pfp_desktop.ui.pages import partner as partner_page
from pfp_desktop.ui.pages.page import PageTheme
from pfp_desktop.ui.pages.personal import commands_html, local_initiative_html, marks_html
from pfp_desktop.ui.pages.start import start_html
from pfp_desktop.ui.pages.start_items import start_items

PARTNER_KIND_TITLES = {
    PartnerKind.COUNTRY: N_("Countries"),
    PartnerKind.ORGANISATION: N_("Organisations"),
}


class DetailPages:
    """Renders the page of any tree node or link target of one catalogue, with the delegate's
    own marks when their personal data is open."""

    def __init__(
        self, catalogue: CatalogueService, theme: PageTheme, personal: Personal | None = None
    ) -> None:
        self.catalogue = catalogue
        self.personal = personal
        self.theme = theme
        self.show_originals = False
        self._summits: dict[int, Summit] | None = None
        self._coverage: Coverage | None = None

    @property
    def summits(self) -> dict[int, Summit]:
        if self._summits is None:
            self._summits = {s.number: s for s in self.catalogue.summits()}
        return self._summits

    def page(self, kind: NodeKind, key: str) -> str:
        """The HTML of one item; a not-found page rather than an exception."""
        renderers: dict[NodeKind, Callable[[str], str]] = {
            NodeKind.INITIATIVE: self._initiative,
            NodeKind.SUMMIT: self._summit,
            NodeKind.SESSION: self._session,
            NodeKind.PARTNER: self._partner,
            NodeKind.PARTNER_KIND: self._partner_kind,
            NodeKind.GCM: self._gcm,
            NodeKind.SDG: self._sdg,
            NodeKind.NO_SDG: self._no_sdg,
            NodeKind.STARRED: self._personal_group,
            NodeKind.TAG: self._personal_group,
            NodeKind.ADDED: self._personal_group,
        }
        self._kind = kind
        try:
            return renderers[kind](key)
        except (NotFoundError, KeyError, ValueError, StopIteration):
            return html.welcome_html(self.catalogue.info(), "", {}, self.theme)

    def welcome(self, recent: Sequence[str] = ()) -> str:
        """The start page; ``recent``: the initiatives last opened, latest first."""
        counts = {
            "initiatives": self.catalogue.initiative_count(),
            "summits": len([s for s in self.summits.values() if s.has_pfp_block]),
            "partners": len(self.catalogue.partners()),
        }
        if self._coverage is None:  # the catalogue is read-only: counted once
            self._coverage = catalogue_coverage(self.catalogue)
        items = replace(start_items(self.catalogue, self.personal, recent), counts=counts)
        return start_html(self.catalogue.info(), self._coverage, items, self.theme)

    def _initiative(self, key: str) -> str:
        if key.startswith(LOCAL_ID_PREFIX):
            return self._local_initiative(key)
        item = self.catalogue.initiative(key)
        marks = ""
        if self.personal is not None:
            target = Target(TargetKind.INITIATIVE, key)
            overrides = self.personal.corrections.overrides_for(key)
            item = apply_overrides(item, overrides)
            flags = self.personal.flags.flags(target)
            marks = commands_html(key, flags.starred, self.theme)
            marks += marks_html(flags, overrides, self.theme)
        return html.initiative_html(item, self.summits, self.theme, self.show_originals, marks)

    def _local_initiative(self, key: str) -> str:
        added = self.personal.additions.get(key) if self.personal else None
        if added is None:
            raise NotFoundError(key)
        sessions = {s.id: s for s in self.catalogue.sessions()}
        session = sessions.get(added.session_id)
        label = session.label if session and session.label != "PfP session" else ""
        local = {s.number: s.title for s in self.personal.additions.local_summits()}  # type: ignore[union-attr]
        return local_initiative_html(
            added, label, self.summits, self.theme, local.get(added.summit_number, "")
        )

    def _personal_group(self, key: str) -> str:
        if self.personal is None:
            raise NotFoundError(key)
        node = NavNode(self._kind, key, "")
        items = PersonalGroups(self.catalogue, self.personal).members(node)
        titles = {
            NodeKind.STARRED: (_("Starred"), _("The initiatives you starred.")),
            NodeKind.ADDED: (_("Added by you"), _("Initiatives you added; kept in your notes.")),
        }
        tagged = (_("Tag · {tag}").format(tag=key), _("Initiatives you tagged so."))
        title, subtitle = titles.get(self._kind, tagged)
        return html.initiative_list_html(title, subtitle, items, self.summits, self.theme)

    def _summit(self, key: str) -> str:
        summit = self.summits[int(key)]
        sessions = [s for s in self.catalogue.sessions() if s.summit_number == summit.number]
        items = self.catalogue.summaries(InitiativeFilter(summit=summit.number))
        return html.summit_html(summit, sessions, items, self.theme)

    def _session(self, key: str) -> str:
        session = next(s for s in self.catalogue.sessions() if s.id == int(key))
        items = self.catalogue.summaries(InitiativeFilter(session_id=session.id))
        return html.session_html(session, self.summits[session.summit_number], items, self.theme)

    def _partner(self, key: str) -> str:
        profile = partner_profile(self.catalogue, key)
        items = self.catalogue.summaries(InitiativeFilter(partner=profile.partner.name))
        return partner_page.partner_html(profile, items, self.summits, self.theme)

    def _partner_kind(self, key: str) -> str:
        kind = PartnerKind(key)
        counts = self.catalogue.partner_counts()
        partners = [(p, counts.get(p.name, 0)) for p in self.catalogue.partners() if p.kind is kind]
        return partner_page.partner_group_html(_(PARTNER_KIND_TITLES[kind]), partners, self.theme)

    def _gcm(self, key: str) -> str:
        objective = next(o for o in self.catalogue.gcm_objectives() if o.number == int(key))
        items = self.catalogue.summaries(InitiativeFilter(gcm_objective=objective.number))
        return html.gcm_html(objective, items, self.summits, self.theme)

    def _sdg(self, key: str) -> str:
        target = next(t for t in self.catalogue.sdg_targets() if t.target == key)
        items = self.catalogue.summaries(InitiativeFilter(sdg_target=target.target))
        return html.sdg_html(target, items, self.summits, self.theme)

    def _no_sdg(self, _key: str) -> str:
        items = self.catalogue.summaries(InitiativeFilter(without_sdg_target=True))
        return html.initiative_list_html(
            _("No SDG target"),
            _("Initiatives not tagged with any migration-related SDG target."),
            items,
            self.summits,
            self.theme,
        )
