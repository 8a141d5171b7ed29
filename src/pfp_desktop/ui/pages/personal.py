"""The delegate's own marks on a page (stars, tags, local corrections) and the pages of the
initiatives they added. Pure Python like detail_html: data in, escaped Qt rich text out."""

from __future__ import annotations

from collections.abc import Mapping

from pfp_desktop.domain.models import Summit
from pfp_desktop.domain.personal import FieldOverride, Flags, LocalInitiative
from pfp_desktop.locale import N_, _, long_date
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
    "title": N_("Title"),
    "policy_challenge": N_("Policy challenge"),
    "solution": N_("Solution or approach"),
}


def marks_html(flags: Flags, overrides: Mapping[str, FieldOverride], theme: PageTheme) -> str:
    """Star, tags and "edited locally" lines, shown under an initiative's header."""
    parts: list[str] = []
    marks = []
    if flags.starred:
        marks.append(span(esc("★ " + _("Starred")), theme.warning, "font-weight:600"))
    if flags.tags:
        tags = _("Tags: {tags}").format(tags=", ".join(flags.tags))
        marks.append(span(esc(tags), theme.accent))
    if marks:
        parts.append(para(" · ".join(marks), bottom=6))
    for field, override in overrides.items():
        label = _(FIELD_LABELS[field]) if field in FIELD_LABELS else field
        revert_text = esc(_("revert to the catalogue text"))
        revert = anchor(link("revert", field), revert_text, theme.accent)
        edited = _("{field} edited locally").format(field=label)
        line = span(esc(edited), theme.warning, "font-weight:600")
        original = _("Catalogue text: {text}").format(text=_short(override.catalogue_value))
        catalogue = span(esc(original), theme.muted)
        parts.append(para(f"{line} · {revert}<br/>{catalogue}", bottom=6))
    return "".join(parts)


def commands_html(initiative_id: str, starred: bool, theme: PageTheme) -> str:
    """The page's own buttons: star (or remove the star) and add to the briefing pack."""
    star = _("Remove star") if starred else _("Star")
    add = _("Add to briefing pack")
    links = (
        anchor(
            link("star", initiative_id),
            esc(("★ " if starred else "☆ ") + star),
            theme.accent,
            f"{star} (Ctrl+T)",
        ),
        anchor(
            link("add-to-pack", initiative_id),
            esc(f"+ {add}"),
            theme.accent,
            f"{add} (Ctrl+Shift+B)",
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
        para(
            span(esc(_("Added by you")), theme.warning, "font-weight:600") + " · " + where, bottom=2
        ),
    ]
    if summit:
        when = f"{summit_dates(summit)} · {summit_place(summit)}"
        parts.append(para(span(esc(when), theme.muted), bottom=10))
    partners = ", ".join(item.partners) or _("No partners given.")
    parts.append(section_label(_("Partners"), theme) + para(esc(partners)))
    for label, text in (
        (_("Policy challenge"), item.policy_challenge),
        (_("Solution or approach"), item.solution),
    ):
        if text.strip():
            parts.append(section_label(label, theme) + text_paragraphs(text, theme))
    edit = anchor(link("edit-local", item.id), esc(_("edit")), theme.accent)
    delete = anchor(link("delete-local", item.id), esc(_("delete")), theme.accent)
    day = long_date(item.created_at[:10])
    added = _("Added {date} · kept in your notes database").format(date=day)
    stamp = span(esc(added), theme.muted)
    parts.append(para(f"{stamp} · {edit} · {delete}", top=12))
    return page(theme, parts)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
