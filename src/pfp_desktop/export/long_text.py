"""Text of any length as paragraphs of a bounded size, so that laying it out takes time in
proportion to its length.

reportlab lays a paragraph out whole: it breaks every line of it (taking its words one by one
from the front of a list, itself a cost in proportion to the words left), and when the
paragraph does not fit the page it splits off what fits and breaks the rest again, page after
page. A note of 50,000 lines was one Markdown paragraph (a single newline breaks the line), so
each page cost as much as all the pages after it: 8,000 lines took 30 s, 50,000 never ended.

So long text is cut into pieces of at most ``PIECE_LINES`` lines and about ``PIECE_CHARS``
characters, one paragraph each, with no space between them: where a piece ends at a line break
the page looks exactly as one paragraph would. A single line longer than a piece (a pasted
page without a newline, a pathological title) is cut at a space, so a line ends early there
once every few thousand characters; nothing is left out.

Text that is only referred to (a title in the contents, the outline or a related-initiative
line) is cut to ``REFERENCE_CHARS`` with an ellipsis instead: the full text is on its own page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle

from pfp_desktop.export.flowables import PackParagraph
from pfp_desktop.export.runs import Looks, Run

PIECE_LINES = 10
PIECE_CHARS = 6_000
REFERENCE_CHARS = 300
_ELLIPSIS = "…"

Line = list[Run]  # the runs of one line; a line after the first starts with its break, "\n"


def paragraphs(
    looks: Looks, runs: Sequence[Run], style: ParagraphStyle, bullet: str | None = None
) -> list[PackParagraph]:
    """``runs`` in ``style`` as one paragraph, or several that look like one when long."""
    pieces = bounded_pieces(runs)
    if len(pieces) == 1:
        return [looks.paragraph(pieces[0], style, bullet=bullet)]
    first = looks.derived(style, "piece-first", spaceAfter=0)
    middle = looks.derived(style, "piece-middle", spaceBefore=0, spaceAfter=0)
    last = looks.derived(style, "piece-last", spaceBefore=0)
    made = [looks.paragraph(pieces[0], first, bullet=bullet)]
    made += [looks.paragraph(piece, middle) for piece in pieces[1:-1]]
    made.append(looks.paragraph(pieces[-1], last))
    return made


def bounded_pieces(runs: Sequence[Run]) -> list[list[Run]]:
    """``runs`` cut into pieces of at most PIECE_LINES lines and about PIECE_CHARS characters,
    each piece a paragraph's runs; cut where a line breaks, or at a space in a line too long."""
    pieces: list[list[Run]] = []
    piece: list[Run] = []
    lines = chars = 0
    for line in _lines(runs):
        for number, part in enumerate(_parts(line)):
            size = sum(len(run.text) for run in part)
            if piece and (number or lines >= PIECE_LINES or chars + size > PIECE_CHARS):
                pieces.append(piece)
                piece, lines, chars = [], 0, 0
                part = _without_break(part)  # a new paragraph starts a new line anyway
            piece += part
            lines, chars = lines + 1, chars + size
    if piece or not pieces:  # not a piece of nothing after an empty last line
        pieces.append(piece)
    return pieces


def _lines(runs: Sequence[Run]) -> Iterator[Line]:
    """The lines of ``runs``: each after the first starts with a Run("\\n") in its look."""
    line: Line = []
    for run in runs:
        texts = run.text.replace("\r\n", "\n").split("\n")
        for number, text in enumerate(texts):
            if number:
                yield line
                line = [replace(run, text="\n")]
            if text:
                line.append(replace(run, text=text) if len(texts) > 1 else run)
    yield line


def _parts(line: Line) -> Iterator[Line]:
    """``line`` whole, or cut at spaces into parts of at most PIECE_CHARS characters."""
    if sum(len(run.text) for run in line) <= PIECE_CHARS:
        yield line
        return
    part: Line = []
    size = 0
    for run in line:
        start = 0
        while size + len(run.text) - start > PIECE_CHARS:
            cut = _cut(run.text, start, start + PIECE_CHARS - size, whole_part=not part)
            if cut > start:
                part.append(replace(run, text=run.text[start:cut]))
            yield part
            part, size, start = [], 0, cut
        part.append(replace(run, text=run.text[start:]) if start else run)
        size += len(run.text) - start
    yield part


def _cut(text: str, start: int, limit: int, whole_part: bool) -> int:
    """Where to cut ``text[start:]`` at most at ``limit``: the last space, else (a word longer
    than a part) ``limit`` itself, or ``start`` when a part already holds text and can end."""
    space = text.rfind(" ", start + 1, limit)
    if space > start:
        return space
    return limit if whole_part else start


def _without_break(part: Line) -> Line:
    return part[1:] if part and part[0].text == "\n" else part


def reference(text: str, limit: int = REFERENCE_CHARS) -> str:
    """``text`` for a place that refers to it: cut at a space before ``limit`` characters
    with an ellipsis when longer, so that a contents line or a bookmark stays a line."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[: cut if cut > 0 else limit].rstrip() + _ELLIPSIS
