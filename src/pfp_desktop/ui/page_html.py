"""The detail pane's HTML basics, free of catalogue types: colours, internal links, escaping,
small fragments, and the page shown while the catalogue opens.

Everything here produces Qt's HTML4 subset (QTextBrowser), not browser HTML: no CSS boxes, no
border-radius, no line-height. Spacing comes from paragraph margins and table cellpadding.
Every piece of catalogue text goes through ``esc`` before it is placed in markup. Kept apart
from detail_html_parts so the window's first paint needs none of the domain models.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, unquote

SCHEME = "pfp"


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


def plural(count: int, noun: str) -> str:
    """'1 initiative', '3 initiatives'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


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
    """Plain text as paragraphs: blank lines separate paragraphs, single newlines break lines."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        para(span("<br/>".join(esc(line) for line in block.split("\n")), color or theme.text))
        for block in blocks
        if block
    )


def heading(level: int, text_html: str, theme: PageTheme, top: int = 0) -> str:
    """An h2 (page title) or h3 (group); the page's own margins instead of Qt's large ones."""
    if level == 2:
        style = f"margin-top:{top}px; margin-bottom:4px; color:{theme.text}"
    else:  # Qt's h3 is large; a group sits below its section label, so keep it body-sized.
        style = f"margin-top:{top}px; margin-bottom:4px; font-size:medium; color:{theme.text}"
    return f'<h{level} style="{style}">{text_html}</h{level}>'


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

    Qt ignores body margins, so a one-cell table gives the page room from the pane's edges.
    """
    return (
        f'<html><body style="color:{theme.text}">'
        '<table width="100%" cellspacing="0" cellpadding="12"><tr><td>'
        f"{''.join(parts)}</td></tr></table></body></html>"
    )


def loading_html(theme: PageTheme) -> str:
    """Shown for the instant between the window's first paint and the catalogue opening."""
    parts = [
        heading(2, "PfP Desktop", theme),
        para(span("Opening the catalogue…", theme.muted)),
    ]
    return page(theme, parts)
