"""Export, import and merge of personal data; hostile files change nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pfp_desktop.domain.personal import LocalInitiative, PersonalDataError, Target, TargetKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.notes_exchange import export_personal_data, import_personal_data
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data

FACILITY = Target(TargetKind.INITIATIVE, "eu-diaspora-facility")
IOM = Target(TargetKind.PARTNER, "IOM")


def _fill(personal: Personal) -> None:
    personal.notes.set_note(FACILITY, "draft")
    personal.notes.set_note(FACILITY, "Meet <EUDiF> & R&D — café")
    personal.notes.set_note(IOM, "MiGOF")
    personal.corrections.set_override("knomad-1-2", "title", "KNOMAD phase 1.2", "KNOMAD 1.2")
    personal.additions.add(LocalInitiative("", 14, 141, "Side event", ("Fiji",)))
    personal.flags.set_starred(FACILITY, True)
    personal.flags.set_tags(FACILITY, ["Tuesday"])


def _other(tmp_path: Path) -> Personal:
    return Personal.of(open_user_data(tmp_path / "other-laptop"))


def test_export_then_import_elsewhere_carries_everything(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    _fill(personal)
    path = tmp_path / "notes.json"
    assert export_personal_data(personal.user, catalogue, path) == 6
    other = _other(tmp_path)
    report = import_personal_data(other.user, catalogue, path)
    assert (report.added, report.skipped, report.conflicts) == (6, 0, [])
    assert other.notes.text(FACILITY) == "Meet <EUDiF> & R&D — café"
    assert [r.text for r in other.notes.history(FACILITY)] == ["Meet <EUDiF> & R&D — café", "draft"]
    assert other.corrections.overrides_for("knomad-1-2")["title"].value == "KNOMAD phase 1.2"
    assert other.flags.flags(FACILITY).starred and other.flags.flags(FACILITY).tags == ("Tuesday",)
    assert [a.title for a in other.additions.all()] == ["Side event"]
    again = import_personal_data(other.user, catalogue, path)
    assert (again.added, again.skipped) == (0, 6)  # identical items are skipped


def test_a_conflicting_note_keeps_both_versions(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    _fill(personal)
    path = tmp_path / "notes.json"
    export_personal_data(personal.user, catalogue, path)
    other = _other(tmp_path)
    other.notes.set_note(FACILITY, "My own version")
    other.corrections.set_override("knomad-1-2", "title", "KNOMAD (v1.2)", "KNOMAD 1.2")
    report = import_personal_data(other.user, catalogue, path)
    assert len(report.conflicts) == 2
    text = other.notes.text(Target(TargetKind.INITIATIVE, "eu-diaspora-facility"))
    assert text.startswith("My own version") and "Meet <EUDiF> & R&D — café" in text
    assert other.corrections.overrides_for("knomad-1-2")["title"].value == "KNOMAD (v1.2)"
    assert "KNOMAD phase 1.2" in other.notes.text(Target(TargetKind.INITIATIVE, "knomad-1-2"))


def _valid(personal: Personal, catalogue: CatalogueService, tmp_path: Path) -> dict[str, Any]:
    _fill(personal)
    path = tmp_path / "valid.json"
    export_personal_data(personal.user, catalogue, path)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


HOSTILE = {
    "wrong type": lambda d: d["notes"][0].update(text=12),
    "unknown id": lambda d: d["stars"][0].update(key="no-such-initiative"),
    "10 MB string": lambda d: d["notes"][0].update(text="x" * 10_000_000),
    "control characters": lambda d: d["tags"][0].update(tag="bell\x07"),
    "wrong format": lambda d: d.update(format="something-else"),
    "future version": lambda d: d.update(version=2),
    "field not editable": lambda d: d["corrections"][0].update(field="provenance"),
    "bad addition id": lambda d: d["additions"][0].update(id="eu-diaspora-facility"),
}


@pytest.mark.parametrize("damage", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_file_is_refused_and_changes_nothing(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path, damage: Any
) -> None:
    document = _valid(personal, catalogue, tmp_path)
    damage(document)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    other = _other(tmp_path)
    other.notes.set_note(IOM, "untouched")
    with pytest.raises(PersonalDataError):
        import_personal_data(other.user, catalogue, path)
    assert other.notes.all_notes()[0].text == "untouched" and len(other.notes.all_notes()) == 1
    assert other.flags.starred() == set() and other.additions.all() == []


def test_a_truncated_file_is_refused_with_a_clear_message(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    document = _valid(personal, catalogue, tmp_path)
    path = tmp_path / "truncated.json"
    path.write_text(json.dumps(document)[:200], encoding="utf-8")
    with pytest.raises(PersonalDataError, match=r"not valid JSON .*truncated"):
        import_personal_data(_other(tmp_path).user, catalogue, path)


def test_export_to_an_unwritable_place_fails_without_debris(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    with pytest.raises(OSError):
        export_personal_data(personal.user, catalogue, tmp_path / "missing" / "notes.json")
    assert not (tmp_path / "missing").exists()
