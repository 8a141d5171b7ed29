"""Note history: one version per editing session or per pause of a minute, never at the cost
of another writer's version."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services import notes as notes_module
from pfp_desktop.services.personal import Personal

FACILITY = Target(TargetKind.INITIATIVE, "eu-diaspora-facility")
START = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


class PinnedClock:
    """The notes service's clock, moved on by hand (the clock module exists to be pinned)."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> str:
        return self.now.isoformat(timespec="milliseconds")

    def wait(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[PinnedClock]:
    pinned = PinnedClock()
    monkeypatch.setattr(notes_module, "now_iso", pinned)
    yield pinned


def _type(personal: Personal, clock: PinnedClock, texts: list[str], every: float) -> None:
    base = personal.notes.text(FACILITY)
    for text in texts:
        personal.notes.save_edit(FACILITY, base, text)
        base = text
        clock.wait(every)


def test_saves_while_typing_make_one_version(personal: Personal, clock: PinnedClock) -> None:
    _type(personal, clock, ["M", "Meet", "Meet the EU", "Meet the EU desk"], every=2)
    history = personal.notes.history(FACILITY)
    assert [r.text for r in history] == ["Meet the EU desk"]
    assert personal.notes.text(FACILITY) == "Meet the EU desk"


def test_a_pause_of_a_minute_starts_a_new_version(personal: Personal, clock: PinnedClock) -> None:
    _type(personal, clock, ["Meet", "Meet the EU"], every=61)
    _type(personal, clock, ["Meet the EU desk", "Meet the EU desk on Monday"], every=5)
    texts = [r.text for r in personal.notes.history(FACILITY)]
    assert texts == ["Meet the EU desk on Monday", "Meet the EU", "Meet"]


def test_another_writers_version_is_never_replaced(
    personal: Personal, clock: PinnedClock, data_dir: Path
) -> None:
    _type(personal, clock, ["Min", "Mine"], every=1)
    pfp = Path(sys.executable).parent / "pfp"
    command = [pfp, "--data-dir", str(data_dir), "note", "eu-diaspora-facility"]
    subprocess.run([*command, "--append", "From the CLI"], check=True, capture_output=True)
    stored = personal.notes.text(FACILITY)
    _type(personal, clock, [stored + "\n\nMine again"], every=1)  # within the minute
    texts = [r.text for r in personal.notes.history(FACILITY)]
    assert texts == [stored + "\n\nMine again", stored, "Mine"]


def test_an_undo_is_a_version_of_its_own(personal: Personal, clock: PinnedClock) -> None:
    _type(personal, clock, ["Dr", "Draft"], every=1)
    personal.notes.save_edit(FACILITY, "Draft", "", origin="undo")
    assert [(r.text, r.origin) for r in personal.notes.history(FACILITY)] == [
        ("", "undo"),
        ("Draft", "edit"),
    ]
