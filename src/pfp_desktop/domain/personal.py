"""What a delegate writes: notes, local corrections, added initiatives, stars and tags."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pfp_desktop.domain.text import summit_ordinal

LOCAL_ID_PREFIX = "local-"  # ids of added initiatives; no catalogue id starts like this
EDITABLE_FIELDS = ("title", "policy_challenge", "solution")
MAX_NOTE_LENGTH = 1_000_000  # characters; a note longer than this is refused, not truncated
MAX_TAG_LENGTH = 60


class TargetKind(StrEnum):
    """What a note, star or tag is attached to (keyed by the catalogue's stable keys)."""

    INITIATIVE = "initiative"
    SUMMIT = "summit"
    PARTNER = "partner"


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    key: str  # initiative id, summit number, partner name


@dataclass(frozen=True)
class Note:
    target: Target
    text: str
    updated_at: str  # ISO 8601, UTC


@dataclass(frozen=True)
class NoteRevision:
    id: int
    text: str
    saved_at: str
    origin: str  # edit, restore, import, undo


@dataclass(frozen=True)
class FieldOverride:
    """A local correction; ``catalogue_value`` is the catalogue text it replaced."""

    initiative_id: str
    field: str
    value: str
    catalogue_value: str
    updated_at: str


@dataclass(frozen=True)
class LocalInitiative:
    """An initiative the delegate added."""

    id: str
    summit_number: int
    session_id: int
    title: str
    partners: tuple[str, ...]
    policy_challenge: str = ""
    solution: str = ""
    created_at: str = ""
    updated_at: str = ""


NO_SESSION = 0  # the session of an initiative added at a summit the catalogue lacks


@dataclass(frozen=True)
class LocalSummit:
    """A summit the catalogue does not hold yet (the next one), added by the delegate."""

    number: int
    year: int
    city: str

    @property
    def title(self) -> str:
        """'15th Summit · Belgrade 2025', as the catalogue titles its summits."""
        return f"{summit_ordinal(self.number)} Summit · {self.city} {self.year}"


def check_local_summit(summit: LocalSummit, catalogue_numbers: set[int]) -> LocalSummit:
    """The summit with its city trimmed; PersonalDataError says what is wrong with it."""
    if summit.number in catalogue_numbers:
        raise PersonalDataError(f"The catalogue already holds summit {summit.number}.")
    if not 1 <= summit.number <= 999:
        raise PersonalDataError("A summit number runs from 1 to 999.")
    if not 2007 <= summit.year <= 2100:  # the first GFMD summit met in 2007
        raise PersonalDataError("A summit year runs from 2007 to 2100.")
    if not summit.city.strip():
        raise PersonalDataError("A summit needs its city.")
    return LocalSummit(summit.number, summit.year, summit.city.strip())


@dataclass(frozen=True)
class Flags:
    starred: bool = False
    tags: tuple[str, ...] = ()


class PersonalDataError(ValueError):
    """A value a delegate (or an imported file) gave that cannot be stored; says why."""


class WriteFailure(StrEnum):
    """Why the user database refused a write, in the terms a person can act on."""

    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    BUSY = "busy"  # another program held the write lock longer than we waited
    DAMAGED = "damaged"
    OTHER = "other"


WRITE_FAILURE_TEXT = {
    WriteFailure.DISK_FULL: "the disk is full",
    WriteFailure.READ_ONLY: "the notes database is read-only",
    WriteFailure.BUSY: "another program (another PfP Desktop or a pfp command) is writing to "
    "your notes",
    WriteFailure.DAMAGED: "the notes database is damaged",
    WriteFailure.OTHER: "the notes database could not be written",
}


class WriteFailedError(PersonalDataError):
    """Nothing was written: the database refused the transaction (and rolled it back). A kind
    of PersonalDataError, so every place that shows why a value was not stored shows this too."""

    def __init__(self, failure: WriteFailure, detail: str = "") -> None:
        self.failure, self.detail = failure, detail
        text = WRITE_FAILURE_TEXT[failure]
        super().__init__(f"Not saved: {text}" + (f" ({detail})." if detail else "."))


def clean_tag(tag: str) -> str:
    """A tag as stored: trimmed, single spaces, no control characters; refused if empty."""
    cleaned = " ".join("".join(c for c in tag if c.isprintable()).split())
    if not cleaned:
        raise PersonalDataError("A tag cannot be empty.")
    if len(cleaned) > MAX_TAG_LENGTH:
        raise PersonalDataError(f"A tag has at most {MAX_TAG_LENGTH} characters.")
    return cleaned


def clean_name(name: str, what: str, limit: int = 120) -> str:
    """A name a delegate gives (a pack, a saved search): printable, single spaces, not empty."""
    cleaned = " ".join("".join(c for c in name if c.isprintable()).split())
    if not cleaned:
        raise PersonalDataError(f"A {what} needs a name.")
    return cleaned[:limit]


def check_note_text(text: str) -> str:
    """Notes keep what was typed (newlines, tabs, any script); NUL and oversize are refused."""
    if "\x00" in text:
        raise PersonalDataError("A note cannot contain NUL characters.")
    if len(text) > MAX_NOTE_LENGTH:
        raise PersonalDataError(f"A note has at most {MAX_NOTE_LENGTH:,} characters.")
    return text


class IssueKind(StrEnum):
    MISSING = "missing"  # the initiative is no longer in the catalogue
    CHANGED = "changed"  # the catalogue changed a field the delegate had corrected


@dataclass(frozen=True)
class UpdateIssue:
    kind: IssueKind
    initiative_id: str
    what: str  # "note", "star", "tags", or the corrected field's name
    detail: str  # for CHANGED: the catalogue's new text
