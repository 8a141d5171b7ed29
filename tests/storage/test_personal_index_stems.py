"""Migration 0003: notes written under an older schema are found by any form of their words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pfp_desktop.domain.search_query import to_match_expression
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.storage.personal_search import personal_matches
from pfp_desktop.storage.user_db import USER_DB_NAME

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("userdb-schema-*.sqlite")))
def test_an_old_note_is_found_by_another_form_of_its_words(fixture: Path, tmp_path: Path) -> None:
    shutil.copy(fixture, tmp_path / USER_DB_NAME)
    user = open_user_data(tmp_path)  # migrates to the newest schema
    expression = to_match_expression("meetings")  # the note says "Meet the EUDiF team"
    assert expression is not None
    found = {(m.key, m.source) for m in personal_matches(user.engine, expression)}
    assert ("eu-diaspora-facility", "note") in found
    user.close()
