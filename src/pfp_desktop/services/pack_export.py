"""Exporting a briefing pack: choose the initiatives, gather the notes, write the PDF.

Personal notes plug in through ``notes``: a function from initiative ids to their Markdown
notes. Until the personal-notes feature lands, ``no_notes`` is the default; the notes service
will pass its own reader here, and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from pfp_desktop.domain.briefing_pack import BriefingPack, PackOptions, PackResult, PackSelection
from pfp_desktop.domain.models import Initiative, InitiativeFilter
from pfp_desktop.domain.personal import EDITABLE_FIELDS
from pfp_desktop.domain.text import summit_ordinal
from pfp_desktop.export import (
    ExportInterrupted,
    MissingGlyphsError,
    PackExportCancelled,
    PackExportError,
    pack_texts,
    stopped_by_signals,
    unsupported_characters,
)
from pfp_desktop.export.document import CancelCheck, ProgressCallback
from pfp_desktop.services.catalogue_service import CatalogueService, NotFoundError
from pfp_desktop.services.gc_pause import cycle_collector_paused
from pfp_desktop.services.locations import shipped_resource
from pfp_desktop.services.overview import catalogue_coverage
from pfp_desktop.services.pack_process import write_pack, write_pack_bytes

__all__ = [
    "AdditionsProvider",
    "CorrectionsProvider",
    "ExportInterrupted",
    "MissingGlyphsError",
    "NotesProvider",
    "PackExportCancelled",
    "PackExportError",
    "export_briefing_pack",
    "no_additions",
    "no_corrections",
    "no_notes",
    "read_pack",
    "select_initiatives",
    "stopped_by_signals",
    "unsupported_in_pack",
    "write_pack",
    "write_pack_bytes",
]

NotesProvider = Callable[[Sequence[str]], Mapping[str, str]]
# initiative id -> one the delegate added, as the pack prints it (see services.pack_personal)
AdditionsProvider = Callable[[Sequence[str]], Mapping[str, Initiative]]
# initiative id -> field -> the delegate's text (see services.corrections)
CorrectionsProvider = Callable[[Sequence[str]], Mapping[str, Mapping[str, str]]]


def no_notes(initiative_ids: Sequence[str]) -> Mapping[str, str]:
    """No personal notes (the default until the notes feature provides them)."""
    return {}


def no_additions(initiative_ids: Sequence[str]) -> Mapping[str, Initiative]:
    """No initiatives of the delegate's own (ids are the catalogue's only)."""
    return {}


def select_initiatives(
    catalogue: CatalogueService,
    selection: PackSelection,
    additions: AdditionsProvider = no_additions,
) -> list[Initiative]:
    """The initiatives ``selection`` names: ids in the order given (the catalogue's, or the
    delegate's own through ``additions``), otherwise page order. Raises NotFoundError for an
    unknown id, summit or partner, PackExportError for none."""
    if selection.ids:
        return _by_ids(catalogue, selection.ids, additions)
    where = InitiativeFilter()
    if selection.summit is not None:
        catalogue.summit(selection.summit)  # a clear error for an unknown summit
        where = InitiativeFilter(summit=selection.summit)
    elif selection.partner is not None:
        where = InitiativeFilter(partner=catalogue.find_partner(selection.partner).name)
    items = catalogue.initiatives(where)
    if not items:
        raise PackExportError(
            f"Nothing to export: {_describe(selection)} has no initiatives in the catalogue."
        )
    return items


def _by_ids(
    catalogue: CatalogueService, ids: Sequence[str], additions: AdditionsProvider
) -> list[Initiative]:
    unique = list(dict.fromkeys(ids))
    known = {item.id: item for item in catalogue.initiatives_by_ids(unique)}
    known |= additions([i for i in unique if i not in known])
    unknown = [i for i in ids if i not in known]
    if unknown:
        quoted = ", ".join(f"'{i}'" for i in unknown)
        raise NotFoundError(
            f"No initiative with id {quoted}."
            if len(unknown) == 1
            else f"No initiatives with ids {quoted}."
        )
    return [known[i] for i in dict.fromkeys(ids)]  # a repeated id is printed once


def _describe(selection: PackSelection) -> str:
    if selection.summit is not None:
        return f"the {summit_ordinal(selection.summit)} Summit"
    if selection.partner is not None:
        return f"partner '{selection.partner}'"
    return "the catalogue"


def no_corrections(initiative_ids: Sequence[str]) -> Mapping[str, Mapping[str, str]]:
    """No local corrections (the pack prints the catalogue text)."""
    return {}


def _with_corrections(
    items: list[Initiative], corrections: CorrectionsProvider
) -> list[Initiative]:
    """The delegate's corrected fields, marked as edited locally in the provenance line."""
    edits = corrections([i.id for i in items])
    result = []
    for item in items:
        fields = {f: v for f, v in edits.get(item.id, {}).items() if f in EDITABLE_FIELDS}
        if fields:
            marked = replace(item.provenance, edited_locally=tuple(sorted(fields)))
            item = replace(item, provenance=marked, **fields)  # type: ignore[arg-type]
        result.append(item)
    return result


def read_pack(
    catalogue: CatalogueService,
    selection: PackSelection,
    options: PackOptions,
    notes: NotesProvider = no_notes,
    corrections: CorrectionsProvider = no_corrections,
    additions: AdditionsProvider = no_additions,
) -> BriefingPack:
    """Everything the pack prints, read from the catalogue (and the notes, when included),
    with the delegate's local corrections applied and marked, and their own initiatives."""
    with cycle_collector_paused():  # it runs beside the window (see services.gc_pause)
        chosen = select_initiatives(catalogue, selection, additions)
        items = _with_corrections(chosen, corrections)
        wanted = dict(notes([i.id for i in items])) if options.include_notes else {}
        summits = {s.number: s for s in catalogue.summits()}
        coverage = catalogue_coverage(catalogue) if options.include_overview else None
        return BriefingPack(items, summits, catalogue.info(), options, wanted, coverage)


def unsupported_in_pack(pack: BriefingPack, fonts_dir: Path | None = None) -> list[str]:
    """The characters of ``pack`` the bundled fonts cannot print (to warn before exporting)."""
    with cycle_collector_paused():
        return unsupported_characters(pack_texts(pack), fonts_dir or shipped_resource("fonts"))


def export_briefing_pack(
    catalogue: CatalogueService,
    selection: PackSelection,
    options: PackOptions,
    target: Path,
    *,
    notes: NotesProvider = no_notes,
    allow_missing_glyphs: bool = False,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> PackResult:
    """Write the pack of ``selection`` to ``target`` (see ``export_pack`` for the errors)."""
    pack = read_pack(catalogue, selection, options, notes)
    return write_pack(
        pack,
        target,
        allow_missing_glyphs=allow_missing_glyphs,
        progress=progress,
        is_cancelled=is_cancelled,
    )
