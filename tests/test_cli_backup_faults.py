"""A backup that cannot be written (full disk, read-only backups folder) is a warning: notes
still open. A database that cannot be created says why in one line. Real faults: a full tmpfs,
a read-only bind mount."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pfp_desktop.services.user_data import UserDatabaseError, open_user_data
from tests.mounts import Mounts

PFP = Path(sys.executable).parent / "pfp"
FACILITY = "eu-diaspora-facility"


def _pfp(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PFP, "--data-dir", str(data_dir), *args], capture_output=True, text=True, check=False
    )


def _notes_without_todays_backup(data_dir: Path) -> None:
    assert _pfp(data_dir, "note", FACILITY, "--set", "still here").returncode == 0
    shutil.rmtree(data_dir / "backups")  # as if the last start was yesterday
    (data_dir / "backups").mkdir()


def test_a_full_disk_for_backups_is_a_warning_not_a_stop(tmp_path: Path, mounts: Mounts) -> None:
    data_dir = tmp_path / "notes"
    _notes_without_todays_backup(data_dir)
    mounts.full_disk(data_dir / "backups")
    shown = _pfp(data_dir, "note", FACILITY)
    assert (shown.returncode, shown.stdout) == (0, "still here\n")
    assert shown.stderr.startswith("pfp: warning: A backup of your notes could not be ")
    assert "the disk is full" in shown.stderr and shown.stderr.count("\n") == 1
    assert _pfp(data_dir, "note", FACILITY, "--set", "edited anyway").returncode == 0
    backup = _pfp(data_dir, "backup")
    assert (backup.returncode, backup.stderr.splitlines()[-1]) == (
        1,
        "pfp: error: The backup of your notes could not be written: the disk is full.",
    )
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == ["filler"]  # no .partial


def test_a_read_only_backups_folder_is_a_warning_not_a_stop(tmp_path: Path, mounts: Mounts) -> None:
    data_dir = tmp_path / "notes"
    _notes_without_todays_backup(data_dir)
    mounts.read_only(data_dir / "backups")
    shown = _pfp(data_dir, "note", FACILITY)
    assert (shown.returncode, shown.stdout) == (0, "still here\n")
    assert "pfp: warning: A backup of your notes could not be written" in shown.stderr
    assert "Traceback" not in shown.stderr


def test_a_database_that_cannot_be_created_on_a_full_disk_is_one_clear_error(
    tmp_path: Path, mounts: Mounts
) -> None:
    disk = tmp_path / "disk"
    mounts.full_disk(disk)
    with pytest.raises(UserDatabaseError, match="the disk is full"):
        open_user_data(disk / "notes")
    refused = _pfp(disk / "notes", "note", FACILITY, "--set", "x")
    assert refused.returncode == 1
    assert refused.stderr.startswith("pfp: error: ") and refused.stderr.count("\n") == 1
