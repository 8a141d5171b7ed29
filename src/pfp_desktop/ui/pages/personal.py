"""The delegate's own marks on a page (stars, tags, local corrections) and the pages of the
initiatives they added. Pure Python like detail_html: data in, escaped Qt rich text out."""

from __future__ import annotations

from collections.abc import Mapping

from pfp_desktop.domain.models import Summit
from pfp_desktop.domain.personal import FieldOverride, Flags, LocalInitiative
from pfp_desktop.ui.pages.page import (
    PageTheme,
    anchor,
    esc,
    heading,
    link,
    page,
    para,
    section_label,
    span,
    text_paragraphs,
)
from pfp_desktop.ui.pages.parts import (
    summit_dates,
    summit_name,
    summit_place,
)

FIELD_LABELS = {
    "title": "Title",
    "policy_challenge": "Policy challenge",
    "solution": "Solution or approach",
}


def marks_html(flags: Flags, overrides: Mapping[str, FieldOverride], theme: PageTheme) -> str:
    """Star, tags and "edited locally" lines, shown under an initiative's header."""
    parts: list[str] = []
    marks = []
    if flags.starred:
        marks.append(span("★ Starred", theme.warning, "font-weight:600"))
    if flags.tags:
        marks.append(span(esc("Tags: " + ", ".join(flags.tags)), theme.accent))
    if marks:
        parts.append(para(" · ".join(marks), bottom=6))
    for field, override in overrides.items():
        label = FIELD_LABELS.get(field, field)
        revert = anchor(link("revert", field), "revert to the catalogue text", theme.accent)
        line = span(esc(f"{label} edited locally"), theme.warning, "font-weight:600")
        catalogue = span(esc(f"Catalogue text: {_short(override.catalogue_value)}"), theme.muted)
        parts.append(para(f"{line} · {revert}<br/>{catalogue}", bottom=6))
    return "".join(parts)


def commands_html(initiative_id: str, starred: bool, theme: PageTheme) -> str:
    """The page's own buttons: star (or remove the star) and add to the briefing pack."""
    star = "★ Remove star" if starred else "☆ Star"
    links = (
        anchor(link("star", initiative_id), esc(star), theme.accent, f"{star[2:]} (Ctrl+T)"),
        anchor(
            link("add-to-pack", initiative_id),
            "+ Add to briefing pack",
            theme.accent,
            "Add to briefing pack (Ctrl+Shift+B)",
        ),
    )
    return para(" · ".join(links), bottom=6)


def local_initiative_html(
    item: LocalInitiative,
    session_label: str,
    summits: Mapping[int, Summit],
    theme: PageTheme,
    local_summit_title: str = "",
) -> str:
    """The page of an initiative the delegate added (``local_summit_title``: the title of
    the summit the delegate added for it, which the catalogue has no page of)."""
    summit = summits.get(item.summit_number)
    where = anchor(
        link("summit", item.summit_number),
        esc(summit_name(item.summit_number, summits)),
        theme.accent,
        underline=False,
    )
    if summit is None and local_summit_title:
        where = span(esc(local_summit_title), theme.text)
    if session_label:
        where += " · " + span(esc(session_label), theme.text)
    parts = [
        heading(2, esc(item.title), theme),
        para(span("Added by you", theme.warning, "font-weight:600") + " · " + where, bottom=2),
    ]
    if summit:
        when = f"{summit_dates(summit)} · {summit_place(summit)}"
        parts.append(para(span(esc(when), theme.muted), bottom=10))
    partners = ", ".join(item.partners) or "No partners given."
    parts.append(section_label("Partners", theme) + para(esc(partners)))
    for label, text in (
        ("Policy challenge", item.policy_challenge),
        ("Solution or approach", item.solution),
    ):
        if text.strip():
            parts.append(section_label(label, theme) + text_paragraphs(text, theme))
    edit = anchor(link("edit-local", item.id), "edit", theme.accent)
    delete = anchor(link("delete-local", item.id), "delete", theme.accent)
    stamp = span(esc(f"Added {item.created_at[:10]} · kept in your notes database"), theme.muted)
    parts.append(para(f"{stamp} · {edit} · {delete}", top=12))
    return page(theme, parts)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
