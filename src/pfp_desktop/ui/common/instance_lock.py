"""One window writes a data folder at a time. A second PfP Desktop on the same notes opens
them read-only, with a banner that says why: two windows autosaving the same note would
otherwise keep merging each other's keystrokes. (The `pfp` command is not locked out: its
writes are single transactions, which the window merges with what is being typed.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "pfp-desktop.lock"


class InstanceLock:
    """Held for the window's lifetime. QLockFile stores the process id, so a lock left by a
    crashed or killed window is recognised as stale and taken over."""

    def __init__(self, data_dir: Path) -> None:
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age

    def acquire(self) -> bool:
        """True when this window may write the notes; False when another one already does
        (or the folder cannot hold a lock file: the window then writes, as before)."""
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def release(self) -> None:
        self._lock.unlock()
