"""Reading a whole file a person picked, never more than a limit, whatever the file is.

``stat`` cannot be trusted for size: /dev/zero, a FIFO or a file under /proc all say 0 bytes
and then never end. So the file is opened first, refused if it is a directory or a device,
and read in chunks up to ``limit + 1`` bytes: one byte more than the limit means too big.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from pfp_desktop.domain.personal import PersonalDataError

CHUNK_BYTES = 1 << 20


class FileRefusedError(PersonalDataError):
    """The file cannot be read as a document: a directory, a device, or too large."""


def read_bounded(path: Path, limit: int, should_stop: Callable[[], None] | None = None) -> bytes:
    """The bytes of ``path`` (symlinks followed), or FileRefusedError past ``limit`` bytes.

    ``should_stop`` is called between chunks; it may raise to abandon the read.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError as exc:
        raise FileRefusedError(f"{path} is a folder, not a file.") from exc
    try:
        _check_kind(path, os.fstat(handle).st_mode)
        return _read_chunks(handle, path, limit, should_stop)
    finally:
        os.close(handle)


def read_stream_bounded(handle: int, name: str, limit: int) -> bytes:
    """The bytes readable from an open descriptor (standard input), at most ``limit``."""
    return _read_chunks(handle, Path(name), limit, None)


def _check_kind(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise FileRefusedError(f"{path} is a folder, not a file.")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise FileRefusedError(f"{path} is a device, not a file.")
    if stat.S_ISSOCK(mode):
        raise FileRefusedError(f"{path} is a socket, not a file.")


def _read_chunks(
    handle: int, path: Path, limit: int, should_stop: Callable[[], None] | None
) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        if should_stop is not None:
            should_stop()
        chunk = os.read(handle, min(CHUNK_BYTES, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise FileRefusedError(f"{path} is larger than {_size(limit)}, too large to import.")


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit:,} bytes"
