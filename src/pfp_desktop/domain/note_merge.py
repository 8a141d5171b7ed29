"""Merging a note edited in two places at once, so that neither side's text is lost.

A line-based three-way merge: ``base`` is the text both sides started from, ``mine`` the
window's edit, ``theirs`` what another writer (a `pfp note --append`, an import, a second
window) stored meanwhile. Changes to different lines are both applied. Where both sides
changed the same lines, both versions of those lines are kept, theirs first, as separate
paragraphs (a "union" merge): a delegate may then read a sentence twice, but never loses one.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

Hunk = tuple[int, int, list[str]]  # replace base lines [start, end) by these lines


@dataclass(frozen=True)
class MergedNote:
    text: str
    overlapped: bool  # both sides changed the same lines: both kept, worth a look


def merge_note(base: str, mine: str, theirs: str) -> MergedNote:
    """The text that keeps both ``mine``'s and ``theirs``' changes to ``base``."""
    if theirs in (base, mine):
        return MergedNote(mine, False)
    if mine == base:
        return MergedNote(theirs, False)
    lines = [_split(text) for text in (base, mine, theirs)]
    merged, overlapped = _merge_lines(*lines)
    text = "".join(merged)
    if not mine.endswith("\n") and not theirs.endswith("\n"):
        text = text.removesuffix("\n")  # _split added it: give back the texts' own ending
    return MergedNote(text, overlapped)


def _split(text: str) -> list[str]:
    # Every line ends in a newline, so text appended by one side never glues onto a last line.
    return (text if text.endswith("\n") or not text else text + "\n").splitlines(keepends=True)


def _merge_lines(base: list[str], mine: list[str], theirs: list[str]) -> tuple[list[str], bool]:
    out: list[str] = []
    position, overlapped = 0, False
    for start, end, my_hunks, their_hunks in _groups(_hunks(base, mine), _hunks(base, theirs)):
        out.extend(base[position:start])
        region = base[start:end]
        my_version = _apply(region, start, my_hunks)
        their_version = _apply(region, start, their_hunks)
        if my_hunks and their_hunks and my_version != their_version:
            out.extend(_union(their_version, my_version))
            overlapped = True
        else:
            out.extend(my_version if my_hunks else their_version)
        position = end
    out.extend(base[position:])
    return out, overlapped


def _hunks(base: list[str], side: list[str]) -> list[Hunk]:
    matcher = SequenceMatcher(None, base, side, autojunk=False)
    return [
        (i1, i2, side[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def _groups(mine: list[Hunk], theirs: list[Hunk]) -> list[tuple[int, int, list[Hunk], list[Hunk]]]:
    """Hunks of both sides, gathered into groups that touch the same base lines."""
    tagged = sorted([(h, 0) for h in mine] + [(h, 1) for h in theirs], key=lambda x: x[0][:2])
    groups: list[tuple[int, int, list[Hunk], list[Hunk]]] = []
    for hunk, side in tagged:
        start, end, _ = hunk
        if groups and (start < groups[-1][1] or start == groups[-1][0]):
            first, last, my_hunks, their_hunks = groups[-1]
            groups[-1] = (first, max(last, end), my_hunks, their_hunks)
        else:
            groups.append((start, end, [], []))
        (groups[-1][3] if side else groups[-1][2]).append(hunk)
    return groups


def _apply(region: list[str], offset: int, hunks: list[Hunk]) -> list[str]:
    out: list[str] = []
    position = 0
    for start, end, lines in hunks:
        out.extend(region[position : start - offset])
        out.extend(lines)
        position = end - offset
    out.extend(region[position:])
    return out


def _union(first: list[str], second: list[str]) -> list[str]:
    """Both versions of the same lines: what they share once, what differs from each."""
    head = 0
    while head < min(len(first), len(second)) and first[head] == second[head]:
        head += 1
    tail = 0
    while tail < min(len(first), len(second)) - head and first[-1 - tail] == second[-1 - tail]:
        tail += 1
    middle_first = first[head : len(first) - tail]
    middle_second = second[head : len(second) - tail]
    gap = ["\n"] if middle_first and middle_first[-1].strip() else []
    return first[:head] + middle_first + gap + middle_second + first[len(first) - tail :]
