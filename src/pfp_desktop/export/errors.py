"""What can go wrong writing a pack, each said in one line a delegate can act on."""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path


class PackExportError(Exception):
    """The pack could not be written; the message says why in one line."""


class MissingGlyphsError(PackExportError):
    """The pack holds letters the bundled fonts cannot print (they would come out as boxes)."""

    def __init__(self, characters: Sequence[str]) -> None:
        self.characters = tuple(characters)
        super().__init__(
            f"{describe_characters(self.characters)} cannot be printed with the bundled fonts "
            "(they would come out as boxes or in the wrong order)."
        )


class PackExportCancelled(Exception):  # noqa: N818 - a cancellation, not an error
    """The person cancelled the export; nothing was written."""


def describe_characters(characters: Sequence[str], limit: int = 8) -> str:
    """'中 (U+4E2D), 文 (U+6587)', cut after ``limit`` with 'and N more'."""
    shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in characters[:limit])
    rest = len(characters) - limit
    label = "Character" if len(characters) == 1 else "Characters"
    return f"{label} {shown}" + (f" and {rest} more" if rest > 0 else "")


_WINDOWS_SHARING_VIOLATIONS = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def describe_os_error(exc: OSError, target: Path) -> str:
    """One line for a failure to write ``target``: the folder, the disk or the file itself.

    "Open in another program" is said only when Windows says so (a sharing violation): on a
    read-only folder or disk it sent people looking for a program that was not there."""
    if getattr(exc, "winerror", None) in _WINDOWS_SHARING_VIOLATIONS:
        return f"Cannot write {target}: the file is open in another program; close it there."
    folder = target.parent
    reasons = {
        errno.ENOENT: f"The folder {folder} does not exist.",
        errno.ENOTDIR: f"{folder} is not a folder.",
        errno.EISDIR: f"{target} is a folder, not a file name.",
        errno.EACCES: f"Permission denied: cannot write {target}.",
        errno.EPERM: f"Permission denied: cannot write {target}.",
        errno.EROFS: f"Permission denied: cannot write {target} (the disk is read-only).",
        errno.ENOSPC: f"Cannot write {target}: the disk is full.",
        errno.EDQUOT: f"Cannot write {target}: the disk quota is used up.",
        errno.ENAMETOOLONG: f"Cannot write {target}: the file name is too long.",
    }
    default = f"Cannot write {target}: {exc.strerror or exc}."
    return reasons.get(exc.errno or 0, default)
