"""Merging a checked exchange document into the user database (inside one transaction)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pfp_desktop.services.clock import now_iso
from pfp_desktop.storage import user_schema as u

if TYPE_CHECKING:
    from pfp_desktop.services.notes_exchange import ImportReport

Item = dict[str, Any]


def merge_document(
    session: Session, sections: dict[str, list[Item]], report: ImportReport, source: str
) -> None:
    """Add what is new, skip what is identical, keep both sides of a conflict."""
    for item in sections["notes"]:
        _merge_note(session, item, report, source)
    for item in sections["corrections"]:
        _merge_correction(session, item, report, source)
    for item in sections["additions"]:
        _merge_addition(session, item, report)
    for item in sections["stars"]:
        star = u.StarRow(target_kind=item["kind"], target_key=item["key"], starred_at=now_iso())
        found = session.get(u.StarRow, (item["kind"], item["key"]))
        _add_if_absent(session, found, star, report)
    for item in sections["tags"]:
        tag = u.TagRow(target_kind=item["kind"], target_key=item["key"], tag=item["tag"])
        found_tag = session.get(u.TagRow, (item["kind"], item["key"], item["tag"]))
        _add_if_absent(session, found_tag, tag, report)


def _add_if_absent(
    session: Session, existing: object | None, row: u.UserBase, report: ImportReport
) -> None:
    if existing is not None:
        report.skipped += 1
        return
    session.add(row)
    session.flush()
    report.added += 1


def _note_row(session: Session, kind: str, key: str) -> u.NoteRow | None:
    query = select(u.NoteRow).where(u.NoteRow.target_kind == kind, u.NoteRow.target_key == key)
    return session.scalars(query).first()


def _new_note(session: Session, item: Item) -> None:
    row = u.NoteRow(target_kind=item["kind"], target_key=item["key"], text=item["text"],
                    updated_at=item["updated_at"])  # fmt: skip
    session.add(row)
    session.flush()
    history = item.get("history") or [{"text": item["text"], "saved_at": item["updated_at"]}]
    for revision in history:
        session.add(u.NoteRevisionRow(
            note_id=row.id, text=revision["text"], saved_at=revision["saved_at"], origin="import"
        ))  # fmt: skip


def _append_to_note(session: Session, row: u.NoteRow, addition: str) -> None:
    stamp = now_iso()
    row.text, row.updated_at = f"{row.text.rstrip()}\n\n---\n\n{addition}", stamp
    session.add(u.NoteRevisionRow(note_id=row.id, text=row.text, saved_at=stamp, origin="import"))


def _merge_note(session: Session, item: Item, report: ImportReport, source: str) -> None:
    row = _note_row(session, item["kind"], item["key"])
    if row is None:
        _new_note(session, item)
        report.added += 1
    elif row.text == item["text"]:
        report.skipped += 1
    else:  # both changed: keep ours, add theirs below, clearly marked
        marked = f"*Imported from {source} (saved {item['updated_at']}):*\n\n{item['text']}"
        _append_to_note(session, row, marked)
        report.conflicts.append(f"note on {item['kind']} {item['key']}: both versions kept")


def _merge_correction(session: Session, item: Item, report: ImportReport, source: str) -> None:
    row = session.get(u.OverrideRow, (item["initiative_id"], item["field"]))
    if row is not None and row.value == item["value"]:
        report.skipped += 1
        return
    if row is None:
        fields = ("initiative_id", "field", "value", "catalogue_value", "updated_at")
        session.add(u.OverrideRow(**{k: item[k] for k in fields}))
        report.added += 1
        return
    # A field holds one value: keep the local correction, keep the imported one in the note.
    text = f"*Correction of {item['field']} imported from {source}:* {item['value']}"
    note = _note_row(session, "initiative", item["initiative_id"])
    if note is None:
        _new_note(session, {"kind": "initiative", "key": item["initiative_id"], "text": text,
                            "updated_at": now_iso()})  # fmt: skip
    else:
        _append_to_note(session, note, text)
    report.conflicts.append(
        f"correction of {item['field']} of {item['initiative_id']}: yours kept, "
        "the imported one added to its note"
    )


def _merge_addition(session: Session, item: Item, report: ImportReport) -> None:
    row = session.get(u.AdditionRow, item["id"])
    content = {
        "summit_number": item["summit"], "session_id": item["session_id"], "title": item["title"],
        "partners": json.dumps(item["partners"]), "policy_challenge": item["policy_challenge"],
        "solution": item["solution"],
    }  # fmt: skip
    if row is not None and all(getattr(row, k) == v for k, v in content.items()):
        report.skipped += 1
        return
    stamps = {"created_at": item.get("created_at") or now_iso(), "updated_at": now_iso()}
    new_id = item["id"] if row is None else f"{item['id']}-imported"
    if session.get(u.AdditionRow, new_id) is not None:  # imported twice with conflicts
        new_id = f"{new_id}-{now_iso()}"
    session.add(u.AdditionRow(id=new_id, **content, **stamps))
    if row is None:
        report.added += 1
    else:
        report.conflicts.append(f"added initiative '{item['title'][:50]}': both versions kept")
