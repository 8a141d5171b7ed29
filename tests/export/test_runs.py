"""Paragraphs made from runs lay out exactly as the markup they stand for would."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Paragraph

from pfp_desktop.export.flowables import merged_fragments
from pfp_desktop.export.fonts import register_fonts
from pfp_desktop.export.markup import markdown_flowables
from pfp_desktop.export.runs import BOLD, Run
from pfp_desktop.export.styles import PackStyles, make_styles
from tests.export.conftest import FONTS

GREY = '<font color="#57606a" size="7.5">{}</font>'
CASES: list[tuple[str, list[Run]]] = [
    ("R&amp;D &lt;b&gt; AT&amp;T;", [Run("R&D <b> AT&T;")]),
    (
        "two  spaces, a tab\tand\u2003an em space ",
        [Run("two  spaces, a tab\tand\u2003an em space ")],
    ),
    ("a line<br/>and the next", [Run("a line\nand the next")]),
    ("kept\u00a0together", [Run("kept\u00a0together")]),
    (
        '<b>IOM</b> <font color="#57606a" size="7.5">organisation</font>\u2003'
        '<a href="#i-3">8</a>, <a href="#i-5">15</a>',
        [
            Run("IOM", BOLD),
            Run(" "),
            Run("organisation", GREY),
            Run("\u2003"),
            Run("8", link="i-3"),
            Run(", "),
            Run("15", link="i-5"),
        ],
    ),
    (
        "<b><i>both</i></b> and <i>one</i>",
        [Run("both", "<b><i>{}</i></b>"), Run(" and "), Run("one", "<i>{}</i>")],
    ),
]


@pytest.fixture(scope="module")
def styles() -> PackStyles:
    return make_styles(register_fonts(FONTS))


def _described(frags: list[Any]) -> list[dict[str, str]]:
    # __tag__ only records which tag the parser was in; nothing reads it after parsing.
    return [{k: repr(v) for k, v in f.__dict__.items() if k != "__tag__"} for f in frags]


def _parsed(markup: str, style: Any) -> Paragraph:
    """The paragraph reportlab parses from ``markup``, its same-looking fragments joined as
    the pack's paragraphs join them."""
    paragraph = Paragraph(markup, style)
    paragraph.frags = merged_fragments(paragraph.frags)
    return paragraph


def _lines(paragraph: Paragraph) -> tuple[float, int]:
    _, height = paragraph.wrap(120, 1000)
    return height, len(paragraph.blPara.lines)


@pytest.mark.parametrize(("markup", "runs"), CASES)
def test_runs_make_the_fragments_and_lines_of_their_markup(
    styles: PackStyles, markup: str, runs: list[Run]
) -> None:
    parsed = _parsed(markup, styles.index_entry)
    made = styles.looks.paragraph(runs, styles.index_entry)
    assert _described(made.frags) == _described(parsed.frags)
    assert _lines(made) == _lines(parsed)


@pytest.mark.parametrize(
    ("note", "markup"),
    [
        (
            "Met the **desk** in *March* & <b>",
            "Met the <b>desk</b> in <i>March</i> &amp; &lt;b&gt;",
        ),
        ("line one\nline two", "line one<br/>line two"),
        ("***both*** `a<b`", '<b><i>both</i></b> <font backColor="#efe6cc">a&lt;b</font>'),
        ("[site](https://ex.org)", 'site <font color="#57606a">(https://ex.org)</font>'),
        ("<https://ex.org>", "https://ex.org"),
    ],
)
def test_a_notes_inline_markdown_is_the_paragraph_it_reads_as(
    styles: PackStyles, note: str, markup: str
) -> None:
    [made] = markdown_flowables(note, styles)
    parsed = _parsed(markup, made.style)
    assert _described(made.frags) == _described(parsed.frags)
