"""A newer catalogue drops an initiative and changes a corrected field: nothing is lost."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pfp_desktop.catalogue.builder import SourcePaths, build
from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services import catalogue_update
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.catalogue_update import IssueKind
from pfp_desktop.services.personal import Personal
from pfp_desktop.storage.catalogue_writer import write_catalogue
from tests.conftest import DATA


def _newer_catalogue(tmp_path: Path) -> CatalogueService:
    contents = build(SourcePaths.in_folder(DATA))
    kept = [i for i in contents.initiatives if i.id != "prague-process"]
    kept = [replace(i, title="KNOMAD 1.2 (phase two)") if i.id == "knomad-1-2" else i for i in kept]
    related = tuple(g for g in contents.related if "prague-process" not in g.initiative_ids)
    path = tmp_path / "newer.sqlite"
    write_catalogue(replace(contents, initiatives=tuple(kept), related=related), path)
    return CatalogueService(path)


def test_an_update_keeps_every_note_and_lists_what_no_longer_fits(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    prague = Target(TargetKind.INITIATIVE, "prague-process")
    personal.notes.set_note(prague, "Ask the Czech delegation")
    personal.flags.set_starred(prague, True)
    personal.corrections.set_override("knomad-1-2", "title", "KNOMAD phase 1.2", "KNOMAD 1.2")
    personal.notes.set_note(Target(TargetKind.INITIATIVE, "knomad-1-2"), "KNOMAD note")

    newer = _newer_catalogue(tmp_path)
    issues = catalogue_update.find_update_issues(personal.user, newer)
    assert {(i.kind, i.initiative_id, i.what) for i in issues} == {
        (IssueKind.MISSING, "prague-process", "note"),
        (IssueKind.MISSING, "prague-process", "star"),
        (IssueKind.CHANGED, "knomad-1-2", "title"),
    }
    assert personal.notes.text(prague) == "Ask the Czech delegation"  # nothing deleted
    assert len(personal.notes.all_notes()) == 2

    changed = next(i for i in issues if i.kind is IssueKind.CHANGED)
    catalogue_update.keep(personal.user, changed)
    dropped = next(i for i in issues if i.what == "star")
    catalogue_update.drop(personal.user, dropped)
    left = catalogue_update.find_update_issues(personal.user, newer)
    assert [(i.initiative_id, i.what) for i in left] == [("prague-process", "note")]
    override = personal.corrections.overrides_for("knomad-1-2")["title"]
    assert (override.value, override.catalogue_value) == (
        "KNOMAD phase 1.2",
        "KNOMAD 1.2 (phase two)",
    )
    assert catalogue_update.find_update_issues(personal.user, catalogue) == [
        i
        for i in catalogue_update.find_update_issues(personal.user, catalogue)
        if i.kind is IssueKind.CHANGED
    ]
