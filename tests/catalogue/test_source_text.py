"""The parser on the real source text: anchors, entries, bullets."""

from __future__ import annotations

from pathlib import Path

import pytest

from pfp_desktop.catalogue.errors import CatalogueSourceError
from pfp_desktop.catalogue.source_text import SourceLine, SourceText, parse_entries, read_source
from tests.conftest import DATA, SOURCE_NAME


@pytest.fixture(scope="module")
def source() -> SourceText:
    return read_source(DATA / "source" / SOURCE_NAME)


def test_the_block_anchor_rule_matches_exactly_the_known_intros(source: SourceText) -> None:
    assert source.anchor_lines() == [3, 21, 65, 98, 135, 167, 221, 247, 273, 311]


def test_a_described_entry_has_title_partners_and_bullets(source: SourceText) -> None:
    entries = parse_entries(source.non_blank(22, 64))
    assert [e.title_line for e in entries] == [23, 30, 37, 44, 51, 58]
    diaspora = entries[1]
    assert diaspora.title == "EU Diaspora Facility"
    assert (diaspora.partners_line, diaspora.partners) == (32, "France and ICMPD/EU")
    assert [(b.line, b.field) for b in diaspora.bullets] == [
        (34, "policy_challenge"),
        (35, "solution"),
    ]
    # A label without a space after its colon still parses, text intact.
    solution = entries[4].bullet("solution")
    assert solution is not None and solution.text.startswith("Red Cross and Red Crescent")


def test_numbered_talks_have_their_numbering_removed_even_without_a_space(
    source: SourceText,
) -> None:
    entries = parse_entries(source.non_blank(10, 14))
    assert [(e.number, e.title[:7], e.partners) for e in entries] == [
        (1, "Connect", None),
        (2, "We have", None),
    ]


def test_an_entry_with_no_partners_line_keeps_its_bullet(source: SourceText) -> None:
    entries = parse_entries(source.non_blank(312, 319))
    assert [(e.title_line, e.partners, len(e.bullets)) for e in entries] == [
        (313, None, 1),
        (317, None, 1),
    ]


def test_an_unknown_bullet_label_is_refused_with_its_line() -> None:
    lines = [SourceLine(10, "Title"), SourceLine(12, "\u2022 Policy challenges: x")]
    with pytest.raises(
        CatalogueSourceError, match=r"line 12: unknown bullet label 'Policy challenges'"
    ):
        parse_entries(lines)


def test_a_bullet_without_a_title_is_refused() -> None:
    with pytest.raises(CatalogueSourceError, match="line 4: a bullet with no title"):
        parse_entries([SourceLine(4, "\u2022 Solution or approach: x")])


def test_a_file_that_is_not_utf8_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9".encode("latin-1"))
    with pytest.raises(CatalogueSourceError, match=r"latin1\.txt is not UTF-8 text"):
        read_source(path)
