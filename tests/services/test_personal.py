"""Notes, corrections, additions, stars and tags, stored for real in a user database."""

from __future__ import annotations

import pytest

from pfp_desktop.domain.personal import (
    LocalInitiative,
    PersonalDataError,
    Target,
    TargetKind,
)
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.corrections import apply_overrides
from pfp_desktop.services.personal import Personal

FACILITY = Target(TargetKind.INITIATIVE, "eu-diaspora-facility")


def test_a_note_keeps_every_revision_and_restores_an_old_one(personal: Personal) -> None:
    notes = personal.notes
    notes.set_note(FACILITY, "first")
    notes.set_note(FACILITY, "second")
    notes.set_note(FACILITY, "second")  # unchanged: no new revision
    history = notes.history(FACILITY)
    assert [r.text for r in history] == ["second", "first"]
    notes.restore_revision(FACILITY, history[-1].id)
    assert notes.text(FACILITY) == "first"
    assert [r.origin for r in notes.history(FACILITY)] == ["restore", "edit", "edit"]


def test_notes_keep_markup_and_any_script_exactly(personal: Personal) -> None:
    text = "<script>alert(1)</script> R&D AT&T; **bold** café 中文 مرحبا\n\ttabbed"
    personal.notes.set_note(FACILITY, text)
    assert personal.notes.text(FACILITY) == text


def test_a_huge_or_nul_note_is_refused_and_the_old_one_kept(personal: Personal) -> None:
    personal.notes.set_note(FACILITY, "keep me")
    with pytest.raises(PersonalDataError, match="at most"):
        personal.notes.set_note(FACILITY, "x" * 1_000_001)
    with pytest.raises(PersonalDataError, match="NUL"):
        personal.notes.set_note(FACILITY, "a\x00b")
    assert personal.notes.text(FACILITY) == "keep me"


def test_append_adds_a_paragraph(personal: Personal) -> None:
    personal.notes.append(FACILITY, "one")
    personal.notes.append(FACILITY, "two")
    assert personal.notes.text(FACILITY) == "one\n\ntwo"


def test_a_correction_overrides_and_reverts(
    personal: Personal, catalogue: CatalogueService
) -> None:
    item = catalogue.initiative("knomad-1-2")
    personal.corrections.set_override(item.id, "title", "KNOMAD phase 1.2", item.title)
    shown = apply_overrides(item, personal.corrections.overrides_for(item.id))
    assert shown.title == "KNOMAD phase 1.2" and shown.solution == item.solution
    removed = personal.corrections.revert(item.id, "title")
    assert removed is not None and personal.corrections.overrides_for(item.id) == {}
    personal.corrections.restore(removed)
    assert personal.corrections.overrides_for(item.id)["title"].value == "KNOMAD phase 1.2"


def test_setting_a_field_back_to_the_catalogue_text_removes_the_correction(
    personal: Personal,
) -> None:
    personal.corrections.set_override("knomad-1-2", "title", "X", "KNOMAD 1.2")
    personal.corrections.set_override("knomad-1-2", "title", "KNOMAD 1.2", "KNOMAD 1.2")
    assert personal.corrections.overrides_for("knomad-1-2") == {}


def test_an_added_initiative_gets_a_local_id(personal: Personal) -> None:
    added = personal.additions.add(LocalInitiative("", 14, 141, "Side event", ("IOM", "Fiji")))
    assert added.id.startswith("local-") and added.partners == ("IOM", "Fiji")
    changed = personal.additions.update(LocalInitiative(added.id, 14, 142, "Side event (2)", ()))
    assert changed.session_id == 142 and personal.additions.get(added.id) == changed
    assert personal.additions.delete(added.id) == changed
    assert personal.additions.all() == []
    with pytest.raises(PersonalDataError, match="needs a title"):
        personal.additions.add(LocalInitiative("", 14, 141, "  ", ()))


def test_stars_and_tags(personal: Personal) -> None:
    flags = personal.flags
    flags.set_starred(FACILITY, True)
    assert flags.set_tags(FACILITY, [" Tuesday ", "diaspora", "tuesday"]) == (
        "diaspora",
        "Tuesday",
    )
    assert flags.flags(FACILITY).starred and flags.starred() == {"eu-diaspora-facility"}
    assert flags.tagged("diaspora") == {"eu-diaspora-facility"}
    with pytest.raises(PersonalDataError, match="empty"):
        flags.set_tags(FACILITY, ["\x07"])
    flags.set_starred(FACILITY, False)
    assert not flags.flags(FACILITY).starred


def test_a_summit_the_catalogue_lacks_can_be_added_once_and_kept(
    personal: Personal, catalogue: CatalogueService
) -> None:
    from pfp_desktop.domain.personal import LocalSummit

    numbers = {s.number for s in catalogue.summits()}
    additions = personal.additions
    with pytest.raises(PersonalDataError, match="already holds summit 14"):
        additions.add_local_summit(LocalSummit(14, 2024, "Geneva"), numbers)
    with pytest.raises(PersonalDataError, match="needs its city"):
        additions.add_local_summit(LocalSummit(15, 2025, "  "), numbers)
    additions.add_local_summit(LocalSummit(15, 2025, " Belgrad "), numbers)
    additions.add_local_summit(LocalSummit(15, 2025, "Belgrade"), numbers)  # a typo mended
    assert additions.local_summits() == [LocalSummit(15, 2025, "Belgrade")]
    assert additions.local_summits()[0].title == "15th Summit · Belgrade 2025"
