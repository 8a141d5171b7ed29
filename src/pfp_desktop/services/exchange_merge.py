"""Merging a checked exchange document into the user database (inside one transaction).

A conflicting note is added below ours only while the result stays within MAX_NOTE_LENGTH;
past it, the other version is kept as a separate revision (origin "import-conflict") and the
note is left as it was. Text already in the note or in its history is not added again, so
importing the same file twice changes nothing the second time.

What is stored is read once (notes, additions, corrections, stars, tags by their keys) and the
new rows are written together at the end: a query and a flush per item made an import of
100,000 items take about a minute.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from pfp_desktop.domain.personal import MAX_NOTE_LENGTH, LocalSummit
from pfp_desktop.services.clock import now_iso
from pfp_desktop.storage import user_schema as u

if TYPE_CHECKING:
    from pfp_desktop.domain.exchange_report import ImportReport

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
    catalogue_summits: frozenset[int] | set[int] = frozenset(),
) -> None:
    """Add what is new, skip what is identical, keep both sides of a conflict (a summit the
    delegate added keeps ours: a number is one summit). ``catalogue_summits``: the numbers of
    the catalogue's summits, which supersede a summit added under the same number."""
    merger = _Merger(session, report, source, catalogue_summits)
    steps = [
        *((merger.note, item) for item in sections["notes"]),
        *((merger.correction, item) for item in sections["corrections"]),
        *((merger.local_summit, item) for item in sections["local_summits"]),
        *((merger.addition, item) for item in sections["additions"]),
        *((merger.star, item) for item in sections["stars"]),
        *((merger.tag, item) for item in sections["tags"]),
    ]
    with session.no_autoflush:  # the maps below know what is pending; SQLite need not yet
        for done, (merge, item) in enumerate(steps):
            if progress is not None and done % _PROGRESS_EVERY == 0:
                progress(done, len(steps))
            merge(item)
    merger.write()
    if progress is not None:
        progress(len(steps), len(steps))


