"""The layout of a signed catalogue (``.pfpcat``): one file a delegate can receive.

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON)
    | Ed25519 signature (64 bytes) | the catalogue's SQLite bytes

The signature covers MAGIC, the length and the header; the header holds the SHA-256 and the
size of the SQLite bytes, the catalogue's version, release date and schema, and the signer's
key fingerprint. So any change to the content, the version or the signer fails verification,
and the content can be hashed as a stream (Ed25519 needs its whole message in memory).
Standard library only: the cryptography lives in services/catalogue_signing.py.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

MAGIC = b"PFPCAT\x00\x01"
SIGNATURE_SIZE = 64
_LENGTH_SIZE = 4
MAX_HEADER = 64 * 1024  # a header is a few hundred bytes; more is not ours
SQLITE_MAGIC = b"SQLite format 3\x00"


class SignedCatalogueError(ValueError):
    """The file is not a signed catalogue this app can read; the message says why, in one line."""


@dataclass(frozen=True)
class CatalogueHeader:
    """What the curators signed about the catalogue inside."""

    version: str
    release_date: str
    schema: int
    signer: str  # fingerprint of the signing key ("SHA256:" + hex of its raw bytes)
    content_sha256: str
    content_size: int

    def to_bytes(self) -> bytes:
        """The canonical JSON bytes that the signature covers."""
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode()


def pack_prefix(header: CatalogueHeader) -> bytes:
    """The signed part: MAGIC, the header's length and the header."""
    raw = header.to_bytes()
    return MAGIC + len(raw).to_bytes(_LENGTH_SIZE, "big") + raw


@dataclass(frozen=True)
class SplitFile:
    """A signed catalogue's parts: ``signed`` is what the signature covers; the content starts
    at ``content_offset``."""

    signed: bytes
    signature: bytes
    header: CatalogueHeader
    content_offset: int


def split_prefix(start: bytes, file_size: int) -> SplitFile:
    """Parse the first bytes of a file (at least MAX_HEADER + 76 of them, or all of it)."""
    if file_size == 0:
        raise SignedCatalogueError("the file is empty")
    if not start.startswith(MAGIC):
        if start.startswith(SQLITE_MAGIC):
            raise SignedCatalogueError("it is an unsigned catalogue (a bare SQLite file)")
        raise SignedCatalogueError("it is not a PfP catalogue update")
    length_end = len(MAGIC) + _LENGTH_SIZE
    if file_size < length_end:
        raise SignedCatalogueError("the file is truncated")
    length = int.from_bytes(start[len(MAGIC) : length_end], "big")
    if length > MAX_HEADER:
        raise SignedCatalogueError("its header is damaged")
    header_end = length_end + length
    signature_end = header_end + SIGNATURE_SIZE
    if file_size < signature_end:
        raise SignedCatalogueError("the file is truncated")
    header = _parse_header(start[length_end:header_end])
    return SplitFile(start[:header_end], start[header_end:signature_end], header, signature_end)


def _parse_header(raw: bytes) -> CatalogueHeader:
    try:
        values = json.loads(raw.decode())
        header = CatalogueHeader(**values)
    except (UnicodeDecodeError, ValueError, TypeError) as exc:
        raise SignedCatalogueError("its header is damaged") from exc
    text_fields = (header.version, header.release_date, header.signer, header.content_sha256)
    numbers = (header.schema, header.content_size)
    if not all(isinstance(v, str) for v in text_fields) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in numbers
    ):
        raise SignedCatalogueError("its header is damaged")
    return header
