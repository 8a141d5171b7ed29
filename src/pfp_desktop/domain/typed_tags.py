"""Tags typed into the search field: "GCM 20", "objective 20", "SDG 10.7", "target 10.7",
"10.7", "SDG 10". A delegate who types these means the initiatives tagged so, not every page
that holds the word "GCM": the finder turns them into facets (shown, removable) and searches
the rest of the text as words.

Rules: GCM objectives are numbered 1 to 23 (a larger number stays words); an SDG target is
goal.target ("10.7", "17.b"); "SDG 10" alone means every target of goal 10 (value "10").
Text inside double quotes is a phrase and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GCM_OBJECTIVES = range(1, 24)
SDG_GOALS = range(1, 18)

_GCM = re.compile(r"\b(?:gcm\s*(?:objectives?\s*)?|objectives?\s*)#?(\d{1,2})\b", re.I)
_SDG_TARGET = re.compile(
    r"\b(?:sdg\s*(?:targets?\s*)?|targets?\s*)?(\d{1,2}\.[0-9a-z]{1,2})\b", re.I
)
_SDG_GOAL = re.compile(r"\bsdg\s*(?:goal\s*)?(\d{1,2})\b(?!\.\w)", re.I)


@dataclass(frozen=True)
class TypedTag:
    """A tag found in typed text: its facet ("gcm", "sdg"), value ("20", "10.7", or a goal
    "10"), and where it was typed (so that removing the tag can remove those characters)."""

    facet: str
    value: str
    start: int
    end: int

    @property
    def label(self) -> str:
        """How the tag reads in a chip ("GCM 20", "SDG 10.7")."""
        return f"GCM {self.value}" if self.facet == "gcm" else f"SDG {self.value}"


def typed_tags(text: str) -> list[TypedTag]:
    """The tags in ``text`` outside quotes, in the order typed."""
    found: list[TypedTag] = []
    for start, piece in _unquoted(text):
        taken: list[tuple[int, int]] = []
        for facet, pattern in (("gcm", _GCM), ("sdg", _SDG_TARGET), ("sdg", _SDG_GOAL)):
            for match in pattern.finditer(piece):
                span = (start + match.start(), start + match.end())
                if _valid(facet, match.group(1)) and not _overlaps(span, taken):
                    taken.append(span)
                    found.append(TypedTag(facet, match.group(1).lower(), *span))
    return sorted(found, key=lambda tag: tag.start)


def without_tags(text: str, tags: list[TypedTag]) -> str:
    """``text`` with the characters of ``tags`` taken out (the words left to search for)."""
    for tag in sorted(tags, key=lambda t: -t.start):
        text = text[: tag.start] + " " + text[tag.end :]
    return text


def _unquoted(text: str) -> list[tuple[int, str]]:
    pieces, offset = [], 0
    for index, piece in enumerate(text.replace("\u201c", '"').replace("\u201d", '"').split('"')):
        if index % 2 == 0:
            pieces.append((offset, piece))
        offset += len(piece) + 1
    return pieces


def _valid(facet: str, value: str) -> bool:
    if facet == "gcm":
        return int(value) in GCM_OBJECTIVES
    goal = value.partition(".")[0]
    return int(goal) in SDG_GOALS


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)
