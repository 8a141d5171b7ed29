"""Reading the source text into numbered lines, and splitting it into raw entries.

This module only parses: it never decides what a block or an entry *means*. Every judgement
(which summit a block belongs to, what is a duplicate, what a typo should read) lives in the
curation file and is applied by ``builder``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pfp_desktop.catalogue.errors import CatalogueSourceError

BULLET_LABELS = {"Policy challenge": "policy_challenge", "Solution or approach": "solution"}
_BULLET = re.compile(r"^\s*\u2022\s*(?P<label>[^:]*?)\s*:\s*(?P<text>.*)$")
_NUMBERED = re.compile(r"^(?P<number>\d+)\.\s*(?P<text>\S.*)$")
# A non-bullet line with one of these words opens a PfP block (see seed-notes.md, 4.1).
BLOCK_ANCHOR = re.compile(r"\b(PfP|session|presentations)\b")


@dataclass(frozen=True)
class SourceLine:
    number: int  # 1-based
    text: str  # stripped of surrounding white space

    @property
    def is_bullet(self) -> bool:
        """Whether the line starts with a bullet (•)."""
        return self.text.startswith("\u2022")


@dataclass(frozen=True)
class Bullet:
    line: int
    field: str  # "policy_challenge" or "solution"
    text: str  # verbatim, label removed


@dataclass(frozen=True)
class RawEntry:
    """A title line, its optional partners line and its bullets, verbatim."""

    title_line: int
    title: str  # verbatim, numbering removed
    number: int | None  # "1." numbering of the 14th-Summit talks
    partners_line: int | None = None
    partners: str | None = None
    bullets: tuple[Bullet, ...] = field(default=())

    def bullet(self, field_name: str) -> Bullet | None:
        """The entry's bullet with this field, or None when the entry has none."""
        return next((b for b in self.bullets if b.field == field_name), None)


@dataclass(frozen=True)
class SourceText:
    name: str
    lines: tuple[SourceLine, ...]  # every line, blank ones included, index = number - 1
    raw: bytes

    def line(self, number: int) -> SourceLine:
        """Source line ``number`` (1-based); a CatalogueSourceError when out of range."""
        if not 1 <= number <= len(self.lines):
            raise CatalogueSourceError(
                f"the source text has only {len(self.lines)} lines", line=number
            )
        return self.lines[number - 1]

    def non_blank(self, first: int, last: int) -> list[SourceLine]:
        """Non-blank lines from ``first`` to ``last`` inclusive."""
        return [ln for ln in self.lines[first - 1 : last] if ln.text]

    def anchor_lines(self) -> list[int]:
        """Lines the block-anchor rule matches."""
        return [ln.number for ln in self.lines if not ln.is_bullet and BLOCK_ANCHOR.search(ln.text)]


def read_source(path: Path) -> SourceText:
    """Read the source text; a file that is not UTF-8 text is refused with a clear message."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogueSourceError(f"{path.name} is not UTF-8 text ({exc.reason})") from exc
    lines = tuple(SourceLine(i, t.strip()) for i, t in enumerate(text.splitlines(), start=1))
    return SourceText(name=path.name, lines=lines, raw=raw)


def parse_bullet(line: SourceLine) -> Bullet:
    """The field and value of a bullet line; a CatalogueSourceError for an unknown label."""
    match = _BULLET.match(line.text)
    label = match.group("label") if match else ""
    if match is None or label not in BULLET_LABELS:
        known = " or ".join(f"'{k}'" for k in BULLET_LABELS)
        raise CatalogueSourceError(
            f"unknown bullet label '{label or line.text[:40]}' (expected {known})", line.number
        )
    return Bullet(line.number, BULLET_LABELS[label], match.group("text"))


def parse_entries(lines: list[SourceLine]) -> list[RawEntry]:
    """Split the non-blank lines of one session into entries.

    An entry is a title, then a partners line when the next line is text followed by a
    bullet, then its bullets. A title followed directly by another title has neither.
    """
    entries: list[RawEntry] = []
    i = 0
    while i < len(lines):
        title = lines[i]
        if title.is_bullet:
            raise CatalogueSourceError("a bullet with no title above it", title.number)
        i += 1
        partners: SourceLine | None = None
        if i + 1 < len(lines) and not lines[i].is_bullet and lines[i + 1].is_bullet:
            partners = lines[i]
            i += 1
        bullets: list[Bullet] = []
        while i < len(lines) and lines[i].is_bullet:
            bullets.append(parse_bullet(lines[i]))
            i += 1
        entries.append(_entry(title, partners, bullets))
    return entries


def _entry(title: SourceLine, partners: SourceLine | None, bullets: list[Bullet]) -> RawEntry:
    fields = [b.field for b in bullets]
    for name in set(fields):
        if fields.count(name) > 1:
            dup = [b.line for b in bullets if b.field == name][1]
            raise CatalogueSourceError(f"a second '{name}' bullet in one entry", dup)
    numbered = _NUMBERED.match(title.text)
    return RawEntry(
        title_line=title.number,
        title=numbered.group("text") if numbered else title.text,
        number=int(numbered.group("number")) if numbered else None,
        partners_line=partners.number if partners else None,
        partners=partners.text if partners else None,
        bullets=tuple(bullets),
    )
