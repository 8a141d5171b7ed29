"""The pack's optional overview page: the catalogue's initiatives by GCM objective × summit,
drawn as a shaded grid (reportlab graphics), the same picture as the window's start page."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from pfp_desktop.domain.overview import Coverage, shade_step
from pfp_desktop.export.document import Anchor
from pfp_desktop.export.flowables import PackParagraph
from pfp_desktop.export.labels import label
from pfp_desktop.export.markup import esc
from pfp_desktop.export.styles import INK, MUTED, RULE, PackStyles
from pfp_desktop.locale import gcm_label

OVERVIEW_KEY = "overview"
ROW = 6.4 * mm
HEAD = 9 * mm
TOTAL = 11 * mm  # the "All" column at the right
LABEL_SHARE = 0.38  # of the width, for the objectives' names
# Light to dark; white figures on the two darkest (each pair >= 4.5:1).
SHADES = ("#dceafa", "#b5d2f2", "#86b4e6", "#2f6fb3", "#174a85")
TEXT_ON = ("#102a4c", "#102a4c", "#0b1f3a", "#ffffff", "#ffffff")


def overview_flowables(coverage: Coverage, styles: PackStyles, width: float) -> list[Flowable]:
    """The overview page: heading, a line on how to read it, the grid, and what is missing."""
    title = label("overview")
    untouched = ", ".join(str(o.number) for o in coverage.untouched())
    story: list[Flowable] = [
        PageBreak(),
        Anchor(OVERVIEW_KEY, outline=[(0, title, OVERVIEW_KEY)]),
        PackParagraph(esc(title), styles.section_title),
        PackParagraph(esc(label("overview_intro")), styles.body),
        Spacer(0, 4 * mm),
        coverage_drawing(coverage, styles, width),
    ]
    if untouched:
        note = label("overview_untouched", objectives=untouched)
        story += [Spacer(0, 3 * mm), PackParagraph(esc(note), styles.small)]
    return story


def coverage_drawing(coverage: Coverage, styles: PackStyles, width: float) -> Drawing:
    """The grid: one row per objective, one column per summit (its year), totals at the right."""
    fonts = styles.fonts
    rows, columns = coverage.objectives, coverage.summits
    names = width * LABEL_SHARE
    cell = (width - names - TOTAL) / max(1, len(columns))
    height = HEAD + ROW * len(rows)
    drawing = Drawing(width, height)
    for c, summit in enumerate(columns):
        x = names + cell * (c + 0.5)
        drawing.add(
            String(
                x,
                height - HEAD + 2 * mm,
                summit.label,
                fontName=fonts.bold,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    drawing.add(
        String(
            width - 1,
            height - HEAD + 2 * mm,
            label("overview_all"),
            fontName=fonts.bold,
            fontSize=7,
            fillColor=MUTED,
            textAnchor="end",
        )
    )
    for r, objective in enumerate(rows):
        y = height - HEAD - ROW * (r + 1)
        name = f"{objective.number}  {gcm_label('objective', objective.number, objective.label)}"
        drawing.add(
            String(
                0,
                y + 2 * mm,
                _fitted(name, names),
                fontName=fonts.regular,
                fontSize=7.5,
                fillColor=INK,
            )
        )
        drawing.add(Rect(0, y, width, 0, strokeColor=RULE, strokeWidth=0.3))
        for c, summit in enumerate(columns):
            _add_cell(
                drawing,
                coverage,
                (objective.number, summit.number),
                (names + cell * c, y, cell),
                fonts.bold,
            )
        total = coverage.objective_total(objective.number)
        drawing.add(
            String(
                width - 1,
                y + 2 * mm,
                str(total),
                fontName=fonts.bold,
                fontSize=8,
                fillColor=INK if total else MUTED,
                textAnchor="end",
            )
        )
    return drawing


def _add_cell(
    drawing: Drawing,
    coverage: Coverage,
    pair: tuple[int, int],
    box: tuple[float, float, float],
    font: str,
) -> None:
    x, y, size = box
    count = coverage.count(*pair)
    if not count:
        return
    step = shade_step(count, coverage.largest) - 1
    drawing.add(
        Rect(
            x + 0.4,
            y + 0.4,
            size - 0.8,
            ROW - 0.8,
            strokeColor=None,
            fillColor=colors.HexColor(SHADES[step]),
        )
    )
    drawing.add(
        String(
            x + size / 2,
            y + 2 * mm,
            str(count),
            fontName=font,
            fontSize=8,
            fillColor=colors.HexColor(TEXT_ON[step]),
            textAnchor="middle",
        )
    )


def _fitted(text: str, width: float, points: float = 7.5) -> str:
    """``text`` cut with "…" to about ``width`` (an average letter is half a point size wide)."""
    room = int(width / (points * 0.5)) - 2
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"
