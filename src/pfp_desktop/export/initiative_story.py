"""One initiative's pages: what it is, who took part, what it serves, the delegate's note, and
where every word came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable

from pfp_desktop.domain.models import Attribution, Initiative, Provenance, Summit, TaxonomyTag
from pfp_desktop.export.flowables import BadgeRow, ClosingGap, Gap, Label, RoomCheck, Tint
from pfp_desktop.export.labels import (
    corrections,
    label,
    summit_dates,
    summit_heading,
    summit_place,
)
from pfp_desktop.export.long_text import paragraphs, reference
from pfp_desktop.export.markup import markdown_flowables
from pfp_desktop.export.runs import PLAIN, Run
from pfp_desktop.export.styles import (
    GCM_BG,
    MUTED,
    NAVY,
    NOTE_BG,
    NOTE_EDGE,
    RULE,
    SDG_BG,
    SDG_FG,
    WARNING,
    PackStyles,
    hex_colour,
)
from pfp_desktop.locale import current_language, gcm_label

_BADGE_COLUMN = 21 * mm
SINGLE_SESSION = "PfP session"  # the catalogue's name for a summit's only session: a label
_LINKED = f'<font color="{hex_colour(NAVY)}">{{}}</font>'
_MUTED = f'<font color="{hex_colour(MUTED)}">{{}}</font>'
_WARNING = f'<font color="{hex_colour(WARNING)}"><b>{{}}</b></font>'
_LABEL_ROOM = 16 * mm  # a label and at least two lines of what it labels


@dataclass(frozen=True)
class InitiativeContext:
    """What an initiative's pages need from the rest of the pack."""

    styles: PackStyles
    summits: Mapping[int, Summit]
    anchors: Mapping[str, str]  # initiative id -> its anchor key, for those in the pack


def initiative_flowables(item: Initiative, note: str, ctx: InitiativeContext) -> list[Flowable]:
    """The flowables of one initiative (the caller starts the page and places its anchor)."""
    s = ctx.styles
    flowables: list[Flowable] = [*_heading(item, ctx)]
    flowables += [*_label(label("partners"), s), _partners(item, s)]
    if item.policy_challenge:
        flowables += _section(label("policy_challenge"), item.policy_challenge, s)
    if item.solution:
        flowables += _section(label("solution"), item.solution, s)
    if item.gcm_objectives:
        flowables += [*_label(label("gcm_objectives"), s), *_badges(item.gcm_objectives, "GCM", s)]
    if item.sdg_targets:
        sdg = label("sdg_targets" if current_language() == "en" else "sdg_targets_english")
        flowables += [*_label(sdg, s), *_badges(item.sdg_targets, "SDG", s)]
    if item.related:
        flowables += [*_label(label("related"), s), *_related(item, ctx)]
    if note:
        flowables += note_box(note, s)
    flowables.append(s.looks.paragraph(provenance_runs(item.provenance), s.provenance))
    return flowables


def _heading(item: Initiative, ctx: InitiativeContext) -> list[Flowable]:
    s = ctx.styles
    summit = ctx.summits.get(item.summit_number)
    session = (
        label("single_session") if item.session_label == SINGLE_SESSION else item.session_label
    )
    eyebrow = f"{summit_heading(summit, item.summit_number)} — {session}"
    meta = f"{summit_dates(summit)} · {summit_place(summit)}" if summit else ""
    return [
        Label(eyebrow, s.eyebrow),
        *paragraphs(s.looks, [Run(item.title)], s.title),  # in full, however long
        *([Label(meta, s.meta)] if meta else []),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=6, spaceAfter=2),
    ]


def _label(text: str, s: PackStyles) -> list[Flowable]:
    # A page break rather than keepWithNext when a label would sit alone at the foot of a page:
    # keepWithNext wraps label and text together in a KeepTogether, laying both out twice.
    return [RoomCheck(_LABEL_ROOM), Label(text.upper(), s.label)]


def _section(title: str, body: str, s: PackStyles) -> list[Flowable]:
    return [*_label(title, s), *paragraphs(s.looks, [Run(body)], s.body)]


def _partners(item: Initiative, s: PackStyles) -> Label:
    if not item.partners:  # the delegate's own initiative has no source to list them
        return Label(
            label("no_partners_added" if item.provenance.added_locally else "no_partners"), s.meta
        )
    return Label(" · ".join(p.name for p in item.partners), s.body)


def _badges(tags: tuple[TaxonomyTag, ...], prefix: str, s: PackStyles) -> list[Flowable]:
    colours = (GCM_BG, NAVY) if prefix == "GCM" else (SDG_BG, SDG_FG)
    return [
        BadgeRow(
            f"{prefix} {tag.code}",
            Label(_tag_label(tag, prefix), s.badge_text),
            _BADGE_COLUMN,
            colours,
            s.badge,
        )
        for tag in tags
    ]


def _tag_label(tag: TaxonomyTag, prefix: str) -> str:
    """A GCM objective's official short label in the pack's language; SDG targets keep their
    official English wording."""
    if prefix == "GCM" and tag.code.isdigit():
        return gcm_label("objective", int(tag.code), tag.label)
    return tag.label


def _related(item: Initiative, ctx: InitiativeContext) -> list[Flowable]:
    rows: list[Flowable] = []
    for link in item.related:
        summit = summit_heading(ctx.summits.get(link.summit_number), link.summit_number)
        key = ctx.anchors.get(link.initiative_id)
        where = "" if key else f"; {label('not_in_pack')}"
        title = reference(link.title)
        runs = [
            Run(title, _LINKED, key) if key else Run(title),
            Run(" "),
            Run(f"({summit}{where})", _MUTED),
        ]
        rows.append(ctx.styles.looks.paragraph(runs, ctx.styles.list_item, bullet="•"))
    return rows


def note_box(note: str, s: PackStyles) -> list[Flowable]:
    """The delegate's note in a tinted, outlined box headed "Personal note", so nobody mistakes
    it for catalogue text. The tint (a FrameBG) carries on when a note runs onto the next page."""
    return [
        Gap(10),
        Tint(color=NOTE_BG, strokeColor=NOTE_EDGE, strokeWidth=0.6, start=True),
        Gap(7),
        Label(label("personal_note").upper(), s.note_head),
        *markdown_flowables(note, s),
        ClosingGap(5),
        Tint(start=False),
    ]


def provenance_runs(p: Provenance) -> list[Run]:
    """One short line under the content: 'Source: gfmd-pfp-sessions.txt · summit inferred, not
    stated in the source · 1 correction' (line numbers and reasoning stay in the window's
    evidence); for an initiative the delegate added, that it is theirs and nothing else."""
    if p.added_locally:  # never passed off as the catalogue's
        return [Run(label("added_locally"), _WARNING)]
    attribution = label(f"attribution_{p.attribution.value}")
    runs = [
        Run(label("source", name=p.source_name) + " · "),
        Run(attribution, _WARNING if p.attribution is Attribution.INFERRED else PLAIN),
    ]
    if p.corrections:
        runs.append(Run(" · " + corrections(len(p.corrections))))
    if p.edited_locally:  # the delegate's own correction is never passed off as the source
        fields = ", ".join(label(f"field_{f}") for f in p.edited_locally)
        runs += [Run(" · "), Run(label("edited_locally", fields=fields), _WARNING)]
    return runs
