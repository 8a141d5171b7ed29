"""Building blocks of the detail pane's rich text: theme, links, escaping and small fragments.

Everything here produces Qt's HTML4 subset (QTextBrowser), not browser HTML: no CSS boxes, no
border-radius, no line-height. Spacing comes from paragraph margins and table cellpadding.
Every piece of catalogue text goes through ``esc`` before it is placed in markup.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

from pfp_desktop.domain.models import (
    Attribution,
    Correction,
    InitiativeSummary,
    Provenance,
    SourceFlag,
    Summit,
)
from pfp_desktop.domain.text import summit_ordinal

SCHEME = "pfp"

# English month names, not strftime("%B"): the page must not change with the system locale.


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


def summit_title(summit: Summit) -> str:
    """'11th Summit · Marrakesh 2018' (plain text, not escaped)."""
    return summit.title


def summit_dates(summit: Summit) -> str:
    """'5–7 December 2018', '29 November – 2 December 2011' (plain text)."""
    return summit.dates


def summit_place(summit: Summit) -> str:
    """'Marrakesh, Morocco', or 'Online, hosted by United Arab Emirates' (plain text)."""
    return summit.place


def summit_name(number: int, summits: Mapping[int, Summit]) -> str:
    """The summit's title, or just '9th Summit' when the mapping lacks it (plain text)."""
    summit = summits.get(number)
    return summit_title(summit) if summit else f"{summit_ordinal(number)} Summit"


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


def attribution_html(attribution: Attribution, evidence: str, theme: PageTheme) -> str:
    """How sure the summit of a block is; an inference is spelt out in the warning colour."""
    if attribution is Attribution.INFERRED:
        return para(span(esc(f"Attribution inferred: {evidence}"), theme.warning), bottom=4)
    if attribution is Attribution.STRONG:
        text = "Summit attribution confirmed by an outside source."
        if evidence:
            text += f" {evidence}"
        return para(span(esc(text), theme.muted), bottom=4)
    return para(span(esc("Summit named in the source."), theme.muted), bottom=4)


def correction_line(correction: Correction) -> str:
    """'line 34: ‘TThe dialogue’ → ‘The dialogue’ — Doubled letter.' (plain text)."""
    text = f"line {correction.line}: ‘{correction.original}’ → ‘{correction.corrected}’"
    return f"{text} — {correction.reason}" if correction.reason else text


def flags_html(flags: Sequence[SourceFlag], theme: PageTheme) -> str:
    """Each known problem of the source text, in the warning colour."""
    return "".join(
        para(span(esc(f"Note on line {flag.line}: {flag.note}"), theme.warning), bottom=4)
        for flag in flags
    )


def initiative_link(initiative_id: str, title: str, theme: PageTheme) -> str:
    """A link to an initiative's page, not underlined: lists of them read better plain."""
    return anchor(link("initiative", initiative_id), esc(title), theme.accent, underline=False)


def initiative_links(items: Sequence[InitiativeSummary], theme: PageTheme) -> str:
    """A bulleted list of initiatives, each a link to its page."""
    rows = "".join(
        f'<li style="margin-bottom:4px">{initiative_link(item.id, item.title, theme)}</li>'
        for item in items
    )
    return bullet_list(rows)


def bullet_list(rows_html: str, bottom: int = 10) -> str:
    """A bulleted list of ready-made <li> rows; nothing when there are none."""
    style = f"margin-top:0; margin-bottom:{bottom}px"
    return f'<ul style="{style}">{rows_html}</ul>' if rows_html else ""


def by_summit_html(
    items: Sequence[InitiativeSummary], summits: Mapping[int, Summit], theme: PageTheme
) -> str:
    """Initiatives grouped under their summit (newest first), each summit a linked h3."""
    numbers = sorted({item.summit_number for item in items}, reverse=True)
    parts: list[str] = []
    for number in numbers:
        name = esc(summit_name(number, summits))
        title = anchor(link("summit", number), name, theme.accent, underline=False)
        parts.append(heading(3, title, theme, top=8))
        parts.append(initiative_links([i for i in items if i.summit_number == number], theme))
    return "".join(parts)


def badge_box(badge_html: str, background: str) -> str:
    """A badge: a one-cell table, because a cell is the only box Qt pads and colours."""
    return (
        '<table cellspacing="0" cellpadding="3"><tr>'
        f'<td style="background-color:{background}">{badge_html}</td></tr></table>'
    )


def badge_table(rows: Sequence[tuple[str, str, str]]) -> str:
    """Rows of (badge HTML, badge background, note HTML): a short badge with its note beside.

    Each badge sits in its own table so that its background hugs the text even when the note
    beside it wraps onto several lines.
    """
    cells = "".join(
        f'<tr><td valign="top" style="padding-bottom:6px">{badge_box(badge, background)}</td>'
        '<td valign="top" style="padding-left:10px; padding-top:3px; padding-bottom:6px">'
        f"{note}</td></tr>"
        for badge, background, note in rows
    )
    return f'<table cellspacing="0" cellpadding="0">{cells}</table>'


def badge_stack(rows: Sequence[tuple[str, str, str]]) -> str:
    """Rows of (badge HTML, badge background, note HTML): a long badge with its note below,
    which stays readable however narrow the pane."""
    # One cell per entry: its bottom padding is what separates the entries (Qt drops a
    # paragraph's bottom margin before a table), and margin-left lines the note up with the text.
    cells = "".join(
        f'<tr><td style="padding-bottom:8px">{badge_box(badge, background)}'
        f"{para(note, bottom=0, top=2, style='margin-left:3px')}</td></tr>"
        for badge, background, note in rows
    )
    return f'<table cellspacing="0" cellpadding="0">{cells}</table>'


def _corrections_html(corrections: Sequence[Correction], theme: PageTheme, shown: bool) -> str:
    if not corrections:
        return ""
    count = esc(plural(len(corrections), "correction") + " applied")
    if not shown:
        toggle = anchor(link("originals", "show"), "show original text", theme.accent)
        return para(span(f"{count} · ", theme.muted) + toggle, bottom=4)
    toggle = anchor(link("originals", "hide"), "hide original text", theme.accent)
    lines = "".join(
        f'<li style="margin-bottom:2px">{span(esc(correction_line(c)), theme.muted)}</li>'
        for c in corrections
    )
    return (
        para(span(f"{count}:", theme.muted), bottom=2)
        + bullet_list(lines, bottom=4)
        + para(toggle, bottom=4)
    )


def provenance_html(provenance: Provenance, theme: PageTheme, show_originals: bool) -> str:
    """Where the words came from, in small type below a rule: source lines, attribution,
    corrections (each with its original when ``show_originals``) and flagged problems."""
    lines = ", ".join(str(n) for n in provenance.lines)
    where = f", line {lines}" if len(provenance.lines) == 1 else f", lines {lines}"
    source = f"Source: {provenance.source_name}{where if lines else ''}."
    body = (
        para(span(esc(source), theme.muted), bottom=4)
        + attribution_html(provenance.attribution, provenance.attribution_evidence, theme)
        + _corrections_html(provenance.corrections, theme, show_originals)
        + flags_html(provenance.flags, theme)
    )
    return rule(theme) + f'<div style="font-size:small">{body}</div>'
