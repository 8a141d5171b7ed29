"""Signed and hostile catalogue updates for the tests: keys made here, in the test run.

``forge`` signs any bytes with any header, as an attacker holding a key (or a careless build)
would: the app's own signer refuses to sign a catalogue that is not whole.
"""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pfp_desktop.domain.signed_catalogue import CatalogueHeader, pack_prefix
from pfp_desktop.services.catalogue_signing import fingerprint
from tests.catalogue_files import change, copy_of_shipped

SHIPPED_VERSION = ("2026.11.1", "2026-11-28")


def pfp(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """A real `pfp` process on ``data_dir``."""
    command = [str(Path(sys.executable).parent / "pfp"), "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def make_keys(folder: Path, name: str) -> tuple[Path, Path]:
    """A key pair written by `pfp catalogue keygen`: (private, public)."""
    private, public = folder / f"{name}.key", folder / f"{name}.pem"
    done = pfp(
        "catalogue",
        "keygen",
        "--private",
        str(private),
        "--public",
        str(public),
        data_dir=folder / "unused",
    )
    assert done.returncode == 0, done.stderr
    return private, public


def forge(content: bytes, private: Path, out: Path, **header: object) -> Path:
    """``content`` signed by ``private`` with a header claiming ``header`` (defaults: the
    shipped version, schema 1, the real hash and size)."""
    key = serialization.load_pem_private_key(private.read_bytes(), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    values: dict[str, object] = {
        "version": SHIPPED_VERSION[0],
        "release_date": SHIPPED_VERSION[1],
        "schema": 1,
        "signer": fingerprint(key.public_key()),
        "content_sha256": hashlib.sha256(content).hexdigest(),
        "content_size": len(content),
    } | header
    prefix = pack_prefix(CatalogueHeader(**values))  # type: ignore[arg-type]
    out.write_bytes(prefix + key.sign(prefix) + content)
    return out


def _flip_content_byte(signed: Path) -> Path:
    data = bytearray(signed.read_bytes())
    data[-100_000] ^= 0x01  # inside a page of the catalogue, far from the header
    signed.write_bytes(bytes(data))
    return signed


def _replace_in_header(signed: Path, old: bytes, new: bytes) -> Path:
    data = signed.read_bytes()
    head, rest = data[:600], data[600:]
    assert old in head
    signed.write_bytes(head.replace(old, new, 1) + rest)
    return signed


Hostile = Callable[[Path, Path, Path], Path]
"""(folder, trusted private key, untrusted private key) -> a file that must be refused."""


def _good(folder: Path, key: Path) -> Path:
    return forge(copy_of_shipped(folder, "good").read_bytes(), key, folder / "update.pfpcat")


def _tampered_content(folder: Path, key: Path, _other: Path) -> Path:
    return _flip_content_byte(_good(folder, key))


def _tampered_version(folder: Path, key: Path, _other: Path) -> Path:
    return _replace_in_header(_good(folder, key), b"2026.11.1", b"2027.11.1")


def _unknown_key(folder: Path, _key: Path, other: Path) -> Path:
    return _good(folder, other)


def _unsigned(folder: Path, _key: Path, _other: Path) -> Path:
    return copy_of_shipped(folder, "bare")


def _truncated_file(folder: Path, key: Path, _other: Path) -> Path:
    return _truncated(_good(folder, key))


def _empty(folder: Path, _key: Path, _other: Path) -> Path:
    return _written(folder / "empty.pfpcat", b"")


def _random_bytes(folder: Path, _key: Path, _other: Path) -> Path:
    return _written(folder / "noise.pfpcat", random.Random(18).randbytes(70_000))


def _with_sql(statement: str, **header: object) -> Hostile:
    def make(folder: Path, key: Path, _other: Path) -> Path:
        content = change(copy_of_shipped(folder, "changed"), statement).read_bytes()
        return forge(content, key, folder / "update.pfpcat", **header)

    return make


_SCHEMA_2 = "INSERT INTO catalogue_info (key, value) VALUES ('schema', '2')"
HOSTILE: dict[str, Hostile] = {
    "tampered-content": _tampered_content,
    "tampered-version": _tampered_version,
    "unknown-key": _unknown_key,
    "unsigned": _unsigned,
    "truncated": _truncated_file,
    "empty": _empty,
    "random-bytes": _random_bytes,
    "extra-trigger": _with_sql(
        "CREATE TRIGGER wipe AFTER INSERT ON summits BEGIN DELETE FROM initiatives; END"
    ),
    "extra-view": _with_sql("CREATE VIEW titles AS SELECT title FROM initiatives"),
    "future-schema": _with_sql(_SCHEMA_2, schema=2),
    "future-schema-inside": _with_sql(_SCHEMA_2),  # the header claims 1, the content says 2
}
# What the one line says for each (a part of it).
HOSTILE_SAYS = {
    "tampered-content": "its content was changed after it was signed",
    "tampered-version": "its signature does not match",
    "unknown-key": "signed by a key this app does not trust",
    "unsigned": "it is an unsigned catalogue",
    "truncated": "the file is truncated",
    "empty": "the file is empty",
    "random-bytes": "it is not a PfP catalogue update",
    "extra-trigger": "holds SQL the importer never writes (trigger wipe)",
    "extra-view": "holds SQL the importer never writes (view titles)",
    "future-schema": "made for a newer PfP Desktop (schema 2)",
    "future-schema-inside": "made for a newer PfP Desktop (schema 2)",
}


def _truncated(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
