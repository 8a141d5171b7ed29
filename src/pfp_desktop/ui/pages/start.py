"""The start page: what the catalogue covers at a glance (a shaded table of initiatives by GCM
objective × summit, each cell a link to that set), the delegate's recent and starred items,
packs and saved searches, and three lines of first steps. Pure Python: data in, Qt HTML out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pfp_desktop.domain.models import CatalogueInfo
from pfp_desktop.domain.overview import Coverage, CoverageAxis, shade_step
from pfp_desktop.locale import _, current_language, gcm_label, summit_title
from pfp_desktop.ui.pages.page import (
    DARK_THEME,
    PageTheme,
    anchor,
    elided,
    esc,
    heading,
    link,
    page,
    para,
    plural,
    rule,
    section_label,
    span,
)
from pfp_desktop.ui.pages.parts import content_language_note

COVERAGE_LINK = "coverage"  # key "objective:summit": a search with both facets ticked
PACK_LINK = "pack"  # key: a pack's id; opens it in the pack panel
SAVED_SEARCH_LINK = "saved-search"  # key: a saved search's id; runs it
LIST_LIMIT = 8  # items a start-page list shows

# Shades of one hue, lightest for one initiative; text colours chosen for >= 4.5:1 on each.
LIGHT_SHADES = (
    ("#dceafa", "#102a4c"),
    ("#b5d2f2", "#102a4c"),
    ("#86b4e6", "#0b1f3a"),
    ("#2f6fb3", "#ffffff"),
    ("#174a85", "#ffffff"),
)
DARK_SHADES = (
    ("#1c3453", "#e6edf3"),
    ("#24507f", "#ffffff"),
    ("#3f7fc4", "#08111d"),
    ("#79b0ee", "#08111d"),
    ("#b9d6f7", "#08111d"),
)


@dataclass(frozen=True)
class StartItems:
    """The delegate's own lists, each as (key, label) pairs, most recent or by name."""

    recent: Sequence[tuple[str, str]] = ()  # initiative id, title
    starred: Sequence[tuple[str, str]] = ()  # initiative id, title
    packs: Sequence[tuple[str, str]] = ()  # pack id, "name · 3 initiatives"
    saved_searches: Sequence[tuple[str, str]] = ()  # saved search id, name
    counts: Mapping[str, int] = field(default_factory=dict)  # initiatives, summits, partners


def coverage_key(objective: int, summit: int) -> str:
    """The key of a coverage link: "19:12" (objective 19 at the 12th summit)."""
    return f"{objective}:{summit}"


def parse_coverage_key(key: str) -> tuple[int, int] | None:
    """(objective, summit) of a coverage link's key, or None for anything else."""
    objective, colon, summit = key.partition(":")
    if not colon or not objective.isdigit() or not summit.isdigit():
        return None
    return int(objective), int(summit)


def start_html(info: CatalogueInfo, coverage: Coverage, items: StartItems, theme: PageTheme) -> str:
    """The whole start page."""
    nouns = (("initiatives", "initiative"), ("summits", "summit"), ("partners", "partner"))
    held = " · ".join(plural(items.counts[k], n) for k, n in nouns if k in items.counts)
    tagline = f"{_('The GFMD Platform for Partnerships, offline')} · {held}"
    parts = [
        heading(2, "PfP Desktop", theme),
        para(span(esc(tagline), theme.muted)),
        first_steps_html(theme),
        section_label(_("What the catalogue covers"), theme),
        coverage_html(coverage, theme),
        _yours_html(items, theme),
    ]
    version = _("Catalogue {version}, built {date}, from {source}.").format(
        version=info.version, date=info.build_date, source=info.source_name
    )
    parts.append(rule(theme) + para(span(esc(version), theme.muted, "font-size:small")))
    parts.append(content_language_note(theme))
    return page(theme, parts)


def first_steps_html(theme: PageTheme) -> str:
    """Three lines for a newcomer, not a manual."""
    steps = (
        _("Browse: choose a summit, partner or GCM objective in the tree (Ctrl+1 to Ctrl+4)."),
        _("Find: type in the search field (Ctrl+F); tick facets to narrow; save the search."),
        _(
            "Prepare: star what matters (Ctrl+T), add it to a briefing pack (Ctrl+Shift+B), "
            "export the pack as a PDF (Ctrl+Shift+S)."
        ),
    )
    rows = "".join(f"{n}. {esc(text)}<br/>" for n, text in enumerate(steps, 1))
    return para(span(rows.removesuffix("<br/>"), theme.text), bottom=6)


