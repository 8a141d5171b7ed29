"""A note's Markdown as paragraphs.

markdown-it-py parses the note into tokens (never regexes); only the markup built here from
those tokens reaches reportlab, and every piece of the note's text is escaped on the way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.platypus import Flowable

from pfp_desktop.export.escaping import esc
from pfp_desktop.export.flowables import PackParagraph
from pfp_desktop.export.styles import CODE_BG, MUTED, PackStyles, derive_style, hex_colour

_LIST_INDENT = 14.0
_MUTED_HEX = hex_colour(MUTED)
_CODE_HEX = hex_colour(CODE_BG)

# CommonMark without raw HTML: "<script>" in a note is text. Entities are not decoded either,
# so "AT&T;" or "&copy;" print exactly as typed. A single newline breaks the line, as in
# the note editor a delegate types into.
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "breaks": True}).disable("entity")


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
                self._paragraph(inline_markup(token.children or []), heading=self.in_heading)
            elif kind in ("fence", "code_block"):
                self._code(token.content)
            elif kind == "hr":
                self._paragraph("\u2014\u2002\u2014\u2002\u2014", heading=False)

    def _paragraph(self, markup: str, heading: bool) -> None:
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
        derived = derive_style(style, f"note-{len(self.flowables)}", **changes)
        self.flowables.append(PackParagraph(markup or "&nbsp;", derived, bulletText=bullet))

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
        lines = [escape(line).replace(" ", "&nbsp;") for line in content.rstrip("\n").split("\n")]
        self.flowables.append(PackParagraph("<br/>".join(lines), self.styles.note_code))


def markdown_flowables(text: str, styles: PackStyles) -> list[Flowable]:
    """A note's Markdown as paragraphs: emphasis, lists (nested, numbered), quotes, code."""
    renderer = _Renderer(styles)
    renderer.feed(_MARKDOWN.parse(text))
    return renderer.flowables


_INLINE_TAGS = {
    "em_open": "<i>",
    "em_close": "</i>",
    "strong_open": "<b>",
    "strong_close": "</b>",
    "s_open": "<strike>",
    "s_close": "</strike>",
    "softbreak": "<br/>",
    "hardbreak": "<br/>",
}


def inline_markup(children: Sequence[Token]) -> str:
    """Inline tokens as paragraph markup. Links print their text and then the address, since
    paper cannot be clicked and the app never opens remote pages."""
    parts: list[str] = []
    href_stack: list[str] = []
    for token in children:
        if token.type in _INLINE_TAGS:
            parts.append(_INLINE_TAGS[token.type])
        elif token.type == "code_inline":
            parts.append(f'<font backColor="{_CODE_HEX}">{escape(token.content)}</font>')
        elif token.type == "link_open":
            href_stack.append(str(token.attrs.get("href", "")))
        elif token.type == "link_close":
            parts.append(_link_suffix(href_stack.pop(), parts))
        elif token.type == "image":
            parts.append(escape(f"[{token.content}]"))
        else:  # text, and anything markdown-it may add later, printed literally
            parts.append(escape(token.content))
    return "".join(parts)


def _link_suffix(href: str, parts: list[str]) -> str:
    if not href or (parts and parts[-1] == escape(href)):
        return ""  # an autolink <https://…> already printed its address
    return f' <font color="{_MUTED_HEX}">({escape(href)})</font>'


__all__ = ["esc", "inline_markup", "markdown_flowables"]
