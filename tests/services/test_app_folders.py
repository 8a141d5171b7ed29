"""Portable mode: a file named "portable" beside the programs puts the data in data/ there."""

from __future__ import annotations

from pathlib import Path

from pfp_desktop.services.app_folders import portable_data_dir


def test_a_portable_marker_puts_the_data_beside_the_programs(tmp_path: Path) -> None:
    (tmp_path / "portable").touch()
    assert portable_data_dir(tmp_path) == tmp_path / "data"


def test_without_the_marker_there_is_no_portable_folder(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()  # a folder named data alone does not make a build portable
    assert portable_data_dir(tmp_path) is None


def test_run_by_python_the_app_is_never_portable() -> None:
    # The frozen build's own folder is judged, not a virtualenv's bin/ (the frozen smoke test,
    # tests/test_frozen_build.py, checks the real portable folder).
    assert portable_data_dir() is None
