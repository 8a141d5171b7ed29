"""A backup that cannot be written (full disk, read-only backups folder) is a warning: notes
still open. A database that cannot be created says why in one line. Real faults: a full tmpfs,
a read-only bind mount."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pfp_desktop.services.user_data import UserDatabaseError, open_user_data

PFP = Path(sys.executable).parent / "pfp"
FACILITY = "eu-diaspora-facility"


def _pfp(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PFP, "--data-dir", str(data_dir), *args], capture_output=True, text=True, check=False
    )


def _mount(*args: str | Path) -> None:
    done = subprocess.run(["mount", *map(str, args)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")


@pytest.fixture
def mounts() -> Iterator[list[Path]]:
    """Folders to unmount after the test, newest first."""
    mounted: list[Path] = []
    yield mounted
    for folder in reversed(mounted):
        subprocess.run(["umount", str(folder)], check=True)


def _full_disk(folder: Path, mounts: list[Path]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", "size=512k", "tmpfs", folder)
    mounts.append(folder)
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(descriptor, b"\0" * 65536):
            pass
    except OSError:
        pass  # full
    finally:
        os.close(descriptor)


def _notes_without_todays_backup(data_dir: Path) -> None:
    assert _pfp(data_dir, "note", FACILITY, "--set", "still here").returncode == 0
    shutil.rmtree(data_dir / "backups")  # as if the last start was yesterday
    (data_dir / "backups").mkdir()


def test_a_full_disk_for_backups_is_a_warning_not_a_stop(
    tmp_path: Path, mounts: list[Path]
) -> None:
    data_dir = tmp_path / "notes"
    _notes_without_todays_backup(data_dir)
    _full_disk(data_dir / "backups", mounts)
    shown = _pfp(data_dir, "note", FACILITY)
    assert (shown.returncode, shown.stdout) == (0, "still here\n")
    assert shown.stderr.startswith("pfp: warning: Today's backup of your notes could not be ")
    assert "the disk is full" in shown.stderr and shown.stderr.count("\n") == 1
    assert _pfp(data_dir, "note", FACILITY, "--set", "edited anyway").returncode == 0
    backup = _pfp(data_dir, "backup")
    assert (backup.returncode, backup.stderr.splitlines()[-1]) == (
        1, "pfp: error: The backup of your notes could not be written: the disk is full.",
    )  # fmt: skip
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == ["filler"]  # no .partial


def test_a_read_only_backups_folder_is_a_warning_not_a_stop(
    tmp_path: Path, mounts: list[Path]
) -> None:
    data_dir = tmp_path / "notes"
    _notes_without_todays_backup(data_dir)
    backups = data_dir / "backups"
    _mount("--bind", backups, backups)
    mounts.append(backups)
    _mount("-o", "remount,ro,bind", backups)
    shown = _pfp(data_dir, "note", FACILITY)
    assert (shown.returncode, shown.stdout) == (0, "still here\n")
    assert "pfp: warning: Today's backup of your notes could not be written" in shown.stderr
    assert "Traceback" not in shown.stderr


def test_a_database_that_cannot_be_created_on_a_full_disk_is_one_clear_error(
    tmp_path: Path, mounts: list[Path]
) -> None:
    disk = tmp_path / "disk"
    _full_disk(disk, mounts)
    with pytest.raises(UserDatabaseError, match="the disk is full"):
        open_user_data(disk / "notes")
    refused = _pfp(disk / "notes", "note", FACILITY, "--set", "x")
    assert refused.returncode == 1
    assert refused.stderr.startswith("pfp: error: ") and refused.stderr.count("\n") == 1
