"""A notes folder on a full filesystem (a 512 KB tmpfs mounted for the test; we run as root),
whose next start has a daily backup to write and no room for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.mounts import Mounts, fill

BIN = Path(sys.executable).parent


@pytest.fixture
def full_disk(tmp_path: Path, mounts: Mounts) -> Path:
    """An empty 512 KB filesystem; the test is skipped, saying why, where none can be mounted."""
    return mounts.small_disk(tmp_path / "disk", "512k")


def notes_with_no_room(disk: Path) -> Path:
    """A notes folder with one note on ``disk``, its backups removed (so the next start backs
    up again), and the disk then filled to the last byte."""
    notes = disk / "notes"
    subprocess.run(
        [BIN / "pfp", "--data-dir", str(notes), "note", "eu-diaspora-facility", "--set", "hello"],
        check=True,
        capture_output=True,
    )
    for backup in (notes / "backups").iterdir():
        backup.unlink()
    fill(disk)
    return notes
