"""Building blocks of the detail pane's rich text that know the catalogue: summits,
attribution, flags, initiative links, provenance (the generic ones are in page_html)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pfp_desktop import locale
from pfp_desktop.domain.models import (
    Attribution,
    Correction,
    Initiative,
    InitiativeSummary,
    Provenance,
    SourceFlag,
    Summit,
)
from pfp_desktop.locale import N_, _
from pfp_desktop.ui.pages.page import (
    PageTheme,
    anchor,
    elided,
    esc,
    heading,
    link,
    para,
    plural,
    rule,
    section_label,
    span,
)


def summit_title(summit: Summit) -> str:
    """'11th Summit · Marrakesh 2018' (plain text, not escaped), in the window's language."""
    return locale.summit_title(summit.number, summit)


def summit_dates(summit: Summit) -> str:
    """'5–7 December 2018', '5–7 décembre 2018' (plain text)."""
    return locale.summit_dates(summit)


def summit_place(summit: Summit) -> str:
    """'Marrakesh, Morocco', or 'Online, hosted by United Arab Emirates' (plain text)."""
    return locale.summit_place(summit)


def summit_name(number: int, summits: Mapping[int, Summit]) -> str:
    """The summit's title, or just '9th Summit' when the mapping lacks it (plain text)."""
    summit = summits.get(number)
    return locale.summit_title(number, summit)


def attribution_html(attribution: Attribution, evidence: str, theme: PageTheme) -> str:
    """How sure the summit of a block is; an inference is spelt out in the warning colour."""
    if attribution is Attribution.INFERRED:
        inferred = _("Attribution inferred: {evidence}").format(evidence=evidence)
        return para(span(esc(inferred), theme.warning), bottom=4)
    if attribution is Attribution.STRONG:
        text = _("Summit attribution confirmed by an outside source.")
        if evidence:
            text += f" {evidence}"
        return para(span(esc(text), theme.muted), bottom=4)
    return para(span(esc(_("Summit named in the source.")), theme.muted), bottom=4)


def correction_line(correction: Correction) -> str:
    """'line 34: ‘TThe dialogue’ → ‘The dialogue’ — Doubled letter.' (plain text)."""
    text = _("line {line}: ‘{original}’ → ‘{corrected}’").format(
        line=correction.line, original=correction.original, corrected=correction.corrected
    )
    return f"{text} — {correction.reason}" if correction.reason else text


def flags_html(flags: Sequence[SourceFlag], theme: PageTheme) -> str:
    """Each known problem of the source text, in the warning colour."""
    return "".join(
        para(
            span(
                esc(_("Note on line {line}: {note}").format(line=flag.line, note=flag.note)),
                theme.warning,
            ),
            bottom=4,
        )
        for flag in flags
    )


def initiative_link(initiative_id: str, title: str, theme: PageTheme) -> str:
    """A link to an initiative's page, not underlined: lists of them read better plain."""
    label = esc(elided(title))
    return anchor(link("initiative", initiative_id), label, theme.accent, underline=False)


def initiative_links(
    items: Sequence[InitiativeSummary], theme: PageTheme, notes: Mapping[str, str] | None = None
) -> str:
    """A bulleted list of initiatives, each a link to its page, with a muted note after the
    ones ``notes`` holds (by id)."""
    notes = notes or {}
    rows = "".join(
        f'<li style="margin-bottom:4px">{initiative_link(item.id, item.title, theme)}'
        f"{span(esc(' · ' + notes[item.id]), theme.muted) if item.id in notes else ''}</li>"
        for item in items
    )
    return bullet_list(rows)


def bullet_list(rows_html: str, bottom: int = 10) -> str:
    """A bulleted list of ready-made <li> rows; nothing when there are none."""
    style = f"margin-top:0; margin-bottom:{bottom}px"
    return f'<ul style="{style}">{rows_html}</ul>' if rows_html else ""


