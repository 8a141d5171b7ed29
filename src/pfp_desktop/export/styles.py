"""The pack's look: page geometry, colours and one type scale (7.5 / 9.5 / 12 / 17 / 26 pt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from pfp_desktop.domain.briefing_pack import Paper
from pfp_desktop.export.fonts import FontFamily
from pfp_desktop.export.runs import Looks

PAGE_SIZES: dict[Paper, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN_SIDE = 22 * mm
MARGIN_TOP = 28 * mm  # room for the running header above the text
MARGIN_BOTTOM = 24 * mm  # room for the footer below it
HEADER_FROM_TOP = 16 * mm  # baseline of the running header
FOOTER_FROM_BOTTOM = 13 * mm  # baseline of the footer
TOC_NUMBER_WIDTH = 12 * mm  # page numbers sit in this right-hand gutter of the contents

# Print colours: navy for structure, grey for secondary text, amber for what is the delegate's
# own or uncertain. Text on white passes WCAG AA at these sizes.
INK = colors.HexColor("#1d232a")
NAVY = colors.HexColor("#123a72")
MUTED = colors.HexColor("#57606a")
RULE = colors.HexColor("#c9d1d9")
WARNING = colors.HexColor("#9a4a00")
GCM_BG = colors.HexColor("#e3edfb")
SDG_BG = colors.HexColor("#e2f3e6")
SDG_FG = colors.HexColor("#1b4d2b")
NOTE_BG = colors.HexColor("#fdf6e3")
NOTE_EDGE = colors.HexColor("#e0c98a")
NOTE_HEAD = colors.HexColor("#7a5300")
CODE_BG = colors.HexColor("#efe6cc")

SMALL, BODY, LARGE, TITLE, COVER = 7.5, 9.5, 12.0, 17.0, 26.0


@dataclass(frozen=True)
class PackStyles:
    """Paragraph styles of one pack, all in the bundled family, and the looks parsed for them."""

    fonts: FontFamily
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    eyebrow: ParagraphStyle
    title: ParagraphStyle
    meta: ParagraphStyle
    badge_text: ParagraphStyle
    badge: ParagraphStyle
    provenance: ParagraphStyle
    note_head: ParagraphStyle
    note_body: ParagraphStyle
    note_code: ParagraphStyle
    cover_title: ParagraphStyle
    cover_meeting: ParagraphStyle
    cover_field: ParagraphStyle
    toc_summit: ParagraphStyle
    toc_entry: ParagraphStyle
    section_title: ParagraphStyle
    index_entry: ParagraphStyle
    index_letter: ParagraphStyle
    list_item: ParagraphStyle
    looks: Looks = field(default_factory=Looks, compare=False, repr=False)


_BOLD = "bold"  # stands for the family's bold face in the table below
_TITLE_TYPE = {"fontName": _BOLD, "fontSize": TITLE, "leading": TITLE * 1.25, "textColor": NAVY}
# name: (parent, changes). Parents come before their children.
_STYLE_TABLE: dict[str, tuple[str, dict[str, object]]] = {
    "small": ("body", {"fontSize": SMALL, "leading": SMALL * 1.45, "textColor": MUTED}),
    "label": ("small", {"fontName": _BOLD, "spaceBefore": 9, "spaceAfter": 2}),
    "eyebrow": ("small", {"fontName": _BOLD, "textColor": NAVY, "spaceAfter": 3}),
    "title": ("body", {**_TITLE_TYPE, "spaceAfter": 4}),
    "meta": ("body", {"textColor": MUTED, "spaceAfter": 2}),
    "badge_text": ("body", {"spaceAfter": 0}),
    "badge": ("small", {"fontName": _BOLD, "fontSize": 8}),
    "provenance": ("small", {"spaceBefore": 12}),
    "note_body": ("body", {"leftIndent": 10, "rightIndent": 10, "spaceAfter": 3}),
    "note_head": (
        "note_body",
        {
            "fontName": _BOLD,
            "textColor": NOTE_HEAD,
            "fontSize": SMALL,
            "leading": SMALL * 1.45,
            "spaceAfter": 3,
        },
    ),
    "note_code": (
        "note_body",
        {
            "backColor": CODE_BG,
            "borderPadding": 3,
            "leftIndent": 13,
            "rightIndent": 13,
            "spaceBefore": 2,
            "spaceAfter": 6,
        },
    ),
    "cover_title": (
        "body",
        {**_TITLE_TYPE, "fontSize": COVER, "leading": COVER * 1.2, "spaceAfter": 10},
    ),
    "cover_meeting": (
        "body",
        {"fontSize": LARGE + 2, "leading": (LARGE + 2) * 1.4, "spaceAfter": 4},
    ),
    "cover_field": ("body", {"spaceAfter": 0}),
    "toc_summit": (
        "body",
        {
            "fontName": _BOLD,
            "textColor": NAVY,
            "spaceBefore": 8,
            "spaceAfter": 2,
            "rightIndent": TOC_NUMBER_WIDTH,
            "keepWithNext": 1,
        },
    ),
    "toc_entry": ("body", {"leftIndent": 12, "rightIndent": TOC_NUMBER_WIDTH, "spaceAfter": 2}),
    "section_title": ("body", {**_TITLE_TYPE, "spaceAfter": 8}),
    "index_entry": ("body", {"leftIndent": 14, "firstLineIndent": -14, "spaceAfter": 2}),
    "index_letter": (
        "body",
        {
            "fontName": _BOLD,
            "textColor": NAVY,
            "spaceBefore": 6,
            "spaceAfter": 2,
            "keepWithNext": 1,
        },
    ),
    "list_item": ("body", {"leftIndent": 11, "bulletIndent": 0, "spaceAfter": 2}),
}


def make_styles(fonts: FontFamily) -> PackStyles:
    """The styles of a pack set in ``fonts``."""
    # bulletFontName too: reportlab's default bullet font is Helvetica, which lacks "◦".
    made = {
        "body": ParagraphStyle(
            "pfp-body",
            fontName=fonts.regular,
            fontSize=BODY,
            leading=BODY * 1.45,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=4,
            bulletFontName=fonts.regular,
        )
    }
    for name, (parent, changes) in _STYLE_TABLE.items():
        resolved = {k: fonts.bold if v == _BOLD else v for k, v in changes.items()}
        made[name] = derive_style(made[parent], name.replace("_", "-"), **resolved)
    return PackStyles(fonts=fonts, **made)


def hex_colour(colour: colors.Color) -> str:
    """'#123a72' for a reportlab colour: the form paragraph markup takes."""
    return "#" + str(colour.hexval())[2:]


def derive_style(parent: ParagraphStyle, name: str, **changes: object) -> ParagraphStyle:
    """A copy of ``parent`` named ``pfp-<name>`` with ``changes``."""
    return ParagraphStyle(f"pfp-{name}", parent=parent, **changes)
