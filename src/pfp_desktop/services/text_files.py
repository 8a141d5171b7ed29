"""Writing a text file a person asked for, whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``: a temporary file beside it, flushed to disk, then
    renamed over it. A failure (full disk, no permission) leaves no half-written file, and its
    error names ``path``, not the temporary file. The temporary name is short, so a target
    name near the 255-byte limit still fits beside it."""
    # Private by default (0o600, as a new temporary file is): these are a delegate's notes.
    write_bytes_atomically(path, [text.encode("utf-8")], mode=0o600)


def write_bytes_atomically(path: Path, chunks: Iterable[bytes], mode: int = 0o644) -> None:
    """Like write_text_atomically, for bytes given in chunks; the file gets ``mode`` (a private
    key: 0o600, set before any byte is written)."""
    try:
        handle, temp = tempfile.mkstemp(prefix=".pfp-", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    try:
        os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    finally:
        Path(temp).unlink(missing_ok=True)