class _Merger:
    def __init__(
        self,
        session: Session,
        report: ImportReport,
        source: str,
        catalogue_summits: frozenset[int] | set[int],
    ) -> None:
        self.session, self.report, self.source = session, report, source
        self.catalogue_summits = catalogue_summits
        notes = session.scalars(select(u.NoteRow))
        self.notes = {(r.target_kind, r.target_key): r for r in notes}
        self.additions = {r.id: r for r in session.scalars(select(u.AdditionRow))}
        self.summits = {r.number: r for r in session.scalars(select(u.LocalSummitRow))}
        overrides = session.scalars(select(u.OverrideRow))
        self.overrides = {(r.initiative_id, r.field): r for r in overrides}
        stars = select(u.StarRow.target_kind, u.StarRow.target_key)
        tags = select(u.TagRow.target_kind, u.TagRow.target_key, u.TagRow.tag)
        self.flags: set[tuple[str, ...]] = {("star", *r) for r in session.execute(stars)}
        self.flags |= {("tag", *r) for r in session.execute(tags)}
        self.new_stars: list[dict[str, str]] = []
        self.new_tags: list[dict[str, str]] = []
        self.revisions: list[tuple[u.NoteRow, dict[str, str]]] = []  # ids known after flush
        self.pending: dict[int, list[str]] = {}  # texts of those revisions, by id() of the row

    def write(self) -> None:
        self.session.flush()
        rows = [{"note_id": row.id, **revision} for row, revision in self.revisions]
        for table, new in (
            (u.NoteRevisionRow, rows),
            (u.StarRow, self.new_stars),
            (u.TagRow, self.new_tags),
        ):
            if new:
                self.session.execute(insert(table), new)

    # -- notes ------------------------------------------------------------------------------

    def revision(self, row: u.NoteRow, text: str, saved_at: str, origin: str) -> None:
        self.revisions.append((row, {"text": text, "saved_at": saved_at, "origin": origin}))
        self.pending.setdefault(id(row), []).append(text)

    def new_note(self, item: Item) -> None:
        row = u.NoteRow(
            target_kind=item["kind"],
            target_key=item["key"],
            text=item["text"],
            updated_at=item["updated_at"],
        )
        self.session.add(row)
        self.notes[(row.target_kind, row.target_key)] = row
        history = item.get("history") or [{"text": item["text"], "saved_at": item["updated_at"]}]
        for revision in history:
            self.revision(row, revision["text"], revision["saved_at"], "import")

    def already_has(self, row: u.NoteRow, text: str) -> bool:
        """True when ``text`` is in the note or in one of its saved versions (instr: exact and
        case-sensitive, where LIKE is neither)."""
        if text in row.text or any(text in t for t in self.pending.get(id(row), ())):
            return True
        query = select(u.NoteRevisionRow.id).where(
            u.NoteRevisionRow.note_id == row.id, func.instr(u.NoteRevisionRow.text, text) > 0
        )
        return row.id is not None and self.session.scalars(query.limit(1)).first() is not None

    def keep_conflict(self, row: u.NoteRow, marked: str, theirs: str) -> None:
        """Theirs below ours if the note stays within its limit, else a revision of its own."""
        stamp = now_iso()
        merged = f"{row.text.rstrip()}\n\n---\n\n{marked}"
        if len(merged) <= MAX_NOTE_LENGTH:
            row.text, row.updated_at = merged, stamp
            self.revision(row, merged, stamp, "import")
        else:
            self.revision(row, theirs, stamp, CONFLICT_ORIGIN)

    def note(self, item: Item) -> None:
        row = self.notes.get((item["kind"], item["key"]))
        if row is None:
            self.new_note(item)
            self.report.added += 1
        elif self.already_has(row, item["text"]):
            self.report.skipped += 1
        elif not row.text.strip():  # ours is empty: theirs is simply the note
            row.text, row.updated_at = item["text"], now_iso()
            self.revision(row, row.text, row.updated_at, "import")
            self.report.added += 1
        else:  # both changed: keep ours, add theirs, clearly marked
            saved = item["updated_at"]
            self.keep_conflict(
                row,
                f"*Imported from {self.source} (saved {saved}):*\n\n{item['text']}",
                item["text"],
            )
            self.report.conflicts.append(
                f"note on {item['kind']} {item['key']}: both versions kept"
            )

    # -- corrections, additions, stars, tags --------------------------------------------------

    def correction(self, item: Item) -> None:
        row = self.overrides.get((item["initiative_id"], item["field"]))
        if row is not None and row.value == item["value"]:
            self.report.skipped += 1
        elif row is None:
            fields = ("initiative_id", "field", "value", "catalogue_value", "updated_at")
            self.session.add(u.OverrideRow(**{k: item[k] for k in fields}))
            self.report.added += 1
        else:  # a field holds one value: keep ours, keep theirs in the note
            self.conflicting_correction(item)

    def conflicting_correction(self, item: Item) -> None:
        text = f"*Correction of {item['field']} imported from {self.source}:* {item['value']}"
        note = self.notes.get(("initiative", item["initiative_id"]))
        if note is None:
            self.new_note(
                {
                    "kind": "initiative",
                    "key": item["initiative_id"],
                    "text": text,
                    "updated_at": now_iso(),
                }
            )
        elif self.already_has(note, item["value"]):
            self.report.skipped += 1
            return
        else:
            self.keep_conflict(note, text, text)
        self.report.conflicts.append(
            f"correction of {item['field']} of {item['initiative_id']}: yours kept, "
            "the imported one added to its note"
        )

    def addition(self, item: Item) -> None:
        row = self.additions.get(item["id"])
        content = {
            "summit_number": item["summit"],
            "session_id": item["session_id"],
            "title": item["title"],
            "partners": json.dumps(item["partners"]),
            "policy_challenge": item["policy_challenge"],
            "solution": item["solution"],
        }
        if row is not None and all(getattr(row, k) == v for k, v in content.items()):
            self.report.skipped += 1
            return
        stamps = {"created_at": item.get("created_at") or now_iso(), "updated_at": now_iso()}
        new_id = item["id"] if row is None else f"{item['id']}-imported"
        if new_id in self.additions:  # imported twice with conflicts
            new_id = f"{new_id}-{now_iso()}"
        self.additions[new_id] = u.AdditionRow(id=new_id, **content, **stamps)
        self.session.add(self.additions[new_id])
        if row is None:
            self.report.added += 1
        else:
            self.report.conflicts.append(
                f"added initiative '{item['title'][:50]}': both versions kept"
            )

    def local_summit(self, item: Item) -> None:
        """A number is one summit: a different year or city under it keeps ours (which the
        delegate's additions there are filed under) and says so; one the catalogue now holds
        is the catalogue's."""
        row = self.summits.get(item["number"])
        if item["number"] in self.catalogue_summits or (
            row is not None and (row.year, row.city) == (item["year"], item["city"])
        ):
            self.report.skipped += 1
        elif row is None:
            stamp = item.get("created_at") or now_iso()
            row = u.LocalSummitRow(
                number=item["number"], year=item["year"], city=item["city"], created_at=stamp
            )
            self.summits[row.number] = row
            self.session.add(row)
            self.report.added += 1
        else:
            ours = LocalSummit(row.number, row.year, row.city).title
            theirs = LocalSummit(item["number"], item["year"], item["city"]).title
            self.report.conflicts.append(
                f"summit {row.number} you added: yours kept ({ours}), not the imported {theirs}"
            )

    def star(self, item: Item) -> None:
        if self.is_new(("star", item["kind"], item["key"])):
            self.new_stars.append(
                {"target_kind": item["kind"], "target_key": item["key"], "starred_at": now_iso()}
            )

    def tag(self, item: Item) -> None:
        if self.is_new(("tag", item["kind"], item["key"], item["tag"])):
            self.new_tags.append(
                {"target_kind": item["kind"], "target_key": item["key"], "tag": item["tag"]}
            )

    def is_new(self, key: tuple[str, ...]) -> bool:
        if key in self.flags:
            self.report.skipped += 1
            return False
        self.flags.add(key)
        self.report.added += 1
        return True
