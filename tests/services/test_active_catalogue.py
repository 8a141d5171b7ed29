"""Which catalogue is in use, read from the data folder's state without the installer: the
shipped one, the installed update, and a damaged state said in one line by a reading command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pfp_desktop.services.active_catalogue import FOLDER, STATE, active_catalogue_path
from pfp_desktop.services.catalogue_install import read_state
from pfp_desktop.services.locations import shipped_catalogue_path
from pfp_desktop.storage.catalogue_check import CatalogueUnavailableError

ENTRY = {
    "file": "catalogue-2026.12.1.sqlite",
    "version": "2026.12.1",
    "release_date": "2026-12-01",
    "signer": "curators",
    "source": "update.pfpcat",
    "installed_at": "2026-12-02T10:00:00+00:00",
}


def _state(data: Path, values: object) -> None:
    (data / FOLDER).mkdir(parents=True)
    (data / FOLDER / STATE).write_text(json.dumps(values), encoding="utf-8")


def test_nothing_installed_is_the_shipped_catalogue(tmp_path: Path) -> None:
    assert active_catalogue_path(tmp_path / "never-made") == shipped_catalogue_path()


def test_an_installed_update_is_the_one_in_use(tmp_path: Path) -> None:
    _state(tmp_path, {"current": ENTRY, "previous": None})
    assert active_catalogue_path(tmp_path) == tmp_path / FOLDER / ENTRY["file"]
    assert read_state(tmp_path).current is not None


@pytest.mark.parametrize("entry", [ENTRY | {"extra": 1}, {"file": "x.sqlite"}])
def test_a_damaged_state_is_refused_by_the_installer_and_the_reader_alike(
    tmp_path: Path, entry: dict[str, object]
) -> None:
    _state(tmp_path, {"current": entry})
    with pytest.raises(CatalogueUnavailableError, match="catalogue state is damaged"):
        active_catalogue_path(tmp_path)
    with pytest.raises(CatalogueUnavailableError, match="catalogue state is damaged"):
        read_state(tmp_path)
    pfp = Path(sys.executable).parent / "pfp"
    done = subprocess.run(
        [pfp, "--data-dir", str(tmp_path), "summits", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("pfp: error: The catalogue state is damaged")
    assert done.stderr.count("\n") == 1
