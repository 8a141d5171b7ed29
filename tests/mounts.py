"""Real faults for tests, made with mount (we run as root): a full disk, a read-only folder.
A test that cannot mount here is skipped with the reason."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest


class Mounts:
    """Mounts made by one test, undone in reverse order by unmount_all()."""

    def __init__(self) -> None:
        self.folders: list[Path] = []

    def mount(self, *args: str | Path, target: Path) -> None:
        done = subprocess.run(
            ["mount", *map(str, args)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount here: {done.stderr.strip()}")
        if target not in self.folders:
            self.folders.append(target)

    def small_disk(self, folder: Path, size: str = "8m") -> Path:
        """Mount a tmpfs of ``size`` on ``folder`` (to be filled later)."""
        folder.mkdir(parents=True, exist_ok=True)
        self.mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", folder, target=folder)
        return folder

    def full_disk(self, folder: Path, size: str = "512k") -> None:
        """Mount a tmpfs of ``size`` on ``folder`` and fill it."""
        fill(self.small_disk(folder, size))

    def read_only(self, folder: Path) -> None:
        self.mount("--bind", folder, folder, target=folder)
        self.mount("-o", "remount,ro,bind", folder, target=folder)

    def unmount_all(self) -> None:
        """Unmount everything; a mount still in use (a file left open) is detached anyway and
        then reported."""
        busy = []
        for folder in reversed(self.folders):
            if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(folder)], check=True)
                busy.append(folder)
        assert not busy, f"still in use when the test ended: {busy}"


def fill(folder: Path) -> Path:
    """Write ``folder/filler`` until the disk is full, to the last byte; remove the returned
    file to free the space again."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for step in (65536, 4096, 1):  # big blocks, then the last partial ones
            try:
                while os.write(descriptor, b"\0" * step):
                    pass
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(descriptor)
    return filler
