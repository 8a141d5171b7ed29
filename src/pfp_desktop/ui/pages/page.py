"""The detail pane's HTML basics, free of catalogue types: colours, internal links, escaping,
small fragments, and the page shown while the catalogue opens.

Everything here produces Qt's HTML4 subset (QTextBrowser), not browser HTML: no CSS boxes, no
border-radius, no line-height. Spacing comes from paragraph margins and table cellpadding.
Every piece of catalogue text goes through ``esc`` before it is placed in markup. Kept apart
from detail_html_parts so the window's first paint needs none of the domain models.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import quote, unquote

from pfp_desktop.locale import _, ngettext, number

SCHEME = "pfp"
LONG_TEXT_CUT = 20_000  # characters of one field a page shows before "Show all"
LABEL_CUT = 200  # characters of a title in a list, a link or the tree
# Qt lays out a paragraph whole, in time that grows with the square of its longest unbroken
# run (80,000 characters of one word: 0.9 s; 10 MB: hours), so long text goes in blocks.
BLOCK = 2_000
SHOW_ALL = "show-all"  # link kind of "Show all": handled by the detail view, in place
FULL_PAGE_MARK = "<!--pfp:full-page-->"  # between a cut page and its whole version
PAGE_PADDING = 12  # pixels between the pane's edges and the page


@dataclass(frozen=True)
class PageTheme:
    """The colours of one detail page, as hex strings such as "#1d232a"."""

    text: str
    muted: str  # secondary text: dates, provenance
    accent: str  # links and heading accents
    gcm_badge_bg: str
    gcm_badge_fg: str
    sdg_badge_bg: str
    sdg_badge_fg: str
    rule: str  # thin separators
    warning: str  # inferred attribution and flagged problems


# Contrast (WCAG 2) against a white base: text 15.6, muted 5.9, accent 6.3, warning 6.9,
# badges 9+. Against the dark base #1f2328: text 13.5, muted 6.5, accent 7.0, warning 7.6.
LIGHT_THEME = PageTheme(
    text="#1d232a",
    muted="#57606a",
    accent="#0a5cb8",
    gcm_badge_bg="#e3edfb",
    gcm_badge_fg="#123a72",
    sdg_badge_bg="#e2f3e6",
    sdg_badge_fg="#1b4d2b",
    rule="#d0d7de",
    warning="#9a4a00",
)


DARK_THEME = PageTheme(
    text="#e6edf3",
    muted="#a2acb6",
    accent="#79b8ff",
    gcm_badge_bg="#1d3557",
    gcm_badge_fg="#d6e6ff",
    sdg_badge_bg="#1c4630",
    sdg_badge_fg="#d2f4dc",
    rule="#3d444d",
    warning="#f0b36a",
)


def esc(text: str) -> str:
    """``text`` made safe for rich text: ``<script>`` and ``R&D`` display literally."""
    return html.escape(text, quote=True)


def link(kind: str, key: str | int) -> str:
    """The internal URL of a page, e.g. ``pfp:partner/Bosnia%20and%20Herzegovina``.

    Kinds: initiative, summit, session, partner, gcm, sdg, and originals (key "show" or "hide",
    the toggle of an initiative's original text). The key is fully percent-encoded, so a
    slash in "ICMPD/EU" cannot be mistaken for the one after the kind.
    """
    return f"{SCHEME}:{kind}/{quote(str(key), safe='')}"


def parse_link(url: str) -> tuple[str, str] | None:
    """``(kind, key)`` of an internal URL made by ``link``; None for any other URL.

    Accepts the encoded form and the form QUrl.toString() prints, which decodes spaces and
    accents but keeps ``%2F`` and ``%25`` encoded, so unquoting once gives the key back.
    """
    scheme, colon, rest = url.partition(":")
    kind, slash, key = rest.partition("/")
    if scheme != SCHEME or not colon or not slash or not kind or not key:
        return None
    return kind, unquote(key)


_COUNTS: dict[str, Callable[[int], str]] = {
    "initiative": lambda n: ngettext("{n} initiative", "{n} initiatives", n),
    "summit": lambda n: ngettext("{n} summit", "{n} summits", n),
    "partner": lambda n: ngettext("{n} partner", "{n} partners", n),
    "presented": lambda n: ngettext("{n} initiative presented", "{n} initiatives presented", n),
    "tagged": lambda n: ngettext("{n} initiative tagged", "{n} initiatives tagged", n),
    "applied": lambda n: ngettext("{n} correction applied", "{n} corrections applied", n),
    "correction": lambda n: ngettext("{n} correction", "{n} corrections", n),
    "note on the text": lambda n: ngettext("{n} note on the text", "{n} notes on the text", n),
}


def plural(count: int, noun: str) -> str:
    """'1 initiative', '3 initiatives', in the window's language: ``noun`` is a key of
    ``_COUNTS`` ("initiative", "presented" for "3 initiatives presented", ...)."""
    return _COUNTS[noun](count).format(n=count)


def span(text_html: str, color: str, extra_style: str = "") -> str:
    """Inline run of already-escaped HTML in ``color``."""
    return (
        f'<span style="color:{color}{"; " + extra_style if extra_style else ""}">{text_html}</span>'
    )


def anchor(href: str, text_html: str, color: str, title: str = "", underline: bool = True) -> str:
    """A link to ``href`` around already-escaped HTML; ``title`` (plain) becomes its tooltip."""
    decoration = "" if underline else "; text-decoration:none"
    tip = f' title="{esc(title)}"' if title else ""
    return f'<a href="{esc(href)}"{tip} style="color:{color}{decoration}">{text_html}</a>'


def para(inner_html: str, bottom: int = 8, top: int = 0, style: str = "") -> str:
    """A paragraph around already-escaped HTML; margins stand in for line-height, which
    Qt's rich text does not apply reliably."""
    extra = f"; {style}" if style else ""
    return f'<p style="margin-top:{top}px; margin-bottom:{bottom}px{extra}">{inner_html}</p>'


def text_paragraphs(text: str, theme: PageTheme, color: str = "") -> str:
    """Plain text as paragraphs: blank lines separate paragraphs, single newlines break lines.
    A paragraph longer than BLOCK is laid out as several, with no space between them."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    parts: list[str] = []
    for block in filter(None, blocks):
        chunks = pieces(block)
        for position, chunk in enumerate(chunks, 1):
            inner = span(esc(chunk).replace("\n", "<br/>"), color or theme.text)
            parts.append(para(inner, bottom=8 if position == len(chunks) else 0))
    return "".join(parts)


def heading(level: int, text_html: str, theme: PageTheme, top: int = 0, bottom: int = 4) -> str:
    """An h2 (page title) or h3 (group); the page's own margins instead of Qt's large ones."""
    if level == 2:
        style = f"margin-top:{top}px; margin-bottom:{bottom}px; color:{theme.text}"
    else:  # Qt's h3 is large; a group sits below its section label, so keep it body-sized.
        style = (
            f"margin-top:{top}px; margin-bottom:{bottom}px; font-size:medium; color:{theme.text}"
        )
    return f'<h{level} style="{style}">{text_html}</h{level}>'


def title_heading(text: str, theme: PageTheme) -> str:
    """A page title of plain text, in blocks of at most BLOCK characters when it is long."""
    chunks = pieces(text)
    return "".join(
        heading(2, esc(chunk), theme, bottom=4 if number == len(chunks) else 0)
        for number, chunk in enumerate(chunks, 1)
    )


def pieces(text: str, size: int = BLOCK) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters, each cut after a space
    when there is one in its second half (linear: each piece is searched once)."""
    found: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        space = text.rfind(" ", start + size // 2, end)
        end = space + 1 if space != -1 else end
        found.append(text[start:end])
        start = end
    found.append(text[start:])
    return found


def elided(text: str, limit: int = LABEL_CUT) -> str:
    """``text``, or its first ``limit`` characters and "…" when it is longer."""
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def show_all_link(total: int, theme: PageTheme) -> str:
    """The link under a cut field that shows the whole page (see FULL_PAGE_MARK)."""
    label = esc(_("Show all ({total} characters)").format(total=number(total)))
    return para(anchor(link(SHOW_ALL, "page"), label, theme.accent), top=2)


def cut_text(text: str, cut: int | None, theme: PageTheme) -> tuple[str, str]:
    """``text`` as far as a page shows it (all when ``cut`` is None), and the "Show all" link
    when that is not all of it."""
    if cut is None or len(text) <= cut:
        return text, ""
    return text[:cut] + "…", show_all_link(len(text), theme)


def with_full_page(cut_page: str, full_page: str) -> str:
    """A cut page that carries its whole version, for the detail view's "Show all"."""
    return cut_page + FULL_PAGE_MARK + full_page


def split_full_page(page_html: str) -> tuple[str, str | None]:
    """(the page to show, its whole version or None) of a page made by ``page`` or
    ``with_full_page``."""
    shown, mark, full = page_html.partition(FULL_PAGE_MARK)
    return (shown, full) if mark else (shown, None)


def section_label(text: str, theme: PageTheme) -> str:
    """A small capitalised label ('POLICY CHALLENGE') that opens a section of a page."""
    style = "text-transform:uppercase; letter-spacing:1px; font-size:small; font-weight:600"
    return para(span(esc(text), theme.muted, style), bottom=4, top=18)


def rule(theme: PageTheme) -> str:
    """A thin separator: a one-row table, because Qt does not colour <hr/> reliably."""
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:14px; '
        f'margin-bottom:8px"><tr><td style="background-color:{theme.rule}; '
        'font-size:1px">&nbsp;</td></tr></table>'
    )


def quote_block(text: str, theme: PageTheme) -> str:
    """Official wording set apart by an accent bar at its left."""
    body = "<br/>".join(esc(line) for line in text.splitlines() if line.strip())
    return (
        '<table cellspacing="0" cellpadding="0" style="margin-top:4px; margin-bottom:10px">'
        f'<tr><td width="3" style="background-color:{theme.accent}"></td>'
        f'<td style="padding-left:12px; padding-top:2px; padding-bottom:2px">'
        f"{span(body, theme.text, 'font-style:italic')}</td></tr></table>"
    )


def page(theme: PageTheme, parts: Iterable[str]) -> str:
    """The whole document; no font-size here, so text follows the widget's font.

    Qt ignores body margins: the room between the pane's edges and the page is the view's
    document margin (PAGE_PADDING, see DetailView), not a one-cell table around the page, which
    Qt lays out whole and more than once (the start page: 27 ms against 17 ms; a 2 MB page:
    1.7 s against 0.1 s).
    """
    return f'<html><body style="color:{theme.text}">{"".join(parts)}</body></html>'


def loading_html(theme: PageTheme) -> str:
    """Shown for the instant between the window's first paint and the catalogue opening."""
    parts = [
        heading(2, "PfP Desktop", theme),
        para(span(esc(_("Opening the catalogue…")), theme.muted)),
    ]
    return page(theme, parts)
