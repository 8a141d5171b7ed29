"""Notes on initiatives, summits and partners, with every saved revision kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pfp_desktop.domain.note_merge import merge_note
from pfp_desktop.domain.personal import Note, NoteRevision, Target, TargetKind, check_note_text
from pfp_desktop.services.clock import now_iso
from pfp_desktop.services.user_data import UserData
from pfp_desktop.services.writing import writing
from pfp_desktop.storage.sqlite_files import in_batches
from pfp_desktop.storage.user_schema import NoteRevisionRow, NoteRow

COALESCE_SECONDS = 60  # saves closer than this to the previous one make one version


BLANK_END = "\n\r"  # what an append trims from the end of the note before its paragraph


@dataclass(frozen=True)
class SavedEdit:
    """What an edit stored: ``text`` is the note now (the edit, or the edit merged with a
    change someone else stored meanwhile)."""

    text: str
    merged: bool = False  # another writer had changed the note: both changes are in ``text``
    overlapped: bool = False  # ... on the same lines: both versions kept, worth a look


class NotesService:
    """Every write is one immediate transaction; a failed one raises WriteFailedError.

    ``wait_ms``: how long a write waits for another writer (the window waits briefly and
    retries later instead of freezing; the CLI waits the default)."""

    def __init__(self, user: UserData, wait_ms: int | None = None) -> None:
        self._sessions = user.sessions
        self._wait_ms = wait_ms
        # The revisions this service wrote last, by note id: only those may be replaced by a
        # save that follows within COALESCE_SECONDS, so another process's version never is.
        self._written: dict[int, int] = {}

    def note(self, target: Target) -> Note | None:
        """The note on ``target``, or None."""
        with self._sessions() as session:
            row = _find(session, target)
            return _note(row) if row else None

    def texts(self, kind: TargetKind, keys: Sequence[str]) -> dict[str, str]:
        """The texts of the notes on these targets of ``kind``, by key (targets with a note
        only): one query per 500 keys, for a pack of many initiatives."""
        found: dict[str, str] = {}
        with self._sessions() as session:
            for batch in in_batches(keys):
                query = select(NoteRow.target_key, NoteRow.text).where(
                    NoteRow.target_kind == kind.value, NoteRow.target_key.in_(batch)
                )
                found.update((key, text) for key, text in session.execute(query))
        return found

    def text(self, target: Target) -> str:
        """The note's text on ``target``; empty when there is none."""
        note = self.note(target)
        return note.text if note else ""

    def set_note(self, target: Target, text: str, origin: str = "edit") -> Note:
        """Save ``text`` as the note's new text, keeping a revision. One durable commit."""
        check_note_text(text)
        with writing(self._sessions, self._wait_ms) as session:
            return _store(session, target, _find(session, target), text, origin)

    def append(self, target: Target, text: str) -> Note:
        """Add ``text`` as a new paragraph at the end of the note, in one transaction: two
        appends at once, from any number of processes, both land."""
        with writing(self._sessions, self._wait_ms) as session:
            row = _find(session, target)
            current = row.text if row else ""
            # Only blank lines are trimmed: the last line stays as the delegate left it (a
            # trailing space included), so that an edit of it in the window merges cleanly.
            joined = f"{current.rstrip(BLANK_END)}\n\n{text}" if current.strip() else text
            return _store(session, target, row, check_note_text(joined), "edit")

    def save_edit(self, target: Target, base: str, text: str, origin: str = "edit") -> SavedEdit:
        """Save an edit of ``base`` (the text the editor started from). If someone else stored
        another text meanwhile, it is never overwritten: both changes are merged, and each
        side's text stays in the history."""
        check_note_text(text)
        with writing(self._sessions, self._wait_ms) as session:
            row = _find(session, target)
            stored = row.text if row else ""
            if stored == base:
                self._store_coalesced(session, target, row, text, origin)
                return SavedEdit(text)
            merged = merge_note(base, text, stored)
            result = merged.text if _fits(merged.text) else text
            _store(session, target, row, text, origin)  # this side's text, kept in the history
            if result != text:
                _store(session, target, _find(session, target), result, "merge")
            return SavedEdit(result, merged=result != text, overlapped=merged.overlapped)

    def _store_coalesced(
        self, session: Session, target: Target, row: NoteRow | None, text: str, origin: str
    ) -> None:
        """Store ``text``, replacing the newest revision instead of adding one when this
        service wrote it, with the same origin, less than COALESCE_SECONDS ago: typing makes
        one version per editing session (or per pause of a minute), not one per save."""
        latest = _latest_revision(session, row) if row is not None else None
        stamp = now_iso()
        if (
            row is not None
            and latest is not None
            and row.text != text
            and self._written.get(row.id) == latest.id
            and latest.origin == origin
            and 0 <= _seconds_between(latest.saved_at, stamp) < COALESCE_SECONDS
        ):
            row.text, row.updated_at = text, stamp
            latest.text, latest.saved_at = text, stamp
            return
        _store(session, target, row, text, origin)
        stored = _find(session, target)
        newest = _latest_revision(session, stored) if stored is not None else None
        if stored is not None and newest is not None:
            self._written[stored.id] = newest.id

    def history(self, target: Target) -> list[NoteRevision]:
        """Every saved revision, newest first."""
        with self._sessions() as session:
            row = _find(session, target)
            if row is None:
                return []
            query = (
                select(NoteRevisionRow)
                .where(NoteRevisionRow.note_id == row.id)
                .order_by(NoteRevisionRow.id.desc())
            )
            return [
                NoteRevision(r.id, r.text, r.saved_at, r.origin) for r in session.scalars(query)
            ]

    def restore_revision(self, target: Target, revision_id: int) -> Note:
        """Make an older revision the current text (as a new revision: nothing is lost)."""
        old = next((r for r in self.history(target) if r.id == revision_id), None)
        if old is None:
            raise LookupError(f"No revision {revision_id} of this note.")
        return self.set_note(target, old.text, origin="restore")

    def all_notes(self) -> list[Note]:
        """Every note, by kind and key."""
        with self._sessions() as session:
            rows = session.scalars(
                select(NoteRow).order_by(NoteRow.target_kind, NoteRow.target_key)
            )
            return [_note(r) for r in rows]

    def targets_with_notes(self, kind: TargetKind) -> set[str]:
        """The keys of the items of this kind that have a non-empty note."""
        with self._sessions() as session:
            query = select(NoteRow.target_key).where(
                NoteRow.target_kind == kind.value, NoteRow.text != ""
            )
            return set(session.scalars(query))


