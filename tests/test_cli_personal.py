"""`pfp note`, `pfp notes export|import`, `pfp backup|restore`, and the personal part of show."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pfp_desktop.cli import main
from pfp_desktop.domain.personal import NO_SESSION, LocalInitiative, LocalSummit
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data


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
    assert (code, out) == (0, f"Wrote {file}: 1 item.\n")
    code, out, _ = _run(capsys, theirs, "notes", "import", str(file))
    assert out == f"Imported {file}: 1 item imported, 0 already here.\n"
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


PFP = Path(sys.executable).parent / "pfp"


def _limit_memory() -> None:
    """1 GB of address space: a reader that does not stop fails fast instead of filling RAM."""
    resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))


def test_importing_a_link_to_dev_zero_is_one_line_in_a_real_process(tmp_path: Path) -> None:
    link = tmp_path / "notes.json"
    link.symlink_to("/dev/zero")
    result = subprocess.run(
        [PFP, "--data-dir", str(tmp_path / "d"), "notes", "import", str(link)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        preexec_fn=_limit_memory,
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"pfp: error: {link} is a device, not a file.\n"


def test_a_stray_quote_is_one_plain_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "pfp-desktop-notes", "version": 1,\n "notes": [{"text": "a"b"}]}')
    code, _, err = _run(capsys, tmp_path / "d", "notes", "import", str(bad))
    assert (code, err) == (
        1,
        "pfp: error: bad.json is not a PfP notes file: line 2, column 24: "
        "expected ',' or the end of the list or object here "
        "(a stray quote inside a text?).\n",
    )


def test_export_to_dash_writes_the_json_to_standard_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    _run(capsys, data, "note", "summit:11", "--set", "Marrakesh")
    code, out, err = _run(capsys, data, "notes", "export", "-")
    assert (code, err) == (0, "Wrote 1 item to standard output.\n")
    assert json.loads(out)["notes"][0]["text"] == "Marrakesh"
    assert not (tmp_path / "-").exists()
    code, out, _ = _run(capsys, data, "notes", "export", "./-")  # a file named "-", if wanted
    assert (code, out) == (0, "Wrote ./-: 1 item.\n") and (tmp_path / "-").is_file()


def test_export_piped_into_import_in_real_processes(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    subprocess.run(
        [PFP, "--data-dir", str(mine), "note", "summit:11", "--set", "Marrakesh"],
        check=True,
        capture_output=True,
    )
    exported = subprocess.run(
        [PFP, "--data-dir", str(mine), "notes", "export", "-"],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    assert json.loads(exported.stdout)["notes"][0]["text"] == "Marrakesh"
    imported = subprocess.run(
        [PFP, "--data-dir", str(theirs), "notes", "import", "-"],
        input=exported.stdout,
        capture_output=True,
        check=False,
        cwd=tmp_path,
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == b"Imported -: 1 item imported, 0 already here.\n"
    shown = subprocess.run(
        [PFP, "--data-dir", str(theirs), "note", "summit:11"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert shown.stdout == "Marrakesh\n" and not (tmp_path / "-").exists()


def test_export_to_a_folder_without_permission_says_so(tmp_path: Path) -> None:
    """Run as nobody, since root may write anywhere; the folder is root's and not writable."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the command as another user")
    base = Path(tempfile.mkdtemp(prefix="pfp-perm-"))
    try:
        base.chmod(0o755)
        data, locked = base / "data", base / "locked"
        data.mkdir()
        locked.mkdir(mode=0o755)
        os.chown(data, 65534, 65534)
        result = subprocess.run(
            [
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                PFP,
                "--data-dir",
                str(data),
                "notes",
                "export",
                str(locked / "notes.json"),
            ],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "HOME": str(data)},
        )
        assert (result.returncode, result.stderr) == (
            1,
            f"pfp: error: Permission denied: {locked / 'notes.json'}\n",
        )
        assert list(locked.iterdir()) == []
    finally:
        shutil.rmtree(base)


def test_what_pfp_writes_is_in_the_database_file_itself_when_it_exits(tmp_path: Path) -> None:
    """A delegate may copy the notes database file alone (to a stick, another laptop): the
    real `pfp` program leaves no write-ahead log holding what it wrote, nor after an error."""
    pfp = [str(Path(sys.executable).parent / "pfp"), "--data-dir", str(tmp_path / "data")]
    subprocess.run([*pfp, "note", "eu-diaspora-facility", "--set", "Ask about phase 2"], check=True)
    wal = tmp_path / "data" / "pfp-user.sqlite-wal"
    assert not wal.exists()
    failed = subprocess.run([*pfp, "note", "no-such-initiative", "--set", "x"], check=False)
    assert failed.returncode == 1 and not wal.exists()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(tmp_path / "data" / "pfp-user.sqlite", copy)
    shown = subprocess.run(
        [pfp[0], "--data-dir", str(copy), "note", "eu-diaspora-facility", "--show"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert shown.stdout == "Ask about phase 2\n"


def _pfp(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PFP, "--data-dir", str(data), *args], capture_output=True, text=True, check=False
    )


def test_a_talk_at_an_added_summit_keeps_it_through_export_and_import_in_real_processes(
    tmp_path: Path,
) -> None:
    laptop, other, file = tmp_path / "laptop", tmp_path / "other", tmp_path / "notes.json"
    personal = Personal.of(open_user_data(laptop))  # as the window's "Add an initiative" does
    personal.additions.add_local_summit(LocalSummit(15, 2025, "Belgrade"), {14})
    talk = LocalInitiative("", 15, NO_SESSION, "Diaspora bonds", ("Serbian Diaspora Office",))
    added = personal.additions.add(talk)
    personal.user.close()
    assert _pfp(laptop, "notes", "export", str(file)).stdout == f"Wrote {file}: 2 items.\n"
    imported = _pfp(other, "notes", "import", str(file))
    assert imported.stdout == f"Imported {file}: 2 items imported, 0 already here.\n"
    shown = _pfp(other, "show", added.id, "--json")
    assert shown.returncode == 0, shown.stderr
    item = json.loads(shown.stdout)
    assert (item["summit"], item["summit_title"]) == (15, "15th Summit · Belgrade 2025")
    assert item["partners"] == [{"name": "Serbian Diaspora Office"}]
    assert _pfp(other, "show", added.id).stdout == (
        "Diaspora bonds\n15th Summit · Belgrade 2025, added by you  "
        f"[{added.id}]\nPartners: Serbian Diaspora Office\n"
    )
    missing = _pfp(tmp_path / "never-created", "show", added.id)
    assert (missing.returncode, missing.stderr) == (
        1,
        f"pfp: error: No initiative with id '{added.id}'.\n",
    )
    assert not (tmp_path / "never-created").exists()
