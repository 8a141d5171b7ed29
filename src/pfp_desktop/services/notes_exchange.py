"""Moving a delegate's notes, corrections, additions, stars and tags between machines.

Export writes one JSON file (documented in the README). Import merges: an identical item is
skipped, a conflicting one keeps both versions and says so. A bad file changes nothing: it is
checked whole before anything is written, and written in one transaction.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pfp_desktop.domain.exchange_format import FORMAT_NAME, FORMAT_VERSION, check_document
from pfp_desktop.domain.personal import LOCAL_ID_PREFIX, PersonalDataError
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.clock import now_iso
from pfp_desktop.services.exchange_merge import merge_document
from pfp_desktop.services.user_data import UserData
from pfp_desktop.storage import user_schema as u

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class ImportReport:
    added: int = 0
    skipped: int = 0
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.added} items imported, {self.skipped} already here"
        if self.conflicts:
            text += f", {len(self.conflicts)} conflicts (both versions kept)"
        return text + "."


def export_personal_data(user: UserData, catalogue: CatalogueService, path: Path) -> int:
    """Write everything the delegate wrote to ``path`` (atomically); returns the item count."""
    with Session(user.engine) as session:
        document = _document(session, catalogue.info().version)
    count = sum(len(v) for v in document.values() if isinstance(v, list))
    _write_atomically(path, json.dumps(document, ensure_ascii=False, indent=1))
    return count


def import_personal_data(user: UserData, catalogue: CatalogueService, path: Path) -> ImportReport:
    """Merge the file at ``path`` into the user database, or refuse it and change nothing."""
    sections = check_document(_read_json(path))
    _check_keys_known(sections, catalogue)
    report = ImportReport()
    with Session(user.engine) as session, session.begin():
        merge_document(session, sections, report, path.name)
    return report


def _document(session: Session, catalogue_version: str) -> dict[str, Any]:
    revisions: dict[int, list[dict[str, str]]] = {}
    for r in session.scalars(select(u.NoteRevisionRow).order_by(u.NoteRevisionRow.id)):
        revisions.setdefault(r.note_id, []).append(
            {"text": r.text, "saved_at": r.saved_at, "origin": r.origin}
        )
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": now_iso(),
        "catalogue_version": catalogue_version,
        "notes": [
            {"kind": n.target_kind, "key": n.target_key, "text": n.text,
             "updated_at": n.updated_at, "history": revisions.get(n.id, [])}
            for n in session.scalars(select(u.NoteRow).order_by(u.NoteRow.id))
        ],
        "corrections": [
            {"initiative_id": o.initiative_id, "field": o.field, "value": o.value,
             "catalogue_value": o.catalogue_value, "updated_at": o.updated_at}
            for o in session.scalars(select(u.OverrideRow))
        ],
        "additions": [
            {"id": a.id, "summit": a.summit_number, "session_id": a.session_id, "title": a.title,
             "partners": json.loads(a.partners), "policy_challenge": a.policy_challenge,
             "solution": a.solution, "created_at": a.created_at, "updated_at": a.updated_at}
            for a in session.scalars(select(u.AdditionRow))
        ],
        "stars": [{"kind": s.target_kind, "key": s.target_key}
                  for s in session.scalars(select(u.StarRow))],
        "tags": [{"kind": t.target_kind, "key": t.target_key, "tag": t.tag}
                 for t in session.scalars(select(u.TagRow))],
    }  # fmt: skip


def _read_json(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PersonalDataError(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB.")
        text = path.read_bytes().decode("utf-8")
        return json.loads(text)
    except UnicodeDecodeError as exc:
        raise PersonalDataError(f"{path.name} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise PersonalDataError(
            f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg}); is it truncated?"
        ) from exc
    except RecursionError as exc:
        raise PersonalDataError(f"{path.name} is nested too deeply to be a notes file.") from exc


def _check_keys_known(
    sections: dict[str, list[dict[str, Any]]], catalogue: CatalogueService
) -> None:
    local_ids = {a["id"] for a in sections["additions"]}
    known = {
        "initiative": {s.id for s in catalogue.summaries()} | local_ids,
        "summit": {str(s.number) for s in catalogue.summits()},
        "partner": {p.name for p in catalogue.partners()},
    }
    for name in ("notes", "stars", "tags"):
        for index, item in enumerate(sections[name]):
            key = item["key"]
            if key not in known[item["kind"]] and not key.startswith(LOCAL_ID_PREFIX):
                raise PersonalDataError(
                    f"{name}[{index}] refers to {item['kind']} '{key[:60]}', which this "
                    "catalogue does not hold. Nothing was imported."
                )
    for index, item in enumerate(sections["corrections"]):
        if item["initiative_id"] not in known["initiative"]:
            raise PersonalDataError(
                f"corrections[{index}] refers to initiative '{item['initiative_id'][:60]}', "
                "which this catalogue does not hold. Nothing was imported."
            )
    for index, item in enumerate(sections["additions"]):
        if not item["id"].startswith(LOCAL_ID_PREFIX):
            raise PersonalDataError(f"additions[{index}].id must start with '{LOCAL_ID_PREFIX}'.")


def _write_atomically(path: Path, text: str) -> None:
    folder = path.parent
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)
