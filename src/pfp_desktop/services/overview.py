"""The catalogue's coverage by GCM objective and summit, counted as the search counts it."""

from __future__ import annotations

from pfp_desktop.domain.overview import Coverage, CoverageAxis
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.storage import facet_index


def catalogue_coverage(catalogue: CatalogueService) -> Coverage:
    """Initiatives by GCM objective × summit (summits with a PfP block, oldest first).

    Counted from the search's own facets, so a cell's number is what a search with that
    objective and that summit ticked finds."""
    with catalogue.session() as session:
        counts = facet_index.facet_pair_counts(session, "gcm", "summit")
    objectives = tuple(
        CoverageAxis(o.number, o.short_label, o.title) for o in catalogue.gcm_objectives()
    )
    summits = tuple(
        CoverageAxis(s.number, str(s.start.year), s.title)
        for s in catalogue.summits(with_pfp_only=True)
    )
    cells = {
        (o.number, s.number): n
        for o in objectives
        for s in summits
        if (n := counts.get((str(o.number), str(s.number)), 0))
    }
    return Coverage(objectives, summits, cells)
