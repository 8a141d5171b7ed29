"""Export, import and merge of personal data; hostile files change nothing."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pfp_desktop.domain.personal import LocalInitiative, PersonalDataError, Target, TargetKind
from pfp_desktop.services import notes_exchange
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


def test_a_new_note_and_a_conflicting_correction_on_it_both_land(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    _fill(personal)
    knomad = Target(TargetKind.INITIATIVE, "knomad-1-2")
    personal.notes.set_note(knomad, "Recruitment costs")
    path = tmp_path / "notes.json"
    export_personal_data(personal.user, catalogue, path)
    other = _other(tmp_path)
    other.corrections.set_override("knomad-1-2", "title", "KNOMAD (v1.2)", "KNOMAD 1.2")
    report = import_personal_data(other.user, catalogue, path)
    assert len(report.conflicts) == 1
    text = other.notes.text(knomad)
    assert text.startswith("Recruitment costs") and text.endswith("KNOMAD phase 1.2")
    assert other.notes.history(knomad)[0].text == text


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
    with pytest.raises(PersonalDataError, match=r"^truncated\.json is not a PfP .*truncated\?\)"):
        import_personal_data(_other(tmp_path).user, catalogue, path)


def test_export_to_an_unwritable_place_fails_without_debris(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    with pytest.raises(OSError):
        export_personal_data(personal.user, catalogue, tmp_path / "missing" / "notes.json")
    assert not (tmp_path / "missing").exists()


# -- files that never end, or are not files ---------------------------------------------------


def test_a_symlink_to_dev_zero_is_refused_without_reading_it(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    link = tmp_path / "notes.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(PersonalDataError, match=r"notes\.json is a device, not a file\.$"):
        import_personal_data(personal.user, catalogue, link)


def test_a_folder_is_refused(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    with pytest.raises(PersonalDataError, match=r"is a folder, not a file\.$"):
        import_personal_data(personal.user, catalogue, tmp_path)


def _feed_fifo(path: Path, chunks: Iterator[bytes]) -> threading.Thread:
    """A writer on another thread, as `cat file > fifo` would be; it stops when the reader
    goes away (BrokenPipeError)."""

    def write() -> None:
        with contextlib.suppress(BrokenPipeError), path.open("wb") as fifo:
            for chunk in chunks:
                fifo.write(chunk)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_an_endless_fifo_is_read_only_up_to_the_limit(
    personal: Personal,
    catalogue: CatalogueService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(notes_exchange, "MAX_FILE_BYTES", 2**20)  # 1 MB, to be quick
    fifo = tmp_path / "endless.json"
    os.mkfifo(fifo)
    writer = _feed_fifo(fifo, itertools.repeat(b"[" * 65536))
    with pytest.raises(PersonalDataError, match=r"endless\.json is larger than 1 MB"):
        import_personal_data(personal.user, catalogue, fifo)
    writer.join(timeout=30)
    assert not writer.is_alive()


def test_a_notes_file_fed_through_a_fifo_is_imported(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    document = json.dumps(_valid(personal, catalogue, tmp_path)).encode()
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    writer = _feed_fifo(fifo, iter([document[:100], document[100:]]))
    report = import_personal_data(_other(tmp_path).user, catalogue, fifo)
    writer.join(timeout=30)
    assert (report.added, report.conflicts) == (6, [])


# -- notes that grow ----------------------------------------------------------------------------


def _export_of(text: str, tmp_path: Path, catalogue: CatalogueService, name: str) -> Path:
    """A file exported on another laptop whose note on FACILITY is ``text``."""
    laptop = Personal.of(open_user_data(tmp_path / f"laptop-{name}"))
    laptop.notes.set_note(FACILITY, text)
    path = tmp_path / f"{name}.json"
    export_personal_data(laptop.user, catalogue, path)
    laptop.user.close()
    return path


def test_a_conflict_never_makes_a_note_longer_than_the_limit(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    theirs = "Theirs. " + "t" * 600_000
    path = _export_of(theirs, tmp_path, catalogue, "big")
    personal.notes.set_note(FACILITY, "Ours. " + "o" * 900_000)
    report = import_personal_data(personal.user, catalogue, path)
    assert len(report.conflicts) == 1
    assert personal.notes.text(FACILITY) == "Ours. " + "o" * 900_000  # left as it was
    newest = personal.notes.history(FACILITY)[0]
    assert (newest.origin, newest.text) == ("import-conflict", theirs)
    again = tmp_path / "again.json"  # the app's own export can be imported again
    export_personal_data(personal.user, catalogue, again)
    assert import_personal_data(_other(tmp_path).user, catalogue, again).added == 1


def test_the_same_conflict_imported_twice_changes_nothing_the_second_time(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = _export_of("Theirs: ask about phase 2", tmp_path, catalogue, "theirs")
    personal.notes.set_note(FACILITY, "Ours: lunch on Tuesday")
    import_personal_data(personal.user, catalogue, path)
    merged, versions = personal.notes.text(FACILITY), len(personal.notes.history(FACILITY))
    assert merged.startswith("Ours: lunch on Tuesday") and "Theirs: ask about phase 2" in merged
    renamed = path.rename(tmp_path / "renamed.json")
    report = import_personal_data(personal.user, catalogue, renamed)
    assert (report.added, report.skipped, report.conflicts) == (0, 1, [])
    assert personal.notes.text(FACILITY) == merged
    assert len(personal.notes.history(FACILITY)) == versions


def test_a_conflict_kept_in_history_is_not_kept_twice(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = _export_of("t" * 600_000, tmp_path, catalogue, "big")
    personal.notes.set_note(FACILITY, "o" * 900_000)
    import_personal_data(personal.user, catalogue, path)
    versions = len(personal.notes.history(FACILITY))
    assert import_personal_data(personal.user, catalogue, path).conflicts == []
    assert len(personal.notes.history(FACILITY)) == versions


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_the_same_note_twice_in_one_file_is_refused(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    document = _valid(personal, catalogue, tmp_path)
    document["notes"] += [dict(document["notes"][0], text=f"copy {i}") for i in range(3)]
    path = _write(tmp_path / "twice.json", document)
    second = r"^notes\[2\] is a second note on initiative eu-diaspora-facility \(the first is "
    with pytest.raises(PersonalDataError, match=second + r"notes\[\d\]\)"):
        import_personal_data(_other(tmp_path).user, catalogue, path)


# -- local- items and counts ------------------------------------------------------------------


def _local_notes(count: int) -> dict[str, Any]:
    return {
        "format": "pfp-desktop-notes",
        "version": 1,
        "notes": [
            {"kind": "initiative", "key": f"local-{i:06d}", "text": "x", "updated_at": "2026"}
            for i in range(count)
        ],
    }


def test_notes_on_added_initiatives_that_exist_nowhere_are_refused(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = _write(tmp_path / "ghosts.json", _local_notes(100_000))
    with pytest.raises(PersonalDataError) as refused:
        import_personal_data(personal.user, catalogue, path)
    assert str(refused.value) == (
        "100,000 items are about added initiatives that neither this file nor your notes hold "
        "(first: notes[0], initiative 'local-000000'). Nothing was imported."
    )
    assert personal.notes.all_notes() == []


def test_a_note_on_an_addition_already_in_the_database_is_accepted(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    added = personal.additions.add(LocalInitiative("", 14, 141, "Side event", ("Fiji",)))
    document = _local_notes(1)
    document["notes"][0]["key"] = added.id
    report = import_personal_data(personal.user, catalogue, _write(tmp_path / "n.json", document))
    assert report.added == 1 and personal.notes.text(Target(TargetKind.INITIATIVE, added.id))


def test_a_file_of_more_than_100000_items_is_refused(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    document = {
        "format": "pfp-desktop-notes",
        "version": 1,
        "stars": [{"kind": "initiative", "key": "knomad-1-2"}] * 100_001,
    }
    with pytest.raises(PersonalDataError, match=r"holds more than 100,000 items"):
        import_personal_data(personal.user, catalogue, _write(tmp_path / "many.json", document))


# -- what the message says ----------------------------------------------------------------------


def _bytes_of(personal: Personal, catalogue: CatalogueService, tmp_path: Path) -> bytes:
    return json.dumps(_valid(personal, catalogue, tmp_path), indent=1).encode()


def test_a_byte_order_mark_is_harmless(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + _bytes_of(personal, catalogue, tmp_path))
    assert import_personal_data(_other(tmp_path).user, catalogue, path).added == 6


MESSAGES = {
    "NUL byte": (
        lambda b: b[:40] + b"\x00" + b[40:],
        r"^bad\.json is not a PfP notes file: it contains a NUL byte at byte offset 40 "
        r"\(a binary file\?\)\.$",
    ),
    "invalid UTF-8": (
        lambda b: b[:50] + b"\xff" + b[50:],
        r"^bad\.json is not UTF-8 text: byte 0xff at byte offset 50 is not valid "
        r"UTF-8\.$",
    ),
    "stray quote": (
        lambda b: b.replace(b'"text": "Meet', b'"text": "Me"et', 1),
        r"^bad\.json is not a PfP notes file: line \d+, column \d+: expected ',' or "
        r"the end of the list or object here \(a stray quote inside a text\?\)\.$",
    ),
    "truncated": (
        lambda b: b[:200],
        r"^bad\.json is not a PfP notes file: it ends too early, at line \d+ "
        r"\(is it truncated\?\)\.$",
    ),
    "duplicate key": (
        lambda b: b.replace(b'"text": "MiGOF"', b'"text": "MiGOF", "text": "x"'),
        r"^bad\.json is not a PfP notes file: the key 'text' appears twice in "
        r"notes\[\d\]\.$",
    ),
    "other JSON": (
        lambda b: b'{"name": "a package.json"}',
        r"^bad\.json is not a PfP notes file: it has no 'format', not "
        r"'pfp-desktop-notes'\.$",
    ),
    "newer version": (
        lambda b: b.replace(b'"version": 1', b'"version": 2'),
        r"^bad\.json is a PfP notes file of version 2; this PfP Desktop reads "
        r"version 1 \(it was written by a newer one\)\.$",
    ),
    "empty": (lambda b: b"", r"^bad\.json is empty: not a PfP notes file\.$"),
    "UTF-16": (
        lambda b: b"\xff\xfe" + b.decode().encode("utf-16-le"),
        r"^bad\.json is UTF-16 text; a PfP notes file is UTF-8",
    ),
}


@pytest.mark.parametrize(("damage", "message"), MESSAGES.values(), ids=MESSAGES.keys())
def test_a_damaged_file_gets_one_plain_line(
    personal: Personal,
    catalogue: CatalogueService,
    tmp_path: Path,
    damage: Callable[[bytes], bytes],
    message: str,
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(damage(_bytes_of(personal, catalogue, tmp_path)))
    other = _other(tmp_path)
    with pytest.raises(PersonalDataError, match=message):
        import_personal_data(other.user, catalogue, path)
    assert other.notes.all_notes() == []


def test_exporting_over_a_long_valid_name_works(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    _fill(personal)
    path = tmp_path / ("n" * 245 + ".json")  # 250 bytes: the longest name most systems allow
    assert export_personal_data(personal.user, catalogue, path) == 6
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [path.name]
