"""The pfp-desktop command: headless screenshots, and a clear message for a bad catalogue."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.catalogue_files import SAYS, change, copy_of_shipped, damaged_catalogue
from tests.ui.personal.full_disk import full_disk, notes_with_no_room

__all__ = ["full_disk"]  # a fixture, used by name

BIN = Path(sys.executable).parent
HANG = 120  # seconds: a guard against a hang (main hung here for ever), not a timing test


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(BIN / "pfp-desktop"), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=HANG,
    )


def test_screenshot_renders_the_window_with_an_initiative(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = _run(
        "--screenshot",
        str(shot),
        "--select",
        "eu-diaspora-facility",
        "--size",
        "1024x600",
        "--settings",
        str(tmp_path / "s.ini"),
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 600)
    # Not a blank image: the window drew many colours (text, selection, badges).
    colours = {image.pixel(x, y) for x in range(0, 1024, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20


def test_an_unwritable_screenshot_path_is_a_one_line_error(tmp_path: Path) -> None:
    result = _run(
        "--screenshot",
        str(tmp_path / "missing" / "dir" / "shot.png"),
        "--settings",
        str(tmp_path / "s.ini"),
    )
    assert result.returncode == 1
    assert "cannot write" in result.stderr


def test_a_corrupt_catalogue_is_reported_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 200)
    result = _run("--catalogue", str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "\npfp-desktop: error: " in "\n" + result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("damage", ["table-dropped", "future-schema", "no-search-index"])
def test_a_refused_catalogue_ends_a_screenshot_with_one_line(tmp_path: Path, damage: str) -> None:
    if damage == "no-search-index":  # opens, then the window cannot search it
        bad = change(copy_of_shipped(tmp_path, damage), "DROP TABLE search_index")
        says = "has no search index"
    else:
        bad, says = damaged_catalogue(tmp_path, damage), SAYS[damage]
    result = _run(
        "--catalogue",
        str(bad),
        "--screenshot",
        str(tmp_path / "x.png"),
        "--select",
        "eu-diaspora-facility",
        "--settings",
        str(tmp_path / "s.ini"),
        "--data-dir",
        str(tmp_path / "notes"),
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("pfp-desktop: error: ") and says in lines[0]


def _errors(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("pfp-desktop: ")]


def test_notes_that_cannot_be_opened_fail_a_screenshot_with_one_line(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes"
    not_a_folder.write_text("a file where the notes folder should be")
    shot = tmp_path / "x.png"
    result = _run(
        "--data-dir",
        str(not_a_folder),
        "--screenshot",
        str(shot),
        "--settings",
        str(tmp_path / "s.ini"),
    )
    assert result.returncode == 1 and shot.is_file()  # the picture, without notes
    assert _errors(result) == [
        f"pfp-desktop: error: Your notes cannot be opened, so notes are off for now. "
        f"Cannot create the data folder {not_a_folder}: File exists."
    ]


def test_a_loading_thread_that_fails_still_ends_a_screenshot(
    tmp_path: Path, full_disk: Path
) -> None:
    """The day's first start backs the notes up; on a full disk that raised an error nobody
    caught on the loading thread, which died: an empty tree, and --screenshot never ended."""
    notes = notes_with_no_room(full_disk)
    shot = tmp_path / "x.png"
    result = _run(
        "--data-dir", str(notes), "--screenshot", str(shot), "--settings", str(tmp_path / "s.ini")
    )
    assert shot.is_file()
    # Either the notes open anyway (a backup that cannot be written may not stop a start) or
    # the run ends in one line; never a hang.
    expected = [] if result.returncode == 0 else ["pfp-desktop: error: Your notes cannot be"]
    assert [line[:40] for line in _errors(result)] == expected
