"""Installing a signed catalogue update into the user data folder, and going back.

The shipped catalogue is never written. Installed ones live in ``<data folder>/catalogues/``
with ``state.json`` naming the one in use and the previous one (either may be the shipped
catalogue). An update is verified (signature, content hash), copied beside its final name,
checked whole with SQLite's integrity check, renamed into place, and only then does a new
``state.json`` replace the old one (atomically): a refused or interrupted install leaves the
catalogue in use, its status and every note as they were. Notes live in another file and
are keyed by initiative ids, which no catalogue changes.
"""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pfp_desktop.services.active_catalogue import (
    FOLDER,
    SHIPPED,
    STATE,
    active_catalogue_path,
    state_entry,
    state_values,
)
from pfp_desktop.services.locations import shipped_catalogue_path
from pfp_desktop.services.text_files import write_bytes_atomically, write_text_atomically
from pfp_desktop.storage.catalogue_check import CatalogueUnavailableError
from pfp_desktop.storage.folder_lock import LockTimeoutError, exclusive_lock

if TYPE_CHECKING:  # imported where used: `pfp --help` loads none of it
    from pfp_desktop.services.catalogue_signing import TrustedKey, VerifiedCatalogue


UNSEEN = "unseen.json"  # initiatives new in the installed catalogue, not yet opened


@dataclass(frozen=True)
class InstalledCatalogue:
    """One catalogue the app can use: ``file`` is a name in the catalogues folder, or
    "shipped" for the one inside the app."""

    file: str
    version: str
    release_date: str
    signer: str | None
    source: str
    installed_at: str | None


__all__ = [  # active_catalogue_path lives in services/active_catalogue.py (stdlib only)
    "CatalogueState",
    "InstalledCatalogue",
    "active_catalogue_path",
    "install",
    "mark_seen",
    "read_state",
    "rollback",
    "status",
    "unseen_initiatives",
]


@dataclass(frozen=True)
class CatalogueState:
    current: InstalledCatalogue | None  # None: the shipped catalogue
    previous: InstalledCatalogue | None


def read_state(data_dir: Path) -> CatalogueState:
    """What ``state.json`` says (nothing installed: the shipped catalogue, no previous)."""
    values = state_values(data_dir)
    return CatalogueState(_entry(values, "current"), _entry(values, "previous"))


def status(data_dir: Path) -> dict[str, Any]:
    """The catalogue in use and the previous one, for `pfp catalogue status --json`."""
    state = read_state(data_dir)
    current = state.current or _shipped_entry()
    return {
        "in_use": asdict(current) | {"path": str(_path_of(data_dir, current))},
        "previous": asdict(state.previous) if state.previous else None,
    }


