"""A note's Markdown as paragraphs.

markdown-it-py parses the note into tokens (never regexes); the paragraphs are made from those
tokens as runs of text (see runs.py), which reportlab never parses as markup, so a note's text
prints exactly as typed. Code blocks, rare, are markup, escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.platypus import Flowable

from pfp_desktop.export.escaping import esc
from pfp_desktop.export.labels import label
from pfp_desktop.export.long_text import paragraphs
from pfp_desktop.export.runs import Run
from pfp_desktop.export.styles import CODE_BG, MUTED, PackStyles, hex_colour

_LIST_INDENT = 14.0
_MUTED_LOOK = f'<font color="{hex_colour(MUTED)}">{{}}</font>'
_CODE_LOOK = f'<font backColor="{hex_colour(CODE_BG)}">{{}}</font>'


class _PaperMarkdown(MarkdownIt):
    """Every address is valid: markdown-it refuses file:, data: or javascript: ones, so
    "![x](file:///etc/passwd)" printed as typed while "![x](http://…)" printed as an image.
    Paper loads and opens nothing: an image prints its description, a link its address."""

    def validateLink(self, url: str) -> bool:  # noqa: N802 - markdown-it's name
        return True


# CommonMark without raw HTML: "<script>" in a note is text. Entities are not decoded either,
# so "AT&T;" or "&copy;" print exactly as typed. A single newline breaks the line, as in
# the note editor a delegate types into.
_MARKDOWN = _PaperMarkdown("commonmark", {"html": False, "breaks": True}).disable("entity")


@dataclass
class _ListState:
    ordered: bool
    number: int
    bullet_pending: bool = False


@dataclass
class _Renderer:
    """Walks markdown-it's block tokens, keeping the list and quote nesting."""

    styles: PackStyles
    flowables: list[Flowable] = field(default_factory=list)
    lists: list[_ListState] = field(default_factory=list)
    quote_depth: int = 0
    in_heading: bool = False

    def feed(self, tokens: Sequence[Token]) -> None:
        for token in tokens:
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                start = int(str(token.attrs.get("start", 1)))
                self.lists.append(_ListState(kind == "ordered_list_open", start))
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                self.lists[-1].bullet_pending = True
            elif kind in ("blockquote_open", "blockquote_close"):
                self.quote_depth += 1 if kind == "blockquote_open" else -1
            elif kind in ("heading_open", "heading_close"):
                self.in_heading = kind == "heading_open"
            elif kind == "inline":
                self._paragraph(inline_runs(token.children or []), heading=self.in_heading)
            elif kind in ("fence", "code_block"):
                self._code(token.content)
            elif kind == "hr":
                self._paragraph([Run("\u2014\u2002\u2014\u2002\u2014")], heading=False)

    def _paragraph(self, runs: list[Run], heading: bool) -> None:
        indent = _LIST_INDENT * len(self.lists) + _LIST_INDENT * self.quote_depth
        style = self.styles.note_body
        changes: dict[str, object] = {"leftIndent": style.leftIndent + indent}
        if heading:
            changes["fontName"] = self.styles.fonts.bold
        if self.quote_depth:
            changes["textColor"] = MUTED
        bullet = self._take_bullet()
        if bullet is not None:
            changes["bulletIndent"] = style.leftIndent + indent - _LIST_INDENT + 2
        looks = self.styles.looks
        derived = looks.derived(style, f"note-{len(self.flowables)}", **changes)
        self.flowables += paragraphs(looks, runs or [Run("\xa0")], derived, bullet=bullet)

    def _take_bullet(self) -> str | None:
        if not self.lists or not self.lists[-1].bullet_pending:
            return None
        current = self.lists[-1]
        current.bullet_pending = False
        if not current.ordered:
            return "•" if len(self.lists) % 2 else "◦"
        current.number += 1
        return f"{current.number - 1}."

    def _code(self, content: str) -> None:
        # Non-breaking spaces keep the indentation of code; Paragraph would collapse it.
        text = content.rstrip("\n").replace(" ", "\xa0")
        self.flowables += paragraphs(self.styles.looks, [Run(text)], self.styles.note_code)


def markdown_flowables(text: str, styles: PackStyles) -> list[Flowable]:
    """A note's Markdown as paragraphs: emphasis, lists (nested, numbered), quotes, code."""
    renderer = _Renderer(styles)
    renderer.feed(_MARKDOWN.parse(text))
    return renderer.flowables


_EMPHASIS = {"em": ("<i>", "</i>"), "strong": ("<b>", "</b>"), "s": ("<strike>", "</strike>")}


def inline_runs(children: Sequence[Token]) -> list[Run]:
    """Inline tokens as runs of text. Links print their text and then the address, since paper
    cannot be clicked and the app never opens remote pages."""
    runs: list[Run] = []
    opened: list[str] = []  # the emphasis open at this point, outermost first
    hrefs: list[str] = []
    for token in children:
        kind = token.type
        if kind.endswith(("_open", "_close")) and kind.rsplit("_", 1)[0] in _EMPHASIS:
            _emphasis(opened, kind)
        elif kind in ("softbreak", "hardbreak"):
            runs.append(Run("\n"))
        elif kind == "code_inline":
            runs.append(Run(token.content, _look(opened, _CODE_LOOK)))
        elif kind == "link_open":
            hrefs.append(str(token.attrs.get("href", "")))
        elif kind == "link_close":
            runs += _link_suffix(hrefs.pop(), runs)
        elif kind == "image":  # never loaded, whatever its address: its words in brackets
            runs.append(Run(_image(token.content), _look(opened)))
        else:  # text, and anything markdown-it may add later, printed literally
            runs.append(Run(token.content, _look(opened)))
    return runs


def _image(alt: str) -> str:
    return f"[{label('image', alt=alt)}]" if alt.strip() else f"[{label('image_no_alt')}]"


def _emphasis(opened: list[str], kind: str) -> None:
    name, action = kind.rsplit("_", 1)
    if action == "open":
        opened.append(name)
    else:  # markdown-it nests emphasis properly: the one closing is the last opened
        opened.pop()


def _look(opened: list[str], inner: str = "{}") -> str:
    """The look of text inside ``opened`` emphasis: "<b><i>{}</i></b>"."""
    starts = "".join(_EMPHASIS[name][0] for name in opened)
    ends = "".join(_EMPHASIS[name][1] for name in reversed(opened))
    return starts + inner + ends


def _link_suffix(href: str, runs: list[Run]) -> list[Run]:
    if not href or (runs and runs[-1].text == href):
        return []  # an autolink <https://…> already printed its address
    return [Run(" "), Run(f"({href})", _MUTED_LOOK)]


__all__ = ["esc", "inline_runs", "markdown_flowables"]
