"""What a pack prints of the delegate's own: their notes and corrections, read for many
initiatives at once (a real notes database)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services.pack_personal import corrections_of, notes_of
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data

IDS = [f"syn-{n:04d}" for n in range(1, 1_201)]  # more than two batches of 500


@pytest.fixture
def personal(tmp_path: Path) -> Iterator[Personal]:
    opened = Personal.of(open_user_data(tmp_path / "notes"))
    yield opened
    opened.user.close()


def test_a_pack_of_many_initiatives_prints_each_ones_note_and_only_its_own(
    personal: Personal,
) -> None:
    written = {i: f"Note on {i}" for i in (IDS[0], IDS[499], IDS[500], IDS[1_199])}
    for initiative, text in written.items():
        personal.notes.set_note(Target(TargetKind.INITIATIVE, initiative), text)
    personal.notes.set_note(Target(TargetKind.PARTNER, IDS[1]), "a partner's, not a pack's")
    shown = notes_of(personal)(IDS)
    assert list(shown) == IDS
    assert {i: t for i, t in shown.items() if t} == written


def test_a_pack_of_many_initiatives_prints_each_ones_corrections(personal: Personal) -> None:
    for initiative in (IDS[3], IDS[777]):
        personal.corrections.set_override(initiative, "title", f"Corrected {initiative}", "Old")
    personal.corrections.set_override(IDS[777], "solution", "A better solution", "Old")
    shown = corrections_of(personal)(IDS)
    assert list(shown) == IDS
    assert {i: dict(c) for i, c in shown.items() if c} == {
        IDS[3]: {"title": f"Corrected {IDS[3]}"},
        IDS[777]: {"title": f"Corrected {IDS[777]}", "solution": "A better solution"},
    }
