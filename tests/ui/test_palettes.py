"""Both palettes measured as WCAG 2 does: text at 4.5:1 or more on its background in the main
widgets (page, tree, note, tags, search, results, pack list), and frames at 3:1 or more, so the
note area and the tags box can be told from the window around them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton, QWidget

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.pages.page import PageTheme
from pfp_desktop.ui.pages.start import shades
from pfp_desktop.ui.theme import apply_palette
from tests.ui.conftest import WindowFactory

R = QPalette.ColorRole
TEXT_PAIRS = (
    (R.Text, R.Base),
    (R.PlaceholderText, R.Base),
    (R.WindowText, R.Window),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.Link, R.Base),
    (R.ToolTipText, R.ToolTipBase),
)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(params=["light", "dark"])
def themed_window(
    request: pytest.FixtureRequest, open_window: WindowFactory
) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = (app.style().name(), app.palette(), app.styleSheet())
    theme = apply_palette(app, dark=request.param == "dark")
    window = open_window()
    window.set_theme(theme)
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    window.pack_dock.add_initiatives(["eu-diaspora-facility"])  # the pack's list in use
    yield window
    app.setStyle(saved[0])
    app.setPalette(saved[1])
    app.setStyleSheet(saved[2])


def _main_widgets(window: MainWindow) -> dict[str, QWidget]:
    note = window.note_panel
    return {
        "page": window.details,
        "tree": window.tree,
        "note": note.viewer,
        "note editor": note.editor,
        "tags": note.tags,
        "search": window.search_field,
        "results": window.search.panel.results,
        "pack list": window.pack_dock.view,
        "window": window,
    }


def test_text_is_at_least_4_5_to_1_in_every_main_widget(themed_window: MainWindow) -> None:
    poor = []
    for name, widget in _main_widgets(themed_window).items():
        palette = widget.palette()
        for text, background in TEXT_PAIRS:
            ratio = contrast(palette.color(text), palette.color(background))
            if ratio < 4.5:
                poor.append(f"{name}: {text.name} on {background.name} {ratio:.2f}")
    assert poor == []


def test_grey_empty_groups_in_the_tree_are_legible(themed_window: MainWindow) -> None:
    model = themed_window.tree.model()
    empty = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 1).data() == "0"
    )
    brush = empty.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)  # drawn apart from the others...
    base = themed_window.tree.palette().color(R.Base)
    assert contrast(brush.color(), base) >= 4.5  # ...yet readable


def test_page_colours_and_chart_shades_are_legible(themed_window: MainWindow) -> None:
    theme: PageTheme = themed_window.theme
    base = themed_window.details.palette().color(R.Base)
    for colour in (theme.text, theme.muted, theme.accent, theme.warning):
        assert contrast(QColor(colour), base) >= 4.5, colour
    for background, text in shades(theme):
        assert contrast(QColor(text), QColor(background)) >= 4.5, background


def _edge(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


@pytest.mark.parametrize("name", ["note", "tags", "page", "tree", "search"])
def test_frames_are_visible_against_the_window_and_the_box(
    themed_window: MainWindow, name: str
) -> None:
    widget = _main_widgets(themed_window)[name]
    edge = _edge(widget)
    palette = widget.palette()
    assert contrast(edge, palette.color(R.Base)) >= 3.0
    assert contrast(edge, themed_window.palette().color(R.Window)) >= 3.0


def test_an_unticked_check_box_has_a_visible_edge(themed_window: MainWindow) -> None:
    box = themed_window.pack_dock.form.overview  # "Include an overview page", unticked
    assert not box.isChecked()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    edge = max(
        (
            image.pixelColor(x, indicator.center().y())
            for x in range(indicator.left(), indicator.center().x())
        ),
        key=lambda colour: contrast(colour, box.palette().color(R.Window)),
    )
    assert contrast(edge, box.palette().color(R.Window)) >= 3.0
