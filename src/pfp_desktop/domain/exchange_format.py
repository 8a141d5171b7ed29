"""Validation of the notes exchange file (JSON, format "pfp-desktop-notes", version 1).

Pure checks on already-parsed JSON: every field's type, length and characters. A file that
fails any check is refused whole, with a message that says where.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pfp_desktop.domain.personal import (
    EDITABLE_FIELDS,
    MAX_NOTE_LENGTH,
    MAX_TAG_LENGTH,
    LocalSummit,
    PersonalDataError,
    TargetKind,
    check_local_summit,
)

FORMAT_NAME = "pfp-desktop-notes"
FORMAT_VERSION = 1
MAX_KEY_LENGTH = 300
MAX_FIELD_LENGTH = 100_000
# A file holds at most this many items (notes, corrections, summits, additions, stars and tags)
# and this many saved versions of notes: far more than a delegate writes (the catalogue holds
# a few thousand initiatives), few enough to check and merge in about 15 s.
MAX_ITEMS = 100_000
MAX_REVISIONS = 100_000
_ALLOWED_CONTROLS = {"\n", "\t", "\r"}


def check_document(document: Any, name: str) -> dict[str, list[dict[str, Any]]]:
    """The lists of a valid document (the file ``name``), or PersonalDataError naming the
    first problem."""
    _check_header(document, name)
    sections = {}
    total = 0
    for section, check in _SECTIONS.items():
        items = document.get(section, [])
        if not isinstance(items, list):
            raise PersonalDataError(f"'{section}' must be a list.")
        total += len(items)
        if total > MAX_ITEMS:
            raise PersonalDataError(
                f"{name} holds more than {MAX_ITEMS:,} items, more than a PfP notes file may "
                "hold. Nothing was imported."
            )
        for index, item in enumerate(items):
            check(item, f"{section}[{index}]")
        sections[section] = items
    _check_revision_count(sections["notes"], name)
    _check_unique(sections)
    return sections


def _check_header(document: Any, name: str) -> None:
    if not isinstance(document, dict):
        raise PersonalDataError(f"{name} is not a PfP notes file: it holds no JSON object.")
    found = document.get("format")
    if found != FORMAT_NAME:
        what = "no 'format'" if found is None else f"the format {str(found)[:60]!r}"
        raise PersonalDataError(
            f"{name} is not a PfP notes file: it has {what}, not '{FORMAT_NAME}'."
        )
    version = document.get("version")
    if version != FORMAT_VERSION:
        newer = isinstance(version, int) and version > FORMAT_VERSION
        raise PersonalDataError(
            f"{name} is a PfP notes file of version {str(version)[:20]}; this PfP Desktop reads "
            f"version {FORMAT_VERSION}" + (" (it was written by a newer one)." if newer else ".")
        )


def _check_revision_count(notes: list[dict[str, Any]], name: str) -> None:
    if sum(len(note.get("history", [])) for note in notes) > MAX_REVISIONS:
        raise PersonalDataError(
            f"{name} holds more than {MAX_REVISIONS:,} saved versions of notes, more than a PfP "
            "notes file may hold. Nothing was imported."
        )


def _check_unique(sections: dict[str, list[dict[str, Any]]]) -> None:
    """One note per item, one correction per field, one addition per id: a second one would
    merge into the first as a conflict, and a file could grow a note without bound."""
    keys: dict[str, Callable[[dict[str, Any]], tuple[str, ...]]] = {
        "notes": lambda i: (i["kind"], i["key"]),
        "corrections": lambda i: (i["initiative_id"], i["field"]),
        "additions": lambda i: ("id", i["id"]),
        "local_summits": lambda i: ("number", str(i["number"])),
    }
    what = {
        "notes": "note on",
        "corrections": "correction of",
        "additions": "addition with",
        "local_summits": "summit with",
    }
    for section, key in keys.items():
        first: dict[tuple[str, ...], int] = {}
        for index, item in enumerate(sections[section]):
            earlier = first.setdefault(key(item), index)
            if earlier != index:
                about = " ".join(key(item))[:80]
                raise PersonalDataError(
                    f"{section}[{index}] is a second {what[section]} {about} (the first is "
                    f"{section}[{earlier}]); a PfP notes file holds one. Nothing was imported."
                )


def text_value(item: dict[str, Any], key: str, where: str, limit: int, multiline: bool) -> str:
    """The text at ``item[key]``, checked for type and length; PersonalDataError if bad."""
    value = item.get(key)
    if not isinstance(value, str):
        raise PersonalDataError(f"{where}.{key} must be text.")
    if len(value) > limit:
        raise PersonalDataError(f"{where}.{key} is longer than {limit:,} characters.")
    allowed = _ALLOWED_CONTROLS if multiline else set()
    if any((ord(c) < 32 or ord(c) == 127) and c not in allowed for c in value):
        raise PersonalDataError(f"{where}.{key} contains control characters.")
    return value


def _object(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise PersonalDataError(f"{where} must be an object.")
    return item


def _target(item: dict[str, Any], where: str) -> None:
    kind = text_value(item, "kind", where, 20, multiline=False)
    if kind not in set(TargetKind):
        raise PersonalDataError(f"{where}.kind must be initiative, summit or partner.")
    if not text_value(item, "key", where, MAX_KEY_LENGTH, multiline=False):
        raise PersonalDataError(f"{where}.key is empty.")


def _note(item: Any, where: str) -> None:
    item = _object(item, where)
    _target(item, where)
    text_value(item, "text", where, MAX_NOTE_LENGTH, multiline=True)
    text_value(item, "updated_at", where, 40, multiline=False)
    history = item.get("history", [])
    if not isinstance(history, list) or len(history) > MAX_REVISIONS:
        raise PersonalDataError(f"{where}.history must be a list.")
    for index, revision in enumerate(history):
        revision = _object(revision, f"{where}.history[{index}]")
        text_value(revision, "text", f"{where}.history[{index}]", MAX_NOTE_LENGTH, multiline=True)
        text_value(revision, "saved_at", f"{where}.history[{index}]", 40, multiline=False)


def _correction(item: Any, where: str) -> None:
    item = _object(item, where)
    text_value(item, "initiative_id", where, MAX_KEY_LENGTH, multiline=False)
    if text_value(item, "field", where, 40, multiline=False) not in EDITABLE_FIELDS:
        raise PersonalDataError(f"{where}.field must be one of {', '.join(EDITABLE_FIELDS)}.")
    for key in ("value", "catalogue_value"):
        text_value(item, key, where, MAX_FIELD_LENGTH, multiline=True)
    text_value(item, "updated_at", where, 40, multiline=False)


def _addition(item: Any, where: str) -> None:
    item = _object(item, where)
    text_value(item, "id", where, MAX_KEY_LENGTH, multiline=False)
    text_value(item, "title", where, MAX_FIELD_LENGTH, multiline=False)
    for key in ("policy_challenge", "solution"):
        text_value(item, key, where, MAX_FIELD_LENGTH, multiline=True)
    for key in ("summit", "session_id"):
        if not isinstance(item.get(key), int) or isinstance(item.get(key), bool):
            raise PersonalDataError(f"{where}.{key} must be a whole number.")
    partners = item.get("partners")
    if not isinstance(partners, list) or not all(isinstance(p, str) for p in partners):
        raise PersonalDataError(f"{where}.partners must be a list of names.")
    for index, name in enumerate(partners):
        text_value({"name": name}, "name", f"{where}.partners[{index}]", MAX_KEY_LENGTH, False)


def _local_summit(item: Any, where: str) -> None:
    item = _object(item, where)
    for key in ("number", "year"):
        if not isinstance(item.get(key), int) or isinstance(item.get(key), bool):
            raise PersonalDataError(f"{where}.{key} must be a whole number.")
    city = text_value(item, "city", where, MAX_KEY_LENGTH, multiline=False)
    if "created_at" in item:
        text_value(item, "created_at", where, 40, multiline=False)
    try:  # the rules the window applies when the delegate adds one
        check_local_summit(LocalSummit(item["number"], item["year"], city), set())
    except PersonalDataError as exc:
        raise PersonalDataError(f"{where}: {exc}") from exc


def _star(item: Any, where: str) -> None:
    _target(_object(item, where), where)


def _tag(item: Any, where: str) -> None:
    item = _object(item, where)
    _target(item, where)
    text_value(item, "tag", where, MAX_TAG_LENGTH, multiline=False)


_SECTIONS = {
    "notes": _note,
    "corrections": _correction,
    "local_summits": _local_summit,  # absent from files written before they were exported
    "additions": _addition,
    "stars": _star,
    "tags": _tag,
}
