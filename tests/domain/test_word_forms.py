"""Word forms: the stemmer is SQLite's, UK and US spellings meet, typed tags are tags."""

from __future__ import annotations

import re
import sqlite3

import pytest

from pfp_desktop.domain.porter import stem
from pfp_desktop.domain.typed_tags import typed_tags, without_tags
from pfp_desktop.domain.word_forms import SPELLING_PAIRS, is_complete, spelling_variants
from tests.conftest import DATA


def _sqlite_stems(words: list[str]) -> dict[str, str]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter ascii')")
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
    stems = {}
    for word in words:
        connection.execute("DELETE FROM t")
        connection.execute("INSERT INTO t VALUES (?)", (word,))
        stems[word] = connection.execute("SELECT term FROM v").fetchone()[0]
    connection.close()
    return stems


def test_the_stemmer_is_sqlites_on_every_word_of_the_catalogue() -> None:
    """What the window highlights is what the index matched."""
    with sqlite3.connect(DATA / "pfp.sqlite") as catalogue:
        rows = catalogue.execute("SELECT title, partners, body, context FROM search_index")
        words = {w for row in rows for w in re.findall("[a-z]+", " ".join(row).lower())}
    words |= {"caresses", "ponies", "agreed", "hopping", "filing", "relational", "happy"}
    sqlite = _sqlite_stems(sorted(words))
    assert len(words) > 1000
    assert {w: stem(w) for w in words} == sqlite


@pytest.mark.parametrize(("uk", "us"), SPELLING_PAIRS)
def test_each_spelling_pair_finds_the_other_whole_and_with_endings(uk: str, us: str) -> None:
    for ending in ("", "s", "ed"):
        assert spelling_variants(uk + ending) == (uk + ending, us + ending)
        assert spelling_variants(us + ending) == (us + ending, uk + ending)


def test_words_without_a_pair_are_alone() -> None:
    assert spelling_variants("diaspora") == ("diaspora",)
    assert spelling_variants("programmes") == ("programmes", "programs")


@pytest.mark.parametrize(
    ("word", "complete"),
    [
        ("migrants", True),
        ("policies", True),
        ("organisation", True),
        ("remit", False),
        ("diaspora", False),
        ("labour", False),
    ],
)
def test_words_with_an_ending_are_whole_words(word: str, complete: bool) -> None:
    assert is_complete(word) is complete


@pytest.mark.parametrize(
    ("typed", "tags", "rest"),
    [
        ("GCM 20", [("gcm", "20")], ""),
        ("gcm20 remittances", [("gcm", "20")], "remittances"),
        ("objective 20", [("gcm", "20")], ""),
        ("SDG 10.7", [("sdg", "10.7")], ""),
        ("10.7 diaspora", [("sdg", "10.7")], "diaspora"),
        ("target 17.b", [("sdg", "17.b")], ""),
        ("SDG 10", [("sdg", "10")], ""),
        ("GCM 19 and GCM 20", [("gcm", "19"), ("gcm", "20")], "and"),
        ("GCM 99", [], "GCM 99"),  # there are 23 objectives: words, then
        ('"GCM 20"', [], '"GCM 20"'),  # a quoted phrase is words
        ("2030 agenda", [], "2030 agenda"),
    ],
)
def test_tags_typed_are_found_and_taken_out_of_the_words(
    typed: str, tags: list[tuple[str, str]], rest: str
) -> None:
    found = typed_tags(typed)
    assert [(t.facet, t.value) for t in found] == tags
    assert " ".join(without_tags(typed, found).split()) == rest
