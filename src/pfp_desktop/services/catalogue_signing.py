"""Signing a built catalogue with the curators' Ed25519 key, and verifying a received one.

The file layout is domain/signed_catalogue.py. Trusted keys are the PEM public keys shipped in
``resources/catalogue-keys/`` plus any the caller adds (``--trust``, or a key the delegate
chooses in the window); a key is named by its file name and identified by its fingerprint.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pfp_desktop.domain.signed_catalogue import (
    MAX_HEADER,
    SIGNATURE_SIZE,
    CatalogueHeader,
    SignedCatalogueError,
    SplitFile,
    pack_prefix,
    split_prefix,
)
from pfp_desktop.services.locations import shipped_resource
from pfp_desktop.services.text_files import write_bytes_atomically
from pfp_desktop.storage.catalogue_check import CATALOGUE_SCHEMA, SCHEMA_KEY

KEYS_FOLDER = "catalogue-keys"
_CHUNK = 1 << 20


class CatalogueRefusedError(Exception):
    """A catalogue update that is refused; the message is one line for a person."""


@dataclass(frozen=True)
class TrustedKey:
    name: str
    fingerprint: str
    key: Ed25519PublicKey


@dataclass(frozen=True)
class VerifiedCatalogue:
    """A file whose signature checked out: who signed it and what they signed."""

    path: Path
    header: CatalogueHeader
    signer_name: str
    content_offset: int

    def describe(self) -> str:
        """One line for a person: version, date and who signed it."""
        h = self.header
        return (
            f"catalogue {h.version} of {h.release_date}, signed by {self.signer_name} ({h.signer})"
        )


def fingerprint(key: Ed25519PublicKey) -> str:
    """A short, comparable form of a public key ("SHA256:" and 32 hex digits)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "SHA256:" + hashlib.sha256(raw).hexdigest()[:32]


def generate_keys(private: Path, public: Path) -> str:
    """Write a new key pair (the private one readable by its owner only); return the
    fingerprint. Existing files are never overwritten."""
    for path in (private, public):
        if path.exists():
            raise CatalogueRefusedError(f"{path} exists already; nothing was written.")
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    write_bytes_atomically(private, [private_pem], mode=0o600)
    write_bytes_atomically(public, [public_pem])
    return fingerprint(key.public_key())


def sign_catalogue(catalogue: Path, private_key: Path, out: Path) -> CatalogueHeader:
    """Write ``out``: the catalogue file ``catalogue`` with a signed header."""
    key = _load_private(private_key)
    digest, size = _hash_file(catalogue, 0)
    version, release_date, schema = _catalogue_facts(catalogue)
    header = CatalogueHeader(
        version, release_date, schema, fingerprint(key.public_key()), digest, size
    )
    prefix = pack_prefix(header)
    with open(catalogue, "rb") as content:
        write_bytes_atomically(out, chain([prefix, key.sign(prefix)], _chunks(content)))
    return header


def trusted_keys(extra: list[Path] | None = None) -> list[TrustedKey]:
    """The shipped curators' keys, then ``extra`` ones."""
    folder = shipped_resource(KEYS_FOLDER)
    shipped = sorted(folder.glob("*.pem")) if folder.is_dir() else []
    return [_load_public(path) for path in [*shipped, *(extra or [])]]


def verify(path: Path, keys: list[TrustedKey]) -> VerifiedCatalogue:
    """Check ``path``'s signature and content against ``keys``; raise CatalogueRefusedError
    with the reason otherwise."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            split = split_prefix(handle.read(MAX_HEADER + 12 + SIGNATURE_SIZE), size)
    except SignedCatalogueError as exc:
        raise CatalogueRefusedError(f"{path} was refused: {exc}.") from exc
    except OSError as exc:
        raise CatalogueRefusedError(f"{path} cannot be read: {exc.strerror}.") from exc
    signer = _check_signature(path, split, keys)
    header = split.header
    if size != split.content_offset + header.content_size:
        raise CatalogueRefusedError(f"{path} was refused: the file is truncated.")
    if _hash_file(path, split.content_offset)[0] != header.content_sha256:
        raise CatalogueRefusedError(
            f"{path} was refused: its content was changed after it was signed."
        )
    if header.schema > CATALOGUE_SCHEMA:
        raise CatalogueRefusedError(
            f"{path} was refused: it was made for a newer PfP Desktop (schema {header.schema});"
            f" this one reads schema {CATALOGUE_SCHEMA}."
        )
    return VerifiedCatalogue(path, header, signer.name, split.content_offset)


def content_chunks(verified: VerifiedCatalogue) -> Iterator[bytes]:
    """The catalogue bytes of a verified file, in chunks."""
    with open(verified.path, "rb") as handle:
        handle.seek(verified.content_offset)
        yield from _chunks(handle)


def _check_signature(path: Path, split: SplitFile, keys: list[TrustedKey]) -> TrustedKey:
    signer = next((k for k in keys if k.fingerprint == split.header.signer), None)
    if signer is None:
        raise CatalogueRefusedError(
            f"{path} was refused: it is signed by a key this app does not trust "
            f"({split.header.signer[:23]}…)."
        )
    try:
        signer.key.verify(split.signature, split.signed)
    except InvalidSignature as exc:
        raise CatalogueRefusedError(
            f"{path} was refused: its signature does not match (it was changed after signing)."
        ) from exc
    return signer


def _hash_file(path: Path, offset: int) -> tuple[str, int]:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        handle.seek(offset)
        for chunk in _chunks(handle):
            digest.update(chunk)
        return digest.hexdigest(), handle.tell() - offset


def _chunks(handle: BinaryIO) -> Iterator[bytes]:
    while chunk := handle.read(_CHUNK):
        yield chunk


def _catalogue_facts(catalogue: Path) -> tuple[str, str, int]:
    from pfp_desktop.storage.engines import read_only_engine  # checks the file whole

    read_only_engine(catalogue, thorough=True).dispose()
    connection = sqlite3.connect(catalogue.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        info = dict(connection.execute("SELECT key, value FROM catalogue_info"))
    finally:
        connection.close()
    return info["version"], info["build_date"], int(info.get(SCHEMA_KEY, "1"))


def _load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise CatalogueRefusedError(f"{path} is not a readable private key ({exc}).") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise CatalogueRefusedError(f"{path} is not an Ed25519 private key.")
    return key


def _load_public(path: Path) -> TrustedKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise CatalogueRefusedError(f"{path} is not a readable public key.") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise CatalogueRefusedError(f"{path} is not an Ed25519 public key.")
    return TrustedKey(path.stem, fingerprint(key), key)
