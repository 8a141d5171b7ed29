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


def describe_os_error(exc: OSError, target: Path) -> str:
    """One line for a failure to write ``target``: the folder, the disk or the file itself."""
    folder = target.parent
    reasons = {
        errno.ENOENT: f"The folder {folder} does not exist.",
        errno.ENOTDIR: f"{folder} is not a folder.",
        errno.EISDIR: f"{target} is a folder, not a file name.",
        errno.EACCES: f"Cannot write {target}: permission denied "
        "(the folder is not writable, or the file is open in another program).",
        errno.EPERM: f"Cannot write {target}: the operating system does not allow it "
        "(the file may be open in another program).",
        errno.EROFS: f"Cannot write {target}: the disk is read-only.",
        errno.ENOSPC: f"Cannot write {target}: the disk is full.",
        errno.EDQUOT: f"Cannot write {target}: the disk quota is used up.",
    }
    default = f"Cannot write {target}: {exc.strerror or exc}."
    return reasons.get(exc.errno or 0, default)
