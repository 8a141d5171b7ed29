"""Checking and attaching the curated GCM objective and SDG target tags."""

from __future__ import annotations

from pfp_desktop.catalogue.curation import Curation, TagSpec
from pfp_desktop.catalogue.errors import CatalogueSourceError
from pfp_desktop.domain.models import GcmObjective, SdgTarget, TaxonomyTag


class TaxonomyTagger:
    def __init__(self, curation: Curation, gcm: list[GcmObjective], sdg: list[SdgTarget]):
        self._gcm_labels = {str(o.number): o.short_label for o in gcm}
        self._sdg_labels = {t.target: t.wording for t in sdg}
        self._curation = curation

    def gcm_for(self, initiative_id: str) -> tuple[TaxonomyTag, ...]:
        """The curated GCM objective tags of an initiative, with their labels."""
        specs = self._curation.gcm_tags.get(initiative_id, ())
        return self._tags(initiative_id, specs, self._gcm_labels, "GCM objective")

    def sdg_for(self, initiative_id: str) -> tuple[TaxonomyTag, ...]:
        """The curated SDG target tags of an initiative, with their labels."""
        specs = self._curation.sdg_tags.get(initiative_id, ())
        return self._tags(initiative_id, specs, self._sdg_labels, "SDG target")

    def check_covers(self, initiative_ids: set[str]) -> None:
        """Every initiative is tagged with at least one GCM objective; no tags for strangers."""
        for initiative_id in sorted(initiative_ids):
            if not self._curation.gcm_tags.get(initiative_id):
                raise CatalogueSourceError(
                    f"curation file: {initiative_id} has no GCM objective in [tags]"
                )
        for initiative_id in sorted(set(self._curation.gcm_tags) - initiative_ids):
            raise CatalogueSourceError(f"curation file: [tags.{initiative_id}] tags no initiative")

    @staticmethod
    def _tags(
        initiative_id: str, specs: tuple[TagSpec, ...], labels: dict[str, str], what: str
    ) -> tuple[TaxonomyTag, ...]:
        for spec in specs:
            if spec.code not in labels:
                raise CatalogueSourceError(
                    f"curation file: {initiative_id} is tagged with unknown {what} '{spec.code}'"
                )
        return tuple(TaxonomyTag(s.code, labels[s.code], s.reason) for s in specs)
