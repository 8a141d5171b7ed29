"""Turning the bytes of a notes file into JSON values, or one plain line saying what is wrong.

Pure: bytes in, values or PersonalDataError out. A UTF-8 byte order mark at the start is
harmless (Windows editors add one) and is dropped; a NUL byte, bytes that are not UTF-8, a JSON
syntax error and a key given twice in one object are refused with where they are.
"""

from __future__ import annotations

import json
from typing import Any

from pfp_desktop.domain.personal import PersonalDataError

UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# json's messages, in plain words; a prefix match, since Python versions word them differently.
_PLAIN_WORDS = (
    (
        "Expecting ',' delimiter",
        "expected ',' or the end of the list or object here (a stray quote inside a text?)",
    ),
    ("Expecting ':' delimiter", "expected ':' after a name"),
    ("Expecting property name", "expected a name in double quotes (a trailing comma?)"),
    ("Illegal trailing comma", "a comma before the end of a list or object"),
    ("Expecting value", "expected a value"),
    (
        "Invalid control character",
        "a line break or control character inside a text (a missing or stray quote?)",
    ),
    ("Invalid \\escape", "an invalid backslash escape inside a text"),
    ("Invalid \\uXXXX escape", "an invalid \\u escape inside a text"),
    ("Extra data", "more text after the end of the document"),
)


class _Duplicated(dict[str, Any]):
    """An object in which a key was given twice; remembered so the error can say where."""

    __slots__ = ("duplicate",)

    def __init__(self, pairs: list[tuple[str, Any]], duplicate: str) -> None:
        super().__init__(pairs)
        self.duplicate = duplicate


def parse_document(data: bytes, name: str) -> Any:
    """The JSON value in ``data`` (the file called ``name``), or PersonalDataError."""
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    text = _decode(data, name)
    duplicates: list[str] = []
    try:
        value = json.loads(text, object_pairs_hook=lambda pairs: _object(pairs, duplicates))
    except json.JSONDecodeError as exc:
        raise PersonalDataError(f"{name} is not a PfP notes file: {_syntax(exc)}") from exc
    except RecursionError as exc:
        raise PersonalDataError(
            f"{name} is not a PfP notes file: it is nested too deeply."
        ) from exc
    if duplicates:
        where = _first_duplicate(value)
        raise PersonalDataError(f"{name} is not a PfP notes file: {where}.")
    return value


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise PersonalDataError(f"{name} is empty: not a PfP notes file.")
    if data.startswith(_UTF16_BOMS):
        raise PersonalDataError(
            f"{name} is UTF-16 text; a PfP notes file is UTF-8 (save it again as UTF-8)."
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise PersonalDataError(
            f"{name} is not a PfP notes file: it contains a NUL byte at byte offset {nul:,} "
            "(a binary file?)."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PersonalDataError(
            f"{name} is not UTF-8 text: byte 0x{data[exc.start]:02x} at byte offset "
            f"{exc.start:,} is not valid UTF-8."
        ) from exc


def _syntax(exc: json.JSONDecodeError) -> str:
    at_end = exc.msg.startswith("Expecting") and not exc.doc[exc.pos :].strip()
    if at_end or exc.msg.startswith("Unterminated string"):  # a text still open at the end
        return f"it ends too early, at line {exc.lineno} (is it truncated?)."
    plain = next((words for start, words in _PLAIN_WORDS if exc.msg.startswith(start)), exc.msg)
    return f"line {exc.lineno}, column {exc.colno}: {plain}."


def _object(pairs: list[tuple[str, Any]], duplicates: list[str]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            duplicates.append(key)
            return _Duplicated(pairs, key)
        seen.add(key)
    return dict(pairs)


def _first_duplicate(value: Any) -> str:
    """Where the first key given twice is, e.g. "the key 'text' appears twice in notes[3]"."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:  # depth first, in file order; a loop, since the nesting may be deep
        item, where = stack.pop()
        if isinstance(item, _Duplicated):
            return f"the key {item.duplicate[:60]!r} appears twice in {where or 'the top level'}"
        if isinstance(item, dict):
            children = [(v, f"{where}.{k}" if where else k) for k, v in item.items()]
        elif isinstance(item, list):
            children = [(v, f"{where}[{i}]") for i, v in enumerate(item)]
        else:
            continue
        stack.extend(reversed(children))
    return "an object"
