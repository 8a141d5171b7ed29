"""An exclusive lock between processes, held on a small lock file (flock / msvcrt).

The operating system releases it when the holder exits, even when killed, so a crash never
leaves a folder locked.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


class LockTimeoutError(Exception):
    """Another process held the lock for longer than the caller would wait."""


@contextmanager
def exclusive_lock(lock_file: Path, timeout: float = 60.0) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_file`` (created if missing) for the ``with`` block,
    waiting up to ``timeout`` seconds for another holder. Raises OSError if the file cannot be
    created, LockTimeoutError if the lock was not had in time."""
    with open(lock_file, "a+b") as handle:
        deadline = time.monotonic() + timeout
        while not _try_lock(handle):
            if time.monotonic() > deadline:
                raise LockTimeoutError(f"{lock_file} stayed locked for {timeout:.0f} s")
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(handle)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
