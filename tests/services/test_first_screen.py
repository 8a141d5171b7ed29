"""The first screen's picture on a disk that refuses it: no error, nothing half-written, and
the picture kept before stays whole (real full and read-only mounts)."""

from __future__ import annotations

from pathlib import Path

from pfp_desktop.domain.navigation import NavNode, NodeKind
from pfp_desktop.services.first_screen import (
    FILE_NAME,
    FirstScreen,
    load_first_screen,
    save_first_screen,
)
from tests.mounts import Mounts, fill

ROW = NavNode(NodeKind.SUMMIT, "8", "8th Summit · Istanbul 2015 <b>&amp;</b>", "7", True)
CHILD = NavNode(
    NodeKind.INITIATIVE, "cmhi", "Compulsory Migrant Health Insurance (CMHI)", "", False
)
OPEN = (((NodeKind.SUMMIT, "8"), (CHILD,)),)  # the group open above the page's row
SCREEN = FirstScreen((ROW,), ("initiative", "cmhi"), "<p>" + "x" * 400_000 + "</p>", "48", OPEN)


def test_a_full_disk_keeps_the_last_picture_whole(tmp_path: Path, mounts: Mounts) -> None:
    folder = mounts.small_disk(tmp_path / "data", size="2m")
    assert save_first_screen(folder, "old", SCREEN)
    filler = fill(folder)
    bigger = FirstScreen(SCREEN.roots, SCREEN.page, SCREEN.page_html * 2, "49", OPEN)
    assert not save_first_screen(folder, "new", bigger)
    assert sorted(p.name for p in folder.iterdir()) == sorted([FILE_NAME, filler.name])
    assert load_first_screen(folder, "old") == SCREEN  # markup and all, as it was kept
    assert load_first_screen(folder, "new") is None


def test_a_read_only_folder_is_no_error(tmp_path: Path, mounts: Mounts) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    mounts.read_only(folder)
    assert not save_first_screen(folder, "key", SCREEN)
    assert list(folder.iterdir()) == []