def coverage_html(coverage: Coverage, theme: PageTheme) -> str:
    """Initiatives by GCM objective (rows) × summit (columns), cells shaded by count."""
    if not coverage.objectives or not coverage.summits:
        return para(span(esc(_("The catalogue has no tagged initiatives.")), theme.muted))
    head = "".join(_column_head(s, theme) for s in coverage.summits)
    all_ = span(esc(_("All")), theme.muted)
    header = f'<tr><td></td>{head}<td align="right">{all_}</td></tr>'
    rows = "".join(_coverage_row(o, coverage, theme) for o in coverage.objectives)
    untouched = ", ".join(str(o.number) for o in coverage.untouched())
    note = _("Darker: more initiatives. No initiative yet for objectives {objectives}.")
    note = note.format(objectives=untouched) if untouched else _("Darker: more initiatives.")
    return (
        '<table cellspacing="1" cellpadding="3" style="margin-top:2px; margin-bottom:6px">'
        f"{header}{rows}</table>" + para(span(esc(note), theme.muted))
    )


def _column_head(summit: CoverageAxis, theme: PageTheme) -> str:
    label = anchor(link("summit", summit.number), esc(summit.label), theme.accent, _summit(summit))
    return f'<td align="center" style="font-size:small; white-space:nowrap">{label}</td>'


def _coverage_row(objective: CoverageAxis, coverage: Coverage, theme: PageTheme) -> str:
    short = gcm_label("objective", objective.number, objective.label)
    name = esc(f"{objective.number} {elided(short, 34)}")
    title = _("GCM objective {number}: {title}").format(
        number=objective.number, title=objective.title
    )
    head = anchor(link("gcm", objective.number), name, theme.accent, title, underline=False)
    cells = "".join(_cell(objective, summit, coverage, theme) for summit in coverage.summits)
    total = coverage.objective_total(objective.number)
    count = span(str(total), theme.text if total else theme.muted, "font-weight:600")
    return f'<tr><td style="font-size:small">{head}</td>{cells}<td align="right">{count}</td></tr>'


def _cell(
    objective: CoverageAxis, summit: CoverageAxis, coverage: Coverage, theme: PageTheme
) -> str:
    count = coverage.count(objective.number, summit.number)
    if not count:
        return f'<td align="center">{span("·", theme.muted)}</td>'
    background, text = shades(theme)[shade_step(count, coverage.largest) - 1]
    tip = _("{initiatives}: objective {number}, {summit}").format(
        initiatives=plural(count, "initiative"), number=objective.number, summit=_summit(summit)
    )
    href = link(COVERAGE_LINK, coverage_key(objective.number, summit.number))
    number = anchor(href, str(count), text, tip, underline=False)
    return f'<td align="center" bgcolor="{background}" width="28">{number}</td>'


def _summit(summit: CoverageAxis) -> str:
    """'11th Summit · Marrakesh 2018' as the catalogue names it; in French or Spanish,
    '11e Sommet · 2018' (the coverage holds the summit's number and year, not its city)."""
    if current_language() == "en":
        return summit.title
    return f"{summit_title(summit.number, None)} · {summit.label}"


def shades(theme: PageTheme) -> tuple[tuple[str, str], ...]:
    """(background, text) of each shade step in this page theme."""
    return DARK_SHADES if theme == DARK_THEME else LIGHT_SHADES


def _yours_html(items: StartItems, theme: PageTheme) -> str:
    groups = (
        (_("Recently opened"), "initiative", items.recent, _("Nothing opened yet.")),
        (_("Starred"), "initiative", items.starred, _("Star an initiative with Ctrl+T.")),
        (
            _("Briefing packs"),
            PACK_LINK,
            items.packs,
            _("No pack yet: Ctrl+Shift+B adds to one."),
        ),
        (_("Saved searches"), SAVED_SEARCH_LINK, items.saved_searches, _("No saved search yet.")),
    )
    return "".join(
        _item_list(title, kind, rows, empty, theme) for title, kind, rows, empty in groups
    )


def _item_list(
    title: str, kind: str, rows: Sequence[tuple[str, str]], empty: str, theme: PageTheme
) -> str:
    if not rows:
        return section_label(title, theme) + para(span(esc(empty), theme.muted))
    lines = "<br/>".join(
        anchor(link(kind, key), esc(elided(text, 90)), theme.accent, underline=False)
        for key, text in rows[:LIST_LIMIT]
    )
    more = len(rows) - LIST_LIMIT
    and_more = _("and {count} more").format(count=more)
    tail = "<br/>" + span(esc(and_more), theme.muted) if more > 0 else ""
    return section_label(title, theme) + para(lines + tail)
