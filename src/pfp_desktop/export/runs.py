"""Paragraphs made from runs of text, each in a look, instead of from markup to parse.

reportlab reads paragraph markup with an HTML parser: a third of the cost of a short paragraph,
and more than half of an index line of links. The pack knows the structure of what it prints,
so it says it directly: each run is plain text in a look, a bit of markup such as "<b>{}</b>"
that is parsed once per style, and the paragraph is made of copies of those fragments. Text on
this path never meets a parser, so it needs no escaping.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paraparser import ParaParser

from pfp_desktop.export.flowables import PackParagraph, merged_fragments

PLAIN = "{}"
BOLD = "<b>{}</b>"
_SPACES = re.compile(r"[^\S\xa0]+")  # whitespace, all but the no-break space


@dataclass(frozen=True)
class Run:
    """Plain text (a newline breaks the line) in a look: markup around "{}", which stands for
    the text. ``link`` is the key of the anchor the run links to, if any."""

    text: str
    look: str = PLAIN
    link: str = ""


class Looks:
    """The fragments parsed for each style and look so far, and styles derived from styles:
    one per export, so that every paragraph of a kind reuses the same few."""

    def __init__(self) -> None:
        self._fragments: dict[tuple[ParagraphStyle, str], tuple[Any, Any]] = {}
        self._derived: dict[tuple[ParagraphStyle, frozenset[tuple[str, Any]]], ParagraphStyle] = {}

    def paragraph(
        self, runs: Sequence[Run], style: ParagraphStyle, bullet: str | None = None
    ) -> PackParagraph:
        """A paragraph of ``runs`` in ``style``, laid out as if its markup had been parsed."""
        text = "".join(run.text for run in runs)
        return PackParagraph(text, style, bulletText=bullet, frags=self.fragments(runs, style))

    def fragments(self, runs: Sequence[Run], style: ParagraphStyle) -> list[Any]:
        """reportlab's fragments for ``runs``: copies of each look's, with the runs' text."""
        frags: list[Any] = []
        links = 0
        for run in runs:
            text_frag, break_frag = self._look(style, run.look)
            link = [(links, "#" + run.link)] if run.link else []
            links += bool(run.link)
            for number, line in enumerate(run.text.replace("\r\n", "\n").split("\n")):
                if number:
                    frags.append(break_frag.clone())
                frags.append(text_frag.clone(text=line, link=list(link)))
        return merged_fragments(_cleaned(frags))

    def derived(self, style: ParagraphStyle, name: str, **changes: Any) -> ParagraphStyle:
        """``style`` with ``changes``, made once per export for the same changes."""
        key = (style, frozenset(changes.items()))
        if key not in self._derived:
            self._derived[key] = ParagraphStyle(f"pfp-{name}", parent=style, **changes)
        return self._derived[key]

    def _look(self, style: ParagraphStyle, look: str) -> tuple[Any, Any]:
        """The fragment of a text and of a line break in ``look``, parsed once."""
        key = (style, look)
        if key not in self._fragments:
            _, frags, _ = ParaParser().parse(look.format("x<br/>x"), style)
            if frags is None or len(frags) != 3:
                raise ValueError(f"A look must wrap its text in plain tags: {look!r}")
            self._fragments[key] = (frags[0], frags[1])
        return self._fragments[key]


def _cleaned(frags: list[Any]) -> list[Any]:
    """Whitespace as reportlab's clean-up of markup leaves it: each run of it one space (but
    the no-break space kept), none at the start or the end; fragments left empty dropped."""
    for frag in frags:
        frag.text = _SPACES.sub(" ", frag.text)
    if frags:
        frags[0].text = frags[0].text.lstrip(" ")
        frags[-1].text = frags[-1].text.rstrip(" ")
    return [frag for frag in frags if frag.text or getattr(frag, "lineBreak", False)]
