"""What a person types always becomes a valid FTS5 query that finds what they meant."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pfp_desktop.domain.search_query import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_TERMS,
    highlighted,
    to_match_expression,
    tokenize,
)
from pfp_desktop.storage.search_index import TOKENIZER


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("remit", '"remit"*'),
        ("remit  diaspora", '"remit"* AND "diaspora"*'),
        ("vis-a-vis", '"vis a vis"*'),
        ("10.7", '"10 7"*'),
        ("migrant's", '"migrant"*'),
        ("migrant’s health", '"migrant"* AND "health"*'),
        ('"diaspora engagement"', '"diaspora engagement"'),
        ("“diaspora engagement”", '"diaspora engagement"'),
        ('"diaspora eng', '"diaspora eng"*'),
        (
            'labour "skills partnership" Moldova',
            '("labour"* OR "labor"*) AND "skills partnership" AND "moldova"*',
        ),
        ('a"b c"d', '"a"* AND "b c" AND "d"*'),
        ("NOT (x OR y)", '"not"* AND "x"* AND "or"* AND "y"*'),
        ("title:health^ -x*", '"title health"* AND "x"*'),
        ("café Việt", '"café"* AND "việt"*'),
        ("migrants policies", '"migrants" AND "policies"'),  # whole words: by their stem
        ("organisation", '("organisation" OR "organization")'),
        ("移民 政策", '"移民"* AND "政策"*'),
        ("x\x00y\x07z", '"x y z"*'),
        ("\ue000remit\ue001", '"remit"*'),
    ],
)
def test_typed_text_becomes_quoted_prefix_terms(typed: str, expression: str) -> None:
    assert to_match_expression(typed) == expression


@pytest.mark.parametrize("typed", ["", "   ", '""', '"', "- : * ^ ( )", "😀🎉", "\x00\x01"])
def test_text_with_nothing_to_search_for_gives_none(typed: str) -> None:
    assert to_match_expression(typed) is None


def test_long_text_is_capped() -> None:
    expression = to_match_expression("word " * 1000 + "x" * 5000)
    assert expression is not None and expression.count(" AND ") == MAX_TERMS - 1
    one_word = to_match_expression("-".join(["a"] * 2500))
    assert one_word is not None and one_word.count("a") <= 32


def test_tokens_split_on_punctuation_and_keep_marks() -> None:
    assert tokenize("vis-à-vis, e\u0301te\u0301!") == ["vis", "à", "vis", "e\u0301te\u0301"]
    assert tokenize("\u0301 \u0305") == []  # marks alone make no token


def test_highlight_markers_are_swapped_for_the_callers_own() -> None:
    snippet = f"…of {HIGHLIGHT_START}remittances{HIGHLIGHT_END} and"
    assert highlighted(snippet, "<b>", "</b>") == "…of <b>remittances</b> and"
    assert highlighted(snippet, "", "") == "…of remittances and"


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    """A small in-memory FTS5 table with the catalogue's tokenizer."""
    connection = sqlite3.connect(":memory:")
    connection.execute(f"CREATE VIRTUAL TABLE doc USING fts5(body, tokenize = '{TOKENIZER}')")
    connection.executemany(
        "INSERT INTO doc (body) VALUES (?)",
        [("remittances for Africa",), ("vis-à-vis institutions",), ("the migrant’s health",)],
    )
    yield connection
    connection.close()


def _found(connection: sqlite3.Connection, expression: str) -> list[int]:
    query = "SELECT rowid FROM doc WHERE doc MATCH ? ORDER BY rowid"
    return [row[0] for row in connection.execute(query, (expression,))]


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_gives_none_or_an_expression_fts5_accepts(
    fts: sqlite3.Connection, typed: str
) -> None:
    expression = to_match_expression(typed)
    if expression is not None:
        _found(fts, expression)  # raises sqlite3.OperationalError on a syntax error


HOSTILE = st.sampled_from(
    [
        '"',
        "'",
        "-",
        ":",
        "*",
        "^",
        "(",
        ")",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "NEAR(",
        "+",
        "\x00",
        "{",
        "}",
        ",",
        ".",
        "\\",
        "’",
        "“",
        "”",
        "😀",
        "\u202e",
        "\ufeff",
    ]
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(HOSTILE, st.text(max_size=5)), max_size=40).map(" ".join))
def test_fts5_syntax_pieces_in_any_order_never_break_the_query(
    fts: sqlite3.Connection, typed: str
) -> None:
    expression = to_match_expression(typed)
    if expression is not None:
        _found(fts, expression)


# Letters, digits, punctuation and spaces of scripts Unicode 6.1 (unicode61's tables) already
# had in full: there this tokenizer and unicode61 split text in exactly the same places.
WORDS_ALPHABET = st.one_of(
    st.characters(codec="latin-1", categories=["L", "N", "P", "Zs"]),
    st.sampled_from("αβγΩжзиЖ中文移民مرحبا\u0301\u0308ếệ‐–—’“”"),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(WORDS_ALPHABET, min_size=1, max_size=60))
def test_a_text_searched_for_finds_itself(fts: sqlite3.Connection, typed: str) -> None:
    expression = to_match_expression(typed)
    if expression is None:
        return
    fts.execute("INSERT INTO doc (rowid, body) VALUES (1000, ?)", (typed,))
    try:
        assert 1000 in _found(fts, expression), expression
    finally:
        fts.execute("DELETE FROM doc WHERE rowid = 1000")


@pytest.mark.parametrize(
    ("typed", "rows"),
    [
        ("remit", [1]),
        ("vis-a-vis", [2]),
        ("VIS À VIS", [2]),
        ("migrant's", [3]),
        ('"the migrant\'s health"', [3]),
        ('"remittances for"', [1]),
        ('"remit for"', []),
    ],
)
def test_expressions_find_what_was_meant(
    fts: sqlite3.Connection, typed: str, rows: list[int]
) -> None:
    expression = to_match_expression(typed)
    assert expression is not None and _found(fts, expression) == rows