def _latest_revision(session: Session, row: NoteRow) -> NoteRevisionRow | None:
    session.flush()
    query = (
        select(NoteRevisionRow)
        .where(NoteRevisionRow.note_id == row.id)
        .order_by(NoteRevisionRow.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def _seconds_between(earlier_iso: str, later_iso: str) -> float:
    try:
        delta = datetime.fromisoformat(later_iso) - datetime.fromisoformat(earlier_iso)
    except ValueError:
        return float("inf")  # a stamp this app did not write: keep both versions
    return delta.total_seconds()


def _fits(text: str) -> bool:
    try:
        check_note_text(text)
    except ValueError:
        return False  # too long to merge: the edit is stored, the other text stays in history
    return True


def _store(session: Session, target: Target, row: NoteRow | None, text: str, origin: str) -> Note:
    """Make ``text`` the note's text, keeping a revision (nothing if it is unchanged)."""
    if row is not None and row.text == text:
        return _note(row)
    stamp = now_iso()
    if row is None:
        row = NoteRow(
            target_kind=target.kind.value, target_key=target.key, text=text, updated_at=stamp
        )
        session.add(row)
        session.flush()
    row.text, row.updated_at = text, stamp
    session.add(NoteRevisionRow(note_id=row.id, text=text, saved_at=stamp, origin=origin))
    return _note(row)


def _find(session: Session, target: Target) -> NoteRow | None:
    query = select(NoteRow).where(
        NoteRow.target_kind == target.kind.value, NoteRow.target_key == target.key
    )
    return session.scalars(query).first()


def _note(row: NoteRow) -> Note:
    return Note(Target(TargetKind(row.target_kind), row.target_key), row.text, row.updated_at)