def by_summit_html(
    items: Sequence[InitiativeSummary],
    summits: Mapping[int, Summit],
    theme: PageTheme,
    notes: Mapping[str, str] | None = None,
) -> str:
    """Initiatives grouped under their summit (newest first), each summit a linked h3."""
    numbers = sorted({item.summit_number for item in items}, reverse=True)
    parts: list[str] = []
    for number in numbers:
        name = esc(summit_name(number, summits))
        title = anchor(link("summit", number), name, theme.accent, underline=False)
        parts.append(heading(3, title, theme, top=8))
        same = [i for i in items if i.summit_number == number]
        parts.append(initiative_links(same, theme, notes))
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
    count = esc(plural(len(corrections), "applied"))
    if not shown:
        toggle = anchor(link("originals", "show"), esc(_("show original text")), theme.accent)
        return para(span(f"{count} · ", theme.muted) + toggle, bottom=4)
    toggle = anchor(link("originals", "hide"), esc(_("hide original text")), theme.accent)
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
    """Where the words came from, quietly, below a rule: one short "Source" line with a link
    that opens (``show_originals``) the full evidence: source lines, how the summit was
    attributed, corrections with their original wording, and flagged problems."""
    if not show_originals:
        evidence = esc(_("evidence and original wording"))
        toggle = anchor(link("originals", "show"), evidence, theme.accent)
        return rule(theme) + para(
            span(esc(_source_summary(provenance)) + " · ", theme.muted) + toggle,
            style="font-size:small",
        )
    lines = ", ".join(str(n) for n in provenance.lines)
    if not lines:
        source = _("Source: {name}.").format(name=provenance.source_name)
    elif len(provenance.lines) == 1:
        source = _("Source: {name}, line {lines}.").format(name=provenance.source_name, lines=lines)
    else:
        source = _("Source: {name}, lines {lines}.").format(
            name=provenance.source_name, lines=lines
        )
    toggle = anchor(link("originals", "hide"), esc(_("hide the evidence")), theme.accent)
    body = (
        para(span(esc(source) + " · ", theme.muted) + toggle, bottom=4)
        + attribution_html(provenance.attribution, provenance.attribution_evidence, theme)
        + _corrections_html(provenance.corrections, theme, show_originals)
        + flags_html(provenance.flags, theme)
    )
    return rule(theme) + f'<div style="font-size:small">{body}</div>'


def _source_summary(provenance: Provenance) -> str:
    """'Source: gfmd-pfp-sessions.txt · 1 correction, 1 note on the text'."""
    counts = []
    if provenance.corrections:
        counts.append(plural(len(provenance.corrections), "correction"))
    if provenance.flags:
        counts.append(plural(len(provenance.flags), "note on the text"))
    source = _("Source: {name}").format(name=provenance.source_name)
    return " · ".join([source, *([", ".join(counts)] if counts else [])])


_CONFIDENCE = {
    Attribution.STATED: (N_("summit stated"), N_("The source names this summit.")),
    Attribution.STRONG: (N_("summit confirmed"), N_("Confirmed by an outside source.")),
    Attribution.INFERRED: (
        N_("summit inferred"),
        N_("Our best reading of the source, not stated in it."),
    ),
}


def confidence_badge(attribution: Attribution, evidence: str, theme: PageTheme) -> str:
    """How sure the summit is, as a small inline badge; the reasoning is its tooltip."""
    text, tip = (_(words) for words in _CONFIDENCE[attribution])
    if evidence and attribution is not Attribution.STATED:
        tip = f"{tip} {evidence}"
    colour = theme.warning if attribution is Attribution.INFERRED else theme.gcm_badge_fg
    style = f"background-color:{theme.gcm_badge_bg}; font-size:small"
    return f'<span title="{esc(tip)}">{span(f"&nbsp;{esc(text)}&nbsp;", colour, style)}</span>'


def related_block(item: Initiative, summits: Mapping[int, Summit], theme: PageTheme) -> str:
    """Links to the initiatives of the same group at other summits."""
    if not item.related:
        return ""
    parts = [section_label(_("Related at other summits"), theme)]
    for group in dict.fromkeys(r.group_label for r in item.related):
        parts.append(para(span(esc(group), theme.muted), bottom=2))
        rows = "".join(
            f'<li style="margin-bottom:4px">'
            f"{initiative_link(r.initiative_id, r.title, theme)}"
            f"{span(esc(' — ' + summit_name(r.summit_number, summits)), theme.muted)}</li>"
            for r in item.related
            if r.group_label == group
        )
        parts.append(bullet_list(rows, bottom=8))
    return "".join(parts)


def content_language_note(theme: PageTheme) -> str:
    """In French or Spanish, once on a page: the catalogue's texts are the GFMD's English."""
    if locale.current_language() == "en":
        return ""
    note = _("Initiative titles and texts are given as the GFMD published them, in English.")
    return para(span(esc(note), theme.muted, "font-size:small"), top=6)


def english_wording_note(theme: PageTheme) -> str:
    """In French or Spanish, under SDG target wording: it is the official English text."""
    if locale.current_language() == "en":
        return ""
    return para(span(esc(_("Official wording in English.")), theme.muted), bottom=4)
