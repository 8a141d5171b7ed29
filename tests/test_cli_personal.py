"""`pfp note`, `pfp notes export|import`, `pfp backup|restore`, and the personal part of show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pfp_desktop.cli import main


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_note_set_append_show_and_show_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert (
        _run(capsys, data, "note", "eu-diaspora-facility", "--set", "Ask about <phase 2>")[0] == 0
    )
    _run(capsys, data, "note", "eu-diaspora-facility", "--append", "R&D too")
    code, out, _ = _run(capsys, data, "note", "eu-diaspora-facility", "--show")
    assert (code, out) == (0, "Ask about <phase 2>\n\nR&D too\n")
    _, out, _ = _run(capsys, data, "show", "eu-diaspora-facility", "--json")
    personal = json.loads(out)["personal"]
    assert personal["note"] == "Ask about <phase 2>\n\nR&D too" and personal["starred"] is False


def test_show_json_without_personal_data_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "never-created"
    _, out, _ = _run(capsys, data, "show", "knomad-1-2", "--json")
    assert json.loads(out)["personal"]["note"] == "" and not data.exists()


def test_a_note_on_an_unknown_initiative_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, tmp_path, "note", "no-such-id", "--set", "x")
    assert (code, err) == (1, "pfp: error: No initiative with id 'no-such-id'.\n")


def test_export_import_backup_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    mine, theirs, file = tmp_path / "mine", tmp_path / "theirs", tmp_path / "notes.json"
    _run(capsys, mine, "note", "summit:11", "--set", "Marrakesh: ask the chair")
    code, out, _ = _run(capsys, mine, "notes", "export", str(file))
    assert (code, out) == (0, f"Wrote {file}: 1 items.\n")
    code, out, _ = _run(capsys, theirs, "notes", "import", str(file))
    assert out == f"Imported {file}: 1 items imported, 0 already here.\n"
    code, out, _ = _run(capsys, theirs, "backup")
    assert code == 0 and out.startswith("Backed up to ")
    _run(capsys, theirs, "note", "summit:11", "--set", "changed")
    code, out, _ = _run(capsys, theirs, "restore")
    assert code == 0
    assert _run(capsys, theirs, "note", "summit:11")[1] == "Marrakesh: ask the chair\n"


def test_importing_a_broken_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "pfp-desktop-notes", "version": 1, "notes": [{"kind": 3}]}')
    code, _, err = _run(capsys, tmp_path / "d", "notes", "import", str(bad))
    assert code == 1 and err == "pfp: error: notes[0].kind must be text.\n"
