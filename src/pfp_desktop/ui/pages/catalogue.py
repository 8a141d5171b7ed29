"""The detail pane's pages: domain objects in, Qt rich text (QTextBrowser HTML) out.

Pure Python on purpose (no Qt import), so every page can be tested and read as text. Links
between pages use the ``pfp:`` scheme (see ``link``); nothing refers to a remote resource.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pfp_desktop.domain.models import (
    CatalogueInfo,
    GcmObjective,
    Initiative,
    InitiativeSummary,
    PfpSession,
    SdgTarget,
    Summit,
    TaxonomyTag,
)
from pfp_desktop.locale import _, gcm_label
from pfp_desktop.ui.pages.page import (
    DARK_THEME,
    LIGHT_THEME,
    LONG_TEXT_CUT,
    PageTheme,
    anchor,
    cut_text,
    esc,
    heading,
    link,
    page,
    para,
    parse_link,
    plural,
    quote_block,
    rule,
    section_label,
    span,
    text_paragraphs,
    title_heading,
    with_full_page,
)
from pfp_desktop.ui.pages.parts import (
    attribution_html,
    badge_stack,
    badge_table,
    by_summit_html,
    confidence_badge,
    content_language_note,
    correction_line,
    english_wording_note,
    flags_html,
    initiative_links,
    provenance_html,
    related_block,
    summit_dates,
    summit_name,
    summit_place,
    summit_title,
)

__all__ = [
    "DARK_THEME",
    "LIGHT_THEME",
    "PageTheme",
    "gcm_html",
    "initiative_html",
    "initiative_list_html",
    "link",
    "parse_link",
    "sdg_html",
    "session_html",
    "summit_dates",
    "summit_html",
    "summit_title",
    "welcome_html",
]

SINGLE_SESSION_LABEL = "PfP session"  # the label of a summit's only session


# -- initiative ------------------------------------------------------------------------------


def _initiative_header(
    item: Initiative, summits: Mapping[int, Summit], theme: PageTheme, cut: int | None
) -> str:
    label = esc(summit_name(item.summit_number, summits))
    where = [anchor(link("summit", item.summit_number), label, theme.accent, underline=False)]
    if item.session_label != SINGLE_SESSION_LABEL:
        where.append(span(esc(item.session_label), theme.text))
    if not item.provenance.added_locally:
        # How sure the summit is, quietly: a badge whose tooltip holds the curator's reasoning.
        evidence = item.provenance.attribution_evidence
        where.append(confidence_badge(item.provenance.attribution, evidence, theme))
    title, more = cut_text(item.title, cut, theme)
    parts = [title_heading(title, theme), more, para(" · ".join(where), bottom=2)]
    summit = summits.get(item.summit_number)
    if summit:
        when = f"{summit_dates(summit)} · {summit_place(summit)}"
        parts.append(para(span(esc(when), theme.muted), bottom=10))
    return "".join(parts)


def _partners_block(item: Initiative, theme: PageTheme) -> str:
    if not item.partners:
        return para(span(esc(_("No partners listed in the source.")), theme.muted))
    names = [anchor(link("partner", p.name), esc(p.name), theme.accent) for p in item.partners]
    return para(", ".join(names))


def _badge_rows(
    tags: Sequence[TaxonomyTag], kind: str, colours: tuple[str, str], theme: PageTheme
) -> str:
    background, foreground = colours
    rows: list[tuple[str, str, str]] = []
    for tag in tags:
        if kind == "gcm":
            shown = (
                gcm_label("objective", int(tag.code), tag.label)
                if tag.code.isdigit()
                else tag.label
            )
            text, tip, note = f"GCM {tag.code} · {shown}", tag.reason, esc(tag.reason)
        else:
            text, tip = f"SDG {tag.code}", tag.label
            note = span(esc(tag.label), theme.text) + "<br/>" + esc(tag.reason)
        inner = span(esc(text), foreground, "font-weight:600")
        badge = anchor(link(kind, tag.code), inner, foreground, title=tip, underline=False)
        rows.append((badge, background, span(note, theme.muted)))
    # GCM badges carry their label and are long: the reason goes below, not beside.
    return badge_stack(rows) if kind == "gcm" else badge_table(rows)


def _tags_block(item: Initiative, theme: PageTheme) -> str:
    parts: list[str] = []
    if item.gcm_objectives:
        colours = (theme.gcm_badge_bg, theme.gcm_badge_fg)
        parts.append(section_label(_("GCM objectives"), theme))
        parts.append(_badge_rows(item.gcm_objectives, "gcm", colours, theme))
    if item.sdg_targets:
        colours = (theme.sdg_badge_bg, theme.sdg_badge_fg)
        parts.append(section_label(_("SDG targets"), theme) + english_wording_note(theme))
        parts.append(_badge_rows(item.sdg_targets, "sdg", colours, theme))
    return "".join(parts)


def initiative_html(
    item: Initiative,
    summits: Mapping[int, Summit],
    theme: PageTheme,
    show_originals: bool = False,
    personal_html: str = "",
) -> str:
    """The page of one initiative: partners, challenge, solution, tags, related, provenance.

    ``show_originals`` lists each correction with the original text of the source;
    ``personal_html`` (stars, tags, local corrections) goes right under the header. A field
    longer than LONG_TEXT_CUT is cut there, with a "Show all" link: the page then carries its
    whole version too (see page_html.with_full_page), shown only when asked for.
    """
    page_of = (item, summits, theme, show_originals, personal_html)
    cut_page = _initiative_page(*page_of, cut=LONG_TEXT_CUT)
    texts = (item.title, item.policy_challenge, item.solution)
    if all(len(text) <= LONG_TEXT_CUT for text in texts):
        return cut_page
    return with_full_page(cut_page, _initiative_page(*page_of, cut=None))


def _initiative_page(
    item: Initiative,
    summits: Mapping[int, Summit],
    theme: PageTheme,
    show_originals: bool,
    personal_html: str,
    cut: int | None,
) -> str:
    parts = [_initiative_header(item, summits, theme, cut), personal_html]
    parts.append(section_label(_("Partners"), theme) + _partners_block(item, theme))
    for label, text in (
        (_("Policy challenge"), item.policy_challenge),
        (_("Solution or approach"), item.solution),
    ):
        if text.strip():
            shown, more = cut_text(text, cut, theme)
            parts.append(section_label(label, theme) + text_paragraphs(shown, theme) + more)
    parts.append(_tags_block(item, theme))
    parts.append(related_block(item, summits, theme))
    parts.append(provenance_html(item.provenance, theme, show_originals))
    parts.append(content_language_note(theme))
    return page(theme, parts)


# -- summit and session ----------------------------------------------------------------------


def _summit_facts(summit: Summit, theme: PageTheme) -> str:
    when = f"{summit_dates(summit)} · {summit_place(summit)}"
    parts = [para(span(esc(when), theme.muted), bottom=2)]
    if summit.chair:
        chair = _("Chair: {chair}").format(chair=summit.chair)
        parts.append(para(span(esc(chair), theme.muted), bottom=2))
    if summit.attribution is not None:
        badge = confidence_badge(summit.attribution, summit.evidence, theme)
        parts.append(para(badge, bottom=2))
    return "".join(parts)


def _summit_notes(summit: Summit, theme: PageTheme) -> str:
    """How the summit was attributed, corrections and flags of its intro, below a rule."""
    corrections = "".join(
        para(span(esc(correction_line(c)), theme.muted), bottom=4) for c in summit.corrections
    )
    attribution = ""
    if summit.attribution is not None:
        attribution = attribution_html(summit.attribution, summit.evidence, theme)
    body = attribution + corrections + flags_html(summit.flags, theme)
    return rule(theme) + f'<div style="font-size:small">{body}</div>' if body else ""


def _session_groups(
    sessions: Sequence[PfpSession], initiatives: Sequence[InitiativeSummary], theme: PageTheme
) -> str:
    ordered = sorted(sessions, key=lambda s: s.position)
    labels = [s.label for s in ordered]
    # Initiatives whose label names no session still appear, after the known sessions.
    labels += [
        label
        for label in dict.fromkeys(i.session_label for i in initiatives)
        if label not in labels
    ]
    several = len(labels) > 1
    parts: list[str] = []
    for label in labels:
        items = [i for i in initiatives if i.session_label == label]
        if items and several:
            parts.append(heading(3, esc(label), theme, top=8))
        parts.append(initiative_links(items, theme))
    return "".join(parts)


def summit_html(
    summit: Summit,
    sessions: Sequence[PfpSession],
    initiatives: Sequence[InitiativeSummary],
    theme: PageTheme,
) -> str:
    """The page of one summit: dates, place, chair, attribution, PfP intro and its initiatives."""
    parts = [heading(2, esc(summit_title(summit)), theme), _summit_facts(summit, theme)]
    if summit.attribution is None:
        no_pfp = _("The catalogue holds no PfP session for this summit.")
        parts.append(para(span(esc(no_pfp), theme.muted), top=10))
        return page(theme, parts)
    intro = text_paragraphs(summit.pfp_intro, theme)
    parts.append(section_label(_("PfP session"), theme) + intro)
    own = [i for i in initiatives if i.summit_number == summit.number]
    parts.append(section_label(plural(len(own), "presented"), theme))
    mine = [s for s in sessions if s.summit_number == summit.number]
    parts.append(_session_groups(mine, own, theme))
    parts.append(_summit_notes(summit, theme))
    return page(theme, parts)


def session_html(
    session: PfpSession,
    summit: Summit,
    initiatives: Sequence[InitiativeSummary],
    theme: PageTheme,
) -> str:
    """The page of one session of a summit: its intro and its initiatives."""
    title = f"{summit_title(summit)} — {session.label}"
    back = anchor(link("summit", summit.number), esc(_("whole summit")), theme.accent)
    when = span(esc(f"{summit_dates(summit)} · {summit_place(summit)}") + " · ", theme.muted)
    parts = [heading(2, esc(title), theme), para(when + back, bottom=10)]
    parts.append(section_label(_("Session"), theme) + text_paragraphs(session.intro, theme))
    own = [
        i
        for i in initiatives
        if i.summit_number == summit.number and i.session_label == session.label
    ]
    parts.append(section_label(plural(len(own), "presented"), theme))
    parts.append(initiative_links(own, theme))
    return page(theme, parts)


# -- partner, taxonomy, overview -------------------------------------------------------------


def _tagged_block(
    initiatives: Sequence[InitiativeSummary],
    summits: Mapping[int, Summit],
    theme: PageTheme,
    empty: str,
) -> str:
    if not initiatives:
        return section_label(_("Initiatives"), theme) + para(span(esc(empty), theme.muted))
    label = plural(len(initiatives), "tagged")
    return section_label(label, theme) + by_summit_html(initiatives, summits, theme)


def gcm_html(
    objective: GcmObjective,
    initiatives: Sequence[InitiativeSummary],
    summits: Mapping[int, Summit],
    theme: PageTheme,
) -> str:
    """The page of one GCM objective: label, official wording, tagged initiatives by summit."""
    short = gcm_label("objective", objective.number, objective.short_label)
    parts = [
        heading(2, esc(_("GCM objective {number}").format(number=objective.number)), theme),
        para(span(esc(short), theme.muted, "font-size:large"), bottom=10),
        quote_block(objective.title, theme),
    ]
    empty = _("No initiative in the catalogue is tagged with this objective.")
    parts.append(_tagged_block(initiatives, summits, theme, empty))
    return page(theme, parts)


def sdg_html(
    target: SdgTarget,
    initiatives: Sequence[InitiativeSummary],
    summits: Mapping[int, Summit],
    theme: PageTheme,
) -> str:
    """The page of one SDG target: relation to migration, wording, tagged initiatives."""
    relation = (
        _("Directly migration-related")
        if target.relation == "direct"
        else _("Related to migration")
    )
    parts = [
        heading(2, esc(_("SDG target {target}").format(target=target.target)), theme),
        para(span(esc(relation), theme.muted, "font-size:large"), bottom=10),
        quote_block(target.wording, theme),
        english_wording_note(theme),
    ]
    empty = _("No initiative in the catalogue is tagged with this target.")
    parts.append(_tagged_block(initiatives, summits, theme, empty))
    return page(theme, parts)


def initiative_list_html(
    title: str,
    subtitle: str,
    initiatives: Sequence[InitiativeSummary],
    summits: Mapping[int, Summit],
    theme: PageTheme,
) -> str:
    """A page listing some initiatives by summit ('No SDG target'), under a title and subtitle."""
    parts = [heading(2, esc(title), theme)]
    if subtitle:
        parts.append(para(span(esc(subtitle), theme.muted), bottom=10))
    parts.append(section_label(plural(len(initiatives), "initiative"), theme))
    parts.append(by_summit_html(initiatives, summits, theme))
    return page(theme, parts)


def welcome_html(
    info: CatalogueInfo, overview: str, counts: Mapping[str, int], theme: PageTheme
) -> str:
    """The page shown when nothing is selected: what the catalogue is and holds, and a hint."""
    nouns = (("initiatives", "initiative"), ("summits", "summit"), ("partners", "partner"))
    parts_after = [content_language_note(theme)]
    held = " · ".join(plural(counts[key], noun) for key, noun in nouns if key in counts)
    parts = [
        heading(2, "PfP Desktop", theme),
        para(span(esc(_("The GFMD Platform for Partnerships, offline")), theme.muted), bottom=12),
        text_paragraphs(overview, theme),
    ]
    if held:
        parts.append(para(span(esc(held), theme.text, "font-weight:600"), top=4))
    parts.append(para(span(esc(_("Choose an item in the tree on the left.")), theme.accent)))
    version = _("Catalogue {version}, built {date}, from {source}.").format(
        version=info.version, date=info.build_date, source=info.source_name
    )
    parts.append(rule(theme) + para(span(esc(version), theme.muted, "font-size:small")))
    return page(theme, parts + parts_after)
