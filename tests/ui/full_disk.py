"""A notes folder on a full filesystem (a 512 KB tmpfs mounted for the test; we run as root),
whose next start has a daily backup to write and no room for it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """An empty 512 KB filesystem; the test is skipped, saying why, where none can be mounted."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.decode().strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=False)


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
    with suppress(OSError), (disk / "filler").open("wb") as filler:
        while True:
            filler.write(b"\0" * 4096)
    return notes
