"""Moving a delegate's notes, corrections, additions (and the summits they added for them),
stars and tags between machines.

Export writes one JSON file (documented in the README). Import merges: an identical item is
skipped, a conflicting one keeps both versions and says so. A bad file changes nothing: it is
read (at most MAX_FILE_BYTES, whatever stat says) and checked whole before anything is written,
and written in one transaction, which a progress callback may abandon by raising.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pfp_desktop.domain.exchange_format import FORMAT_NAME, FORMAT_VERSION, check_document
from pfp_desktop.domain.exchange_parsing import parse_document
from pfp_desktop.domain.exchange_report import ImportReport
from pfp_desktop.domain.personal import LOCAL_ID_PREFIX, PersonalDataError
from pfp_desktop.services.bounded_file import read_bounded
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.clock import now_iso
from pfp_desktop.services.exchange_merge import Progress, merge_document
from pfp_desktop.services.text_files import write_text_atomically
from pfp_desktop.services.user_data import UserData
from pfp_desktop.services.writing import writing
from pfp_desktop.storage import user_schema as u

MAX_FILE_BYTES = 200 * 1024 * 1024
Sections = dict[str, list[dict[str, Any]]]


class ImportCancelledError(Exception):
    """Raised by a progress callback to abandon an import; nothing is written."""


def export_personal_data(user: UserData, catalogue: CatalogueService, path: Path) -> int:
    """Write everything the delegate wrote to ``path`` (atomically); returns the item count."""
    text, count = _export_text(user, catalogue)
    write_text_atomically(path, text)
    return count


def write_personal_data(user: UserData, catalogue: CatalogueService, out: IO[str]) -> int:
    """Write the same document to an open text stream (standard output); returns the count."""
    text, count = _export_text(user, catalogue)
    out.write(text + "\n")
    out.flush()
    return count


def import_personal_data(
    user: UserData, catalogue: CatalogueService, path: Path, progress: Progress | None = None
) -> ImportReport:
    """Merge the file at ``path`` into the user database, or refuse it and change nothing.

    ``progress(done, total)`` is called as items are merged; if it raises (for instance
    ImportCancelledError) the transaction is rolled back and the exception propagates.
    """
    stop = (lambda: progress(0, 0)) if progress else None
    data = read_bounded(path, MAX_FILE_BYTES, stop)
    return import_personal_bytes(user, catalogue, data, path.name, progress)


def import_personal_bytes(
    user: UserData,
    catalogue: CatalogueService,
    data: bytes,
    name: str,
    progress: Progress | None = None,
) -> ImportReport:
    """Merge the bytes of a notes file called ``name`` (e.g. read from standard input)."""
    sections = check_document(parse_document(data, name), name)
    report = ImportReport()
    summits = {s.number for s in catalogue.summits()}
    with writing(user.sessions) as session:  # the write lock first: all or nothing
        _check_keys_known(session, sections, catalogue)
        merge_document(session, sections, report, name, progress, summits)
    return report


def _export_text(user: UserData, catalogue: CatalogueService) -> tuple[str, int]:
    with user.sessions() as session:
        document = _document(session, catalogue.info().version)
    count = sum(len(v) for v in document.values() if isinstance(v, list))
    return json.dumps(document, ensure_ascii=False, indent=1), count


def _document(session: Session, catalogue_version: str) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": now_iso(),
        "catalogue_version": catalogue_version,
        "notes": _notes(session),
        "corrections": [_correction(o) for o in session.scalars(select(u.OverrideRow))],
        "local_summits": [
            {"number": s.number, "year": s.year, "city": s.city, "created_at": s.created_at}
            for s in session.scalars(select(u.LocalSummitRow).order_by(u.LocalSummitRow.number))
        ],
        "additions": [_addition(a) for a in session.scalars(select(u.AdditionRow))],
        "stars": [
            {"kind": s.target_kind, "key": s.target_key} for s in session.scalars(select(u.StarRow))
        ],
        "tags": [
            {"kind": t.target_kind, "key": t.target_key, "tag": t.tag}
            for t in session.scalars(select(u.TagRow))
        ],
    }


def _notes(session: Session) -> list[dict[str, Any]]:
    revisions: dict[int, list[dict[str, str]]] = {}
    for r in session.scalars(select(u.NoteRevisionRow).order_by(u.NoteRevisionRow.id)):
        revisions.setdefault(r.note_id, []).append(
            {"text": r.text, "saved_at": r.saved_at, "origin": r.origin}
        )
    return [
        {
            "kind": n.target_kind,
            "key": n.target_key,
            "text": n.text,
            "updated_at": n.updated_at,
            "history": revisions.get(n.id, []),
        }
        for n in session.scalars(select(u.NoteRow).order_by(u.NoteRow.id))
    ]


def _correction(o: u.OverrideRow) -> dict[str, Any]:
    return {
        "initiative_id": o.initiative_id,
        "field": o.field,
        "value": o.value,
        "catalogue_value": o.catalogue_value,
        "updated_at": o.updated_at,
    }


def _addition(a: u.AdditionRow) -> dict[str, Any]:
    return {
        "id": a.id,
        "summit": a.summit_number,
        "session_id": a.session_id,
        "title": a.title,
        "partners": json.loads(a.partners),
        "policy_challenge": a.policy_challenge,
        "solution": a.solution,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }


def _check_keys_known(session: Session, sections: Sections, catalogue: CatalogueService) -> None:
    """Every item is about something this catalogue, this file or the database holds."""
    local_ids = {a["id"] for a in sections["additions"]}
    local_ids |= set(session.scalars(select(u.AdditionRow.id)))
    known = {
        "initiative": {s.id for s in catalogue.summaries()} | local_ids,
        "summit": {str(s.number) for s in catalogue.summits()},
        "partner": {p.name for p in catalogue.partners()},
    }
    unknown_local: list[str] = []
    unknown: list[str] = []
    for where, kind, key in _targets(sections):
        if key not in known[kind]:
            found = unknown_local if key.startswith(LOCAL_ID_PREFIX) else unknown
            found.append(f"{where}, {kind} '{key[:60]}'")
    if unknown_local:
        raise PersonalDataError(
            f"{len(unknown_local):,} items are about added initiatives that neither this file "
            f"nor your notes hold (first: {unknown_local[0]}). Nothing was imported."
        )
    if unknown:
        raise PersonalDataError(
            f"{len(unknown):,} items are about things this catalogue does not hold "
            f"(first: {unknown[0]}). Nothing was imported."
        )
    for index, item in enumerate(sections["additions"]):
        if not item["id"].startswith(LOCAL_ID_PREFIX):
            raise PersonalDataError(f"additions[{index}].id must start with '{LOCAL_ID_PREFIX}'.")


def _targets(sections: Sections) -> list[tuple[str, str, str]]:
    """(where, kind, key) of everything the file's items are attached to."""
    found = [
        (f"{name}[{index}]", str(item["kind"]), str(item["key"]))
        for name in ("notes", "stars", "tags")
        for index, item in enumerate(sections[name])
    ]
    found += [
        (f"corrections[{index}]", "initiative", str(item["initiative_id"]))
        for index, item in enumerate(sections["corrections"])
    ]
    return found
