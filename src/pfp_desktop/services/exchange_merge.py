"""Merging a checked exchange document into the user database (inside one transaction).

A conflicting note is added below ours only while the result stays within MAX_NOTE_LENGTH;
past it, the other version is kept as a separate revision (origin "import-conflict") and the
note is left as it was. Text already in the note or in its history is not added again, so
importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from pfp_desktop.domain.personal import MAX_NOTE_LENGTH
from pfp_desktop.services.clock import now_iso
from pfp_desktop.storage import user_schema as u

if TYPE_CHECKING:
    from pfp_desktop.services.notes_exchange import ImportReport

Item = dict[str, Any]
Progress = Callable[[int, int], None]  # (items merged, items in all); may raise to abandon
CONFLICT_ORIGIN = "import-conflict"
_PROGRESS_EVERY = 100


def merge_document(
    session: Session,
    sections: dict[str, list[Item]],
    report: ImportReport,
    source: str,
    progress: Progress | None = None,
) -> None:
    """Add what is new, skip what is identical, keep both sides of a conflict."""
    total = sum(len(items) for items in sections.values())
    flags = _FlagKeys(session)
    steps = [
        *((_merge_note, item) for item in sections["notes"]),
        *((_merge_correction, item) for item in sections["corrections"]),
        *((_merge_addition, item) for item in sections["additions"]),
        *((flags.merge_star, item) for item in sections["stars"]),
        *((flags.merge_tag, item) for item in sections["tags"]),
    ]
    for done, (merge, item) in enumerate(steps):
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)
        merge(session, item, report, source)
    flags.write(session)
    if progress is not None:
        progress(total, total)


class _FlagKeys:
    """The stars and tags already stored, read once, and the new ones, written in one
    statement each: a query, an ORM object and a flush per item made 100,000 tags take a
    minute."""

    def __init__(self, session: Session) -> None:
        stars = select(u.StarRow.target_kind, u.StarRow.target_key)
        tags = select(u.TagRow.target_kind, u.TagRow.target_key, u.TagRow.tag)
        self.stars: set[tuple[str, ...]] = {tuple(r) for r in session.execute(stars)}
        self.tags: set[tuple[str, ...]] = {tuple(r) for r in session.execute(tags)}
        self.new_stars: list[dict[str, str]] = []
        self.new_tags: list[dict[str, str]] = []

    def merge_star(self, _s: Session, item: Item, report: ImportReport, _: str) -> None:
        if self._is_new(self.stars, (item["kind"], item["key"]), report):
            self.new_stars.append({"target_kind": item["kind"], "target_key": item["key"],
                                   "starred_at": now_iso()})  # fmt: skip

    def merge_tag(self, _s: Session, item: Item, report: ImportReport, _: str) -> None:
        if self._is_new(self.tags, (item["kind"], item["key"], item["tag"]), report):
            self.new_tags.append({"target_kind": item["kind"], "target_key": item["key"],
                                  "tag": item["tag"]})  # fmt: skip

    def write(self, session: Session) -> None:
        for table, rows in ((u.StarRow, self.new_stars), (u.TagRow, self.new_tags)):
            if rows:
                session.execute(insert(table), rows)

    @staticmethod
    def _is_new(known: set[tuple[str, ...]], key: tuple[str, ...], report: ImportReport) -> bool:
        if key in known:
            report.skipped += 1
            return False
        known.add(key)
        report.added += 1
        return True


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


def _already_has(session: Session, row: u.NoteRow, text: str) -> bool:
    """True when ``text`` is in the note or in one of its saved versions (instr: exact and
    case-sensitive, where LIKE is neither)."""
    if text in row.text:
        return True
    query = select(u.NoteRevisionRow.id).where(
        u.NoteRevisionRow.note_id == row.id, func.instr(u.NoteRevisionRow.text, text) > 0
    )
    return session.scalars(query.limit(1)).first() is not None


def _keep_conflict(session: Session, row: u.NoteRow, marked: str, theirs: str) -> None:
    """Theirs below ours if the note stays within its limit, else as a revision of its own."""
    stamp = now_iso()
    merged = f"{row.text.rstrip()}\n\n---\n\n{marked}"
    if len(merged) <= MAX_NOTE_LENGTH:
        row.text, row.updated_at = merged, stamp
        session.add(u.NoteRevisionRow(note_id=row.id, text=merged, saved_at=stamp,
                                      origin="import"))  # fmt: skip
    else:
        session.add(u.NoteRevisionRow(note_id=row.id, text=theirs, saved_at=stamp,
                                      origin=CONFLICT_ORIGIN))  # fmt: skip


def _merge_note(session: Session, item: Item, report: ImportReport, source: str) -> None:
    row = _note_row(session, item["kind"], item["key"])
    if row is None:
        _new_note(session, item)
        report.added += 1
    elif _already_has(session, row, item["text"]):
        report.skipped += 1
    elif not row.text.strip():  # ours is empty: theirs is simply the note
        row.text, row.updated_at = item["text"], now_iso()
        session.add(u.NoteRevisionRow(note_id=row.id, text=row.text, saved_at=row.updated_at,
                                      origin="import"))  # fmt: skip
        report.added += 1
    else:  # both changed: keep ours, add theirs, clearly marked
        marked = f"*Imported from {source} (saved {item['updated_at']}):*\n\n{item['text']}"
        _keep_conflict(session, row, marked, item["text"])
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
    elif _already_has(session, note, item["value"]):
        report.skipped += 1
        return
    else:
        _keep_conflict(session, note, text, text)
    report.conflicts.append(
        f"correction of {item['field']} of {item['initiative_id']}: yours kept, "
        "the imported one added to its note"
    )


def _merge_addition(session: Session, item: Item, report: ImportReport, _source: str) -> None:
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
