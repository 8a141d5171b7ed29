"""Validation of the notes exchange file (JSON, format "pfp-desktop-notes", version 1).

Pure checks on already-parsed JSON: every field's type, length and characters. A file that
fails any check is refused whole, with a message that says where.
"""

from __future__ import annotations

from typing import Any

from pfp_desktop.domain.personal import (
    EDITABLE_FIELDS,
    MAX_NOTE_LENGTH,
    MAX_TAG_LENGTH,
    PersonalDataError,
    TargetKind,
)

FORMAT_NAME = "pfp-desktop-notes"
FORMAT_VERSION = 1
MAX_KEY_LENGTH = 300
MAX_FIELD_LENGTH = 100_000
MAX_ITEMS = 100_000
_ALLOWED_CONTROLS = {"\n", "\t", "\r"}


def check_document(document: Any) -> dict[str, list[dict[str, Any]]]:
    """The lists of a valid document, or PersonalDataError naming the first problem."""
    if not isinstance(document, dict):
        raise PersonalDataError("The file is not a PfP Desktop notes file (no JSON object).")
    if document.get("format") != FORMAT_NAME:
        raise PersonalDataError("The file is not a PfP Desktop notes file (wrong 'format').")
    if document.get("version") != FORMAT_VERSION:
        version = document.get("version")
        raise PersonalDataError(
            f"The file has format version {version!r}; this PfP Desktop reads version 1."
        )
    sections = {}
    for name, check in _SECTIONS.items():
        items = document.get(name, [])
        if not isinstance(items, list) or len(items) > MAX_ITEMS:
            raise PersonalDataError(f"'{name}' must be a list of at most {MAX_ITEMS} items.")
        for index, item in enumerate(items):
            check(item, f"{name}[{index}]")
        sections[name] = items
    return sections


def text_value(item: dict[str, Any], key: str, where: str, limit: int, multiline: bool) -> str:
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
    if not isinstance(history, list) or len(history) > MAX_ITEMS:
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


def _star(item: Any, where: str) -> None:
    _target(_object(item, where), where)


def _tag(item: Any, where: str) -> None:
    item = _object(item, where)
    _target(item, where)
    text_value(item, "tag", where, MAX_TAG_LENGTH, multiline=False)


_SECTIONS = {
    "notes": _note,
    "corrections": _correction,
    "additions": _addition,
    "stars": _star,
    "tags": _tag,
}
