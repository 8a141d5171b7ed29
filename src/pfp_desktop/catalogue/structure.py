"""Cutting the source text into summit blocks and sessions, as the curation file declares them.

Every expectation is checked against the text: a moved anchor, a stray heading or an entry the
curation does not know stops the build with the line number.
"""

from __future__ import annotations

from dataclasses import dataclass

from pfp_desktop.catalogue.curation import BlockSpec, Curation
from pfp_desktop.catalogue.errors import CatalogueSourceError
from pfp_desktop.catalogue.source_text import RawEntry, SourceText, parse_entries

SINGLE_SESSION_LABEL = "PfP session"


@dataclass(frozen=True)
class SessionCut:
    summit: int
    label: str
    position: int
    intro: str  # verbatim session heading, or the block intro for a single session
    intro_line: int
    entries: tuple[RawEntry, ...]


@dataclass(frozen=True)
class BlockCut:
    spec: BlockSpec
    intro: str  # verbatim; for a headed block "heading\n\nintro"
    sessions: tuple[SessionCut, ...]


def _expect_start(source: SourceText, line: int, starts_with: str, what: str) -> None:
    found = source.line(line).text
    if not found.startswith(starts_with):
        raise CatalogueSourceError(
            f"expected {what} starting '{starts_with}', found '{found[:70]}'", line
        )


def check_anchors(source: SourceText, curation: Curation) -> None:
    """The blocks start where the curation says, and nowhere else."""
    pre = curation.preamble
    _expect_start(source, pre.heading_line, pre.heading, "the page heading")
    _expect_start(source, pre.line, pre.starts_with, "the page preamble")
    for block in curation.blocks:
        what = f"the PfP block of summit {block.summit}"
        _expect_start(source, block.anchor_line, block.starts_with, what)
    expected = {pre.line} | {b.intro_line for b in curation.blocks if b.intro_line == b.anchor_line}
    for line in source.anchor_lines():
        if line not in expected:
            text = source.line(line).text[:70]
            raise CatalogueSourceError(
                f"'{text}' reads like the intro of a PfP block (it mentions PfP, session or "
                "presentations) but the curation file declares no block here",
                line,
            )
    missing = expected - set(source.anchor_lines())
    if missing:
        raise CatalogueSourceError("a declared block intro no longer reads as one", min(missing))


def cut_blocks(source: SourceText, curation: Curation) -> list[BlockCut]:
    """Split the text into blocks and sessions, and each session into raw entries."""
    check_anchors(source, curation)
    blocks = sorted(curation.blocks, key=lambda b: b.anchor_line)
    ends = [b.anchor_line - 1 for b in blocks[1:]] + [len(source.lines)]
    return [_cut_block(source, block, end) for block, end in zip(blocks, ends, strict=True)]


def _between(source: SourceText, first: int, last: int, what: str) -> None:
    stray = source.non_blank(first, last)
    if stray:
        raise CatalogueSourceError(
            f"unexpected text {what}: '{stray[0].text[:60]}'", stray[0].number
        )


def _cut_block(source: SourceText, block: BlockSpec, end: int) -> BlockCut:
    intro = source.line(block.intro_line).text
    _between(source, block.anchor_line + 1, block.intro_line - 1, "between heading and intro")
    if block.anchor_line != block.intro_line:
        intro = f"{source.line(block.anchor_line).text}\n\n{intro}"
    if not block.sessions:
        entries = parse_entries(source.non_blank(block.intro_line + 1, end))
        session = SessionCut(
            block.summit,
            SINGLE_SESSION_LABEL,
            1,
            source.line(block.intro_line).text,
            block.intro_line,
            tuple(entries),
        )
        return BlockCut(block, intro, (session,))
    first_heading = block.sessions[0].heading_line
    _between(source, block.intro_line + 1, first_heading - 1, "before the first session heading")
    heads = [s.heading_line for s in block.sessions[1:]] + [end + 1]
    sessions = []
    for position, (spec, next_head) in enumerate(zip(block.sessions, heads, strict=True), 1):
        _expect_start(source, spec.heading_line, spec.heading, f"the heading of {spec.label}")
        entries = parse_entries(source.non_blank(spec.heading_line + 1, next_head - 1))
        sessions.append(
            SessionCut(
                block.summit, spec.label, position, spec.heading, spec.heading_line, tuple(entries)
            )
        )
    return BlockCut(block, intro, tuple(sessions))
