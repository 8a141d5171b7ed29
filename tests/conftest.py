"""Shared fixtures. Qt runs offscreen in every test (set before anything imports Qt)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.mounts import Mounts

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SOURCE_NAME = "gfmd-pfp-sessions.txt"


@pytest.fixture(scope="session")
def shipped_catalogue() -> Path:
    return DATA / "pfp.sqlite"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of data/ (source text, reference tables, curation) to damage at will."""
    target = tmp_path / "data"
    shutil.copytree(DATA / "source", target / "source")
    shutil.copy(DATA / "curation.toml", target / "curation.toml")
    return target


EditLines = Callable[[Callable[[list[str]], list[str]]], None]


@pytest.fixture
def edit_source(data_copy: Path) -> EditLines:
    """Rewrite the copied source text line by line (1-based line N is lines[N - 1])."""

    def edit(change: Callable[[list[str]], list[str]]) -> None:
        path = data_copy / "source" / SOURCE_NAME
        lines = path.read_text(encoding="utf-8").split("\n")
        path.write_text("\n".join(change(lines)), encoding="utf-8")

    return edit


@pytest.fixture
def mounts() -> Iterator[Mounts]:
    """Mounts for real faults (a full disk, a read-only folder), undone after the test."""
    made = Mounts()
    yield made
    made.unmount_all()


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test (and every process it starts) keeps its notes in a folder of its own, never
    in the machine's user data folder: what another program or an earlier run left there
    (a newer schema, say) cannot change a result."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("PFP_DATA_DIR", str(folder))
    return folder