def install(file: Path, data_dir: Path, keys: list[TrustedKey]) -> CatalogueState:
    """Verify ``file`` and make it the catalogue in use; the one before becomes previous.
    Raises CatalogueRefusedError (nothing changed) with the reason."""
    from pfp_desktop.services.catalogue_signing import CatalogueRefusedError, verify

    verified = verify(file, keys)
    folder = data_dir / FOLDER
    created = _first_missing(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with exclusive_lock(folder / ".lock", timeout=10):
            return _install_locked(verified, data_dir)
    except (OSError, LockTimeoutError, CatalogueUnavailableError) as exc:
        raise CatalogueRefusedError(_refusal(file, exc)) from exc
    finally:
        if created is not None and not (folder / STATE).exists():
            shutil.rmtree(created, ignore_errors=True)  # a refused first install leaves nothing


def _first_missing(folder: Path) -> Path | None:
    """The outermost folder of ``folder``'s path that does not exist yet."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    return missing[-1] if missing else None


def rollback(data_dir: Path) -> CatalogueState:
    """Go back to the previous catalogue (the current one becomes previous, so a second
    rollback undoes the first)."""
    from pfp_desktop.services.catalogue_signing import CatalogueRefusedError

    folder = data_dir / FOLDER
    state = read_state(data_dir)
    if state.previous is None:
        raise CatalogueRefusedError("There is no previous catalogue to go back to.")
    with exclusive_lock(folder / ".lock", timeout=10):
        back = CatalogueState(state.previous, state.current or _shipped_entry())
        _write_state(data_dir, back)
    return back


def _install_locked(verified: VerifiedCatalogue, data_dir: Path) -> CatalogueState:
    from pfp_desktop.services.catalogue_signing import content_chunks

    folder = data_dir / FOLDER
    header = verified.header
    name = f"pfp-{_safe(header.version)}-{header.content_sha256[:16]}.sqlite"
    incoming = folder / f".incoming-{name}"
    try:
        digest = hashlib.sha256()
        write_bytes_atomically(incoming, _hashed(content_chunks(verified), digest), mode=0o444)
        if digest.hexdigest() != header.content_sha256:  # changed since it was verified
            raise CatalogueUnavailableError("its content changed while it was being installed.")
        _check_whole(incoming, verified)
        incoming.replace(folder / name)
    finally:
        incoming.unlink(missing_ok=True)
    old = read_state(data_dir)
    entry = InstalledCatalogue(
        name,
        header.version,
        header.release_date,
        f"{verified.signer_name} ({header.signer})",
        str(verified.path.resolve()),
        datetime.now(UTC).isoformat(timespec="seconds"),
    )
    new = CatalogueState(entry, old.current or _shipped_entry())
    added = _new_ids(_path_of(data_dir, new.previous or _shipped_entry()), folder / name)
    write_text_atomically(folder / UNSEEN, json.dumps({"file": name, "ids": added}) + "\n")
    _write_state(data_dir, new)
    _remove_unused(folder, new)
    return new


def unseen_initiatives(data_dir: Path) -> set[str]:
    """Initiatives new in the installed catalogue in use that the delegate has not opened."""
    current = read_state(data_dir).current
    try:
        values = json.loads((data_dir / FOLDER / UNSEEN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if current is None or not isinstance(values, dict) or values.get("file") != current.file:
        return set()
    return {str(i) for i in values.get("ids", [])}


def mark_seen(data_dir: Path, initiative_id: str) -> None:
    """The delegate opened this initiative: it is no longer marked new."""
    path = data_dir / FOLDER / UNSEEN
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        values["ids"] = [i for i in values["ids"] if i != initiative_id]
        write_text_atomically(path, json.dumps(values) + "\n")
    except (OSError, ValueError, KeyError, TypeError):
        return  # a mark that stays is no harm; losing notes would be


def _new_ids(old: Path, new: Path) -> list[str]:
    from pfp_desktop.services.catalogue_service import CatalogueService

    before, after = CatalogueService(old), CatalogueService(new)
    try:
        known = {s.id for s in before.summaries()}
        return [s.id for s in after.summaries() if s.id not in known]
    finally:
        before.close()
        after.close()


def _check_whole(incoming: Path, verified: VerifiedCatalogue) -> None:
    """The file as SQLite opens it, defensively, with the integrity check; and what the
    signed header says must be what the catalogue says."""
    from sqlalchemy.orm import Session

    from pfp_desktop.storage.catalogue_reader import read_info
    from pfp_desktop.storage.engines import read_only_engine

    try:
        engine = read_only_engine(incoming, thorough=True)
    except CatalogueUnavailableError as exc:  # say the name the person gave, not ours
        named = str(exc).replace(str(incoming.resolve()), str(verified.path))
        raise CatalogueUnavailableError(named.replace(str(incoming), str(verified.path))) from exc
    try:
        with Session(engine) as session:
            info = read_info(session)[0]
    finally:
        engine.dispose()
    if (info.version, info.build_date) != (verified.header.version, verified.header.release_date):
        raise CatalogueUnavailableError("its header and its content disagree about its version.")


def _hashed(chunks: Any, digest: Any) -> Any:
    for chunk in chunks:
        digest.update(chunk)
        yield chunk


def _write_state(data_dir: Path, state: CatalogueState) -> None:
    values = {"current": _values(state.current), "previous": _values(state.previous)}
    text = json.dumps(values, indent=2, ensure_ascii=False) + "\n"
    write_text_atomically(data_dir / FOLDER / STATE, text)


def _remove_unused(folder: Path, state: CatalogueState) -> None:
    kept = {e.file for e in (state.current, state.previous) if e is not None}
    for path in folder.glob("pfp-*.sqlite"):
        if path.name not in kept:
            path.unlink(missing_ok=True)


def _values(entry: InstalledCatalogue | None) -> dict[str, Any] | None:
    return asdict(entry) if entry else None


def _entry(values: dict[str, Any], key: str) -> InstalledCatalogue | None:
    entry = state_entry(values, key)
    return InstalledCatalogue(**entry) if entry is not None else None


def _shipped_entry() -> InstalledCatalogue:
    from pfp_desktop.services.catalogue_service import CatalogueService

    service = CatalogueService(shipped_catalogue_path())
    try:
        info = service.info()
    finally:
        service.close()
    return InstalledCatalogue(SHIPPED, info.version, info.build_date, None, "shipped", None)


def _path_of(data_dir: Path, entry: InstalledCatalogue) -> Path:
    if entry.file == SHIPPED:
        return shipped_catalogue_path()
    return data_dir / FOLDER / entry.file


def _safe(version: str) -> str:
    return "".join(c if c.isalnum() or c in ".-" else "_" for c in version)[:40]


def _refusal(file: Path, exc: BaseException) -> str:
    from pfp_desktop.services.user_data import plain_reason

    if isinstance(exc, CatalogueUnavailableError):
        text = str(exc)
        return text if str(file) in text else f"{file} was refused: {text}"
    full = isinstance(exc, OSError) and exc.errno == errno.ENOSPC
    reason = "the disk is full" if full else plain_reason(exc)
    return f"{file} was not installed: {reason}. Nothing was changed."
