"""The notes folder as a person names and keeps it: odd characters in its name, several `pfp`
commands opening it at once, a read-only folder. Real `pfp` processes throughout."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.storage.user_db import HEAD_REVISION, USER_DB_NAME, schema_revision
from tests.conftest import DATA
from tests.mounts import Mounts

PFP = Path(sys.executable).parent / "pfp"
FACILITY = "eu-diaspora-facility"
# Each of these was read as URI syntax: cut at ? or #, %xx decoded, a query parameter obeyed.
WEIRD_NAMES = ["we?ird#dir%20x", "a%41b", "x?mode=memory"]


def _pfp(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PFP, "--data-dir", str(data_dir), *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("name", WEIRD_NAMES)
def test_notes_go_into_the_folder_named_whatever_its_name(tmp_path: Path, name: str) -> None:
    base = tmp_path / "base"
    base.mkdir()
    folder = base / name
    written = _pfp(folder, "note", FACILITY, "--set", "kept in the right place")
    assert (written.returncode, written.stderr) == (0, "")
    assert sorted(p.name for p in base.iterdir()) == [name]  # nothing created beside it
    assert (folder / USER_DB_NAME).is_file()
    with sqlite3.connect(folder / USER_DB_NAME) as connection:
        assert connection.execute("SELECT text FROM notes").fetchall() == [
            ("kept in the right place",)
        ]
    assert _pfp(folder, "note", FACILITY).stdout == "kept in the right place\n"
    backed_up = _pfp(folder, "backup")
    assert backed_up.returncode == 0
    assert _pfp(folder, "restore").returncode == 0
    assert sorted(p.name for p in base.iterdir()) == [name]


def test_a_catalogue_in_a_weirdly_named_folder_opens(tmp_path: Path) -> None:
    folder = tmp_path / WEIRD_NAMES[0]
    folder.mkdir()
    shutil.copy(DATA / "pfp.sqlite", folder / "pfp.sqlite")
    assert CatalogueService(folder / "pfp.sqlite").initiative(FACILITY).id == FACILITY


def test_a_catalogue_is_built_into_a_weirdly_named_folder(tmp_path: Path) -> None:
    base = tmp_path / "base"
    folder = base / WEIRD_NAMES[0]
    folder.mkdir(parents=True)
    built = subprocess.run(
        [PFP, "build-catalogue", "--out", str(folder / "pfp.sqlite")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (built.returncode, built.stderr) == (0, "")
    assert sorted(p.name for p in base.iterdir()) == [WEIRD_NAMES[0]]
    assert [p.name for p in folder.iterdir()] == ["pfp.sqlite"]
    assert CatalogueService(folder / "pfp.sqlite").initiative(FACILITY).id == FACILITY


@pytest.mark.parametrize("attempt", range(4))
def test_commands_started_together_on_an_empty_folder_all_succeed(
    tmp_path: Path, attempt: int
) -> None:
    folder = tmp_path / f"empty-{attempt}"
    command = [PFP, "--data-dir", str(folder), "note"]
    children = [
        subprocess.Popen(
            [*command, f"summit:{n + 1}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for n in range(6)
    ]
    results = [(child.wait(), child.communicate()[1]) for child in children]
    assert results == [(0, "")] * 6
    assert schema_revision(folder / USER_DB_NAME) == HEAD_REVISION
    assert len(list((folder / "backups").iterdir())) == 1  # one daily backup, not six


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A notes folder holding one note, then mounted read-only over itself."""
    folder = tmp_path / "notes"
    assert _pfp(folder, "note", FACILITY, "--set", "read me anyway").returncode == 0
    mounts = Mounts()
    try:
        mounts.read_only(folder)
        yield folder
    finally:
        mounts.unmount_all()


def test_a_read_only_folder_still_shows_and_exports_notes(
    read_only_folder: Path, tmp_path: Path
) -> None:
    before = (read_only_folder / USER_DB_NAME).read_bytes()
    shown = _pfp(read_only_folder, "note", FACILITY)
    assert (shown.returncode, shown.stdout) == (0, "read me anyway\n")
    assert shown.stderr.count("\n") == 1 and "read-only" in shown.stderr  # one warning line
    export = tmp_path / "out.json"
    assert _pfp(read_only_folder, "notes", "export", str(export)).returncode == 0
    assert [n["text"] for n in json.loads(export.read_text())["notes"]] == ["read me anyway"]
    show = _pfp(read_only_folder, "show", FACILITY, "--json")
    assert json.loads(show.stdout)["personal"]["note"] == "read me anyway"
    refused = _pfp(read_only_folder, "note", FACILITY, "--set", "changed")
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[-1].startswith("pfp: error: Not saved:")
    assert "Traceback" not in refused.stderr
    assert (read_only_folder / USER_DB_NAME).read_bytes() == before
