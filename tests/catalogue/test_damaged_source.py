"""Deliberately damaged copies of the source text and curation: clear errors, no guesses."""

from __future__ import annotations

from pathlib import Path

import pytest

from pfp_desktop.catalogue.builder import SourcePaths, build
from pfp_desktop.catalogue.errors import CatalogueSourceError
from tests.conftest import SOURCE_NAME, EditLines


def _build(data: Path) -> None:
    build(SourcePaths.in_folder(data))


def _error(data: Path) -> str:
    with pytest.raises(CatalogueSourceError) as caught:
        _build(data)
    return str(caught.value)


def test_the_undamaged_copy_builds(data_copy: Path) -> None:
    _build(data_copy)


def test_a_moved_anchor_names_its_line(data_copy: Path, edit_source: EditLines) -> None:
    # An extra paragraph before the 11th-Summit block pushes its intro down one line pair.
    edit_source(lambda lines: [*lines[:63], "A stray paragraph.", "", *lines[63:]])
    message = _error(data_copy)
    assert message.startswith("line 65: expected the PfP block of summit 11")


def test_an_unexpected_block_intro_is_refused(data_copy: Path, edit_source: EditLines) -> None:
    def rename(lines: list[str]) -> list[str]:
        lines[29] = "EU Diaspora Facility session"  # line 30 now reads like a block intro
        return lines

    edit_source(rename)
    assert _error(data_copy).startswith("line 30: 'EU Diaspora Facility session' reads like")


def test_a_missing_partners_line_is_refused(data_copy: Path, edit_source: EditLines) -> None:
    # Blank out line 32 ("France and ICMPD/EU"): the title is now followed by bullets.
    edit_source(lambda lines: [*lines[:31], "", *lines[32:]])
    message = _error(data_copy)
    assert message == (
        "line 30: curation expects a partners line after the title of eu-diaspora-facility"
    )


def test_an_unknown_bullet_label_is_refused(data_copy: Path, edit_source: EditLines) -> None:
    def relabel(lines: list[str]) -> list[str]:
        lines[33] = lines[33].replace("Policy challenge:", "Challenge:")
        return lines

    edit_source(relabel)
    assert _error(data_copy).startswith("line 34: unknown bullet label 'Challenge'")


def test_an_unknown_partner_is_refused(data_copy: Path, edit_source: EditLines) -> None:
    def add_partner(lines: list[str]) -> list[str]:
        lines[31] = "France, Atlantis and ICMPD/EU"
        return lines

    edit_source(add_partner)
    assert _error(data_copy).startswith("line 32: unknown partner 'Atlantis'")


def test_a_changed_title_is_refused(data_copy: Path, edit_source: EditLines) -> None:
    def retitle(lines: list[str]) -> list[str]:
        lines[29] = "EU Diaspora Facility (EUDiF)"
        return lines

    edit_source(retitle)
    assert _error(data_copy).startswith(
        "line 30: curation expects the title 'EU Diaspora Facility' (eu-diaspora-facility)"
    )


def test_an_erratum_that_no_longer_matches_is_refused(
    data_copy: Path, edit_source: EditLines
) -> None:
    def fix_typo_at_source(lines: list[str]) -> list[str]:
        lines[33] = lines[33].replace("TThe", "The")
        return lines

    edit_source(fix_typo_at_source)
    assert _error(data_copy).startswith("line 34: erratum 'TThe dialogue' -> 'The dialogue' does")


def test_a_new_entry_needs_a_stable_id(data_copy: Path, edit_source: EditLines) -> None:
    new = ["A New Initiative", "", "Spain", "", "  \u2022 Solution or approach: Something.", ""]
    edit_source(lambda lines: [*lines[:318], "", *new])
    assert "is not in the curation file: give it a stable id" in _error(data_copy)


def test_a_duplicate_that_diverged_is_refused(data_copy: Path, edit_source: EditLines) -> None:
    def change_copy(lines: list[str]) -> list[str]:
        lines[193] = lines[193].replace("To tap into", "To tap")
        return lines

    edit_source(change_copy)
    assert _error(data_copy).startswith("line 189: this entry no longer duplicates")


def test_a_broken_curation_file_names_the_problem(data_copy: Path) -> None:
    curation = data_copy / "curation.toml"
    curation.write_text(
        curation.read_text(encoding="utf-8").replace("line = 30\n", 'line = "30"\n', 1)
    )
    assert "should be int" in _error(data_copy)
    curation.write_text("[catalogue\nversion = 1")
    assert "is not valid TOML" in _error(data_copy)


def test_a_missing_source_file_is_an_error_not_a_guess(data_copy: Path) -> None:
    (data_copy / "source" / SOURCE_NAME).unlink()
    with pytest.raises(FileNotFoundError):
        _build(data_copy)
