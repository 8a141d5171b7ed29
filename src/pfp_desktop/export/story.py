"""The whole pack as a story of flowables: cover, contents, one section per initiative, index."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from pfp_desktop.domain.briefing_pack import BriefingPack
from pfp_desktop.domain.models import Initiative
from pfp_desktop.export.document import Anchor
from pfp_desktop.export.flowables import PackParagraph
from pfp_desktop.export.initiative_story import InitiativeContext, initiative_flowables
from pfp_desktop.export.labels import label, summit_heading
from pfp_desktop.export.long_text import paragraphs, reference
from pfp_desktop.export.markup import esc
from pfp_desktop.export.overview_chart import OVERVIEW_KEY, overview_flowables
from pfp_desktop.export.page_ledger import ContentsRow, ContentsTable, PageLedger, PartnerIndex
from pfp_desktop.export.runs import Run as TextRun
from pfp_desktop.export.styles import MARGIN_SIDE, MUTED, PAGE_SIZES, RULE, PackStyles, hex_colour
from pfp_desktop.locale import current_language, long_date

Run = list[tuple[int, Initiative]]  # (position in the pack, initiative)
_COVER_FIELD_CHARS = 1_000
CONTENTS_KEY = "contents"
INDEX_KEY = "partner-index"


def initiative_key(position: int) -> str:
    """The anchor of the pack's ``position``-th initiative (ids may repeat; positions do not)."""
    return f"i-{position}"


def build_story(
    pack: BriefingPack, styles: PackStyles, ledger: PageLedger, creator: str
) -> list[Flowable]:
    """Every flowable of ``pack``; the contents and the index read their pages from ``ledger``."""
    runs = list(_summit_runs(pack.initiatives))
    story: list[Flowable] = _cover(pack, styles, creator)
    story += _contents(pack, runs, styles, ledger)
    if pack.coverage is not None:
        width = PAGE_SIZES[pack.options.paper][0] - 2 * MARGIN_SIDE
        story += overview_flowables(pack.coverage, styles, width)
    story += _initiatives(pack, runs, styles)
    if pack.options.include_partner_index:
        story += _partner_index(pack, styles, ledger)
    return story


def _summit_runs(items: Sequence[Initiative]) -> Iterator[tuple[int, Run]]:
    """Consecutive initiatives of one summit, with their positions: the outline's groups. A pack
    in page order has one run per summit; a hand-ordered one may visit a summit twice."""
    for summit, run in groupby(enumerate(items), key=lambda pair: pair[1].summit_number):
        yield summit, list(run)


_COVER_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
    ]
)


def _cover(pack: BriefingPack, s: PackStyles, creator: str) -> list[Flowable]:
    o = pack.options
    return [
        Spacer(0, 38 * mm),
        PackParagraph(esc(f"{label('platform')} · {label('pack_kind')}".upper()), s.eyebrow),
        *paragraphs(s.looks, [TextRun(o.title)], s.cover_title),
        *(paragraphs(s.looks, [TextRun(o.meeting)], s.cover_meeting) if o.meeting else []),
        Spacer(0, 14 * mm),
        _cover_details(pack, s),
        Spacer(0, 10 * mm),
        PackParagraph(esc(label("prepared_with", creator=creator)), s.small),
        *_content_language(s),
        NextPageTemplate("body"),
        PageBreak(),
    ]


def _content_language(s: PackStyles) -> list[Flowable]:
    """In French or Spanish, once, that the catalogue's own texts are the GFMD's English."""
    if current_language() == "en":
        return []
    return [Spacer(0, 3 * mm), PackParagraph(esc(label("content_language")), s.small)]


def _cover_details(pack: BriefingPack, s: PackStyles) -> Table:
    """Delegate, date, number of initiatives and catalogue version; empty ones left out."""
    o, info = pack.options, pack.catalogue
    version = label("catalogue_version", version=info.version, date=long_date(info.build_date))
    details = [
        (label("delegate"), o.delegate),
        (label("date"), o.date),
        (label("initiatives"), str(len(pack.initiatives))),
        (label("catalogue"), version),
    ]
    # A table cell cannot run onto the next page: values are cut to what a page can hold.
    rows = [
        [
            PackParagraph(esc(k.upper()), s.label),
            PackParagraph(esc(reference(v, _COVER_FIELD_CHARS)), s.cover_field),
        ]
        for k, v in details
        if v
    ]
    return Table(rows, colWidths=[32 * mm, None], hAlign="LEFT", style=_COVER_TABLE)


def _contents(
    pack: BriefingPack, runs: list[tuple[int, Run]], s: PackStyles, ledger: PageLedger
) -> list[Flowable]:
    rows: list[ContentsRow] = []
    for run_number, (summit, run) in enumerate(runs):
        heading = summit_heading(pack.summits.get(summit), summit)
        rows.append(ContentsRow(0, heading, f"s-{run_number}"))
        rows += [ContentsRow(1, reference(item.title), initiative_key(pos)) for pos, item in run]
    if pack.coverage is not None:
        rows.insert(0, ContentsRow(0, label("overview"), OVERVIEW_KEY))
    if pack.options.include_partner_index:
        rows.append(ContentsRow(0, label("partner_index"), INDEX_KEY))
    contents = label("contents")
    return [
        Anchor(CONTENTS_KEY, outline=[(0, contents, CONTENTS_KEY)]),
        PackParagraph(esc(contents), s.section_title),
        ContentsTable(rows, ledger, s),
    ]


def _initiatives(pack: BriefingPack, runs: list[tuple[int, Run]], s: PackStyles) -> list[Flowable]:
    anchors: dict[str, str] = {}
    for position, item in enumerate(pack.initiatives):
        anchors.setdefault(item.id, initiative_key(position))
    ctx = InitiativeContext(styles=s, summits=pack.summits, anchors=anchors)
    story: list[Flowable] = []
    for run_number, (summit, run) in enumerate(runs):
        heading = summit_heading(pack.summits.get(summit), summit)
        for index, (position, item) in enumerate(run):
            key = initiative_key(position)
            outline = [(0, heading, f"s-{run_number}")] if index == 0 else []
            outline.append((1, reference(item.title), key))
            partners = [p.name for p in item.partners]
            story += [PageBreak(), Anchor(key, outline, partners, counts=True)]
            story += initiative_flowables(item, pack.note_for(item.id), ctx)
    return story


def _partner_index(pack: BriefingPack, s: PackStyles, ledger: PageLedger) -> list[Flowable]:
    kinds = {p.name: label(p.kind.value) for item in pack.initiatives for p in item.partners}
    title = label("partner_index")
    intro = f'<font color="{hex_colour(MUTED)}">{esc(label("partner_index_intro"))}</font>'
    return [
        PageBreak(),
        Anchor(INDEX_KEY, outline=[(0, title, INDEX_KEY)]),
        PackParagraph(esc(title), s.section_title),
        PackParagraph(intro, s.body),
        Spacer(0, 4),
        PartnerIndex(ledger, s, kinds),
    ]
