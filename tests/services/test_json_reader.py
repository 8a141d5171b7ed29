"""`pfp summits --json` and `pfp show ID --json` read with sqlite3 alone
(services/json_reader.py) print exactly what the services and json_views print, record by
record: on the shipped catalogue, on one whose source notes and attributions were changed, and
with the delegate's own note, star, tags and corrections on the record."""

from __future__ import annotations

import json
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from pfp_desktop.cli import main
from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services import json_views
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.json_reader import initiative_json, summits_json
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.storage.catalogue_check import open_checked
from pfp_desktop.storage.user_files import USER_DB_NAME
from tests.catalogue_files import SHIPPED, change, copy_of_shipped


def _through_the_services(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    service = CatalogueService(path)
    try:
        counts = Counter(s.summit_number for s in service.summaries())
        summits = [json_views.summit_json(s, counts[s.number]) for s in service.summits()]
        items = {i.id: json_views.initiative_json(i) for i in service.initiatives()}
    finally:
        service.close()
    return summits, items


def _read_plainly(path: Path, ids: list[str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    with closing(open_checked(path)) as connection:
        return summits_json(connection), {i: initiative_json(connection, i) for i in ids}


def _changed_catalogue(folder: Path) -> Path:
    """Source notes on lines shared by two records, a summit whose attribution is unknown, a
    related group of three, and no source name: the corners of the JSON."""
    return change(
        copy_of_shipped(folder, "changed"),
        "UPDATE summits SET attribution = NULL, evidence = '' WHERE number = 12",
        "UPDATE source_fields SET line = 5 WHERE initiative_id = 'eu-diaspora-facility'",
        "INSERT INTO corrections (line, field, original, corrected, reason) "
        "VALUES (5, 'title', 'EU Diaspra', 'EU Diaspora', 'typo'), (5, 'solution', 'a', 'b', 'c')",
        "INSERT INTO source_flags (line, note) VALUES (5, 'two records on one line')",
        "INSERT INTO related_groups (id, label, reason) VALUES (99, 'Diaspora', 'same theme')",
        "INSERT INTO related_members (group_id, initiative_id, position) VALUES "
        "(99, 'knomad-1-2', 2), (99, 'eu-diaspora-facility', 0), "
        "(99, 'remittances-for-africa-prime', 1)",
        "DELETE FROM catalogue_info WHERE key = 'source_name'",
        "INSERT INTO catalogue_info (key, value) VALUES ('source_name', '')",
    )


@pytest.mark.parametrize("which", ["shipped", "changed"])
def test_both_paths_give_the_same_json_for_every_summit_and_initiative(
    tmp_path: Path, which: str
) -> None:
    path = SHIPPED if which == "shipped" else _changed_catalogue(tmp_path)
    summits, items = _through_the_services(path)
    plain_summits, plain_items = _read_plainly(path, list(items))
    assert plain_summits == summits
    for initiative_id, expected in items.items():
        assert plain_items[initiative_id] == expected, initiative_id
    if which == "changed":  # the corners were reached
        item = items["eu-diaspora-facility"]
        assert item["provenance"]["attribution"] == "inferred"
        assert len(item["provenance"]["corrections"]) >= 2 * 2
        assert [r["id"] for r in item["related"]][:2] == [
            "remittances-for-africa-prime",
            "knomad-1-2",
        ]


def test_an_unknown_id_reads_as_none() -> None:
    with closing(open_checked(SHIPPED)) as connection:
        assert initiative_json(connection, "no-such-id") is None


def test_show_json_with_the_delegates_own_data_is_the_services_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data, wanted = tmp_path / "data", "eu-diaspora-facility"
    target = Target(TargetKind.INITIATIVE, wanted)
    personal = Personal.of(open_user_data(data))
    personal.notes.set_note(target, "Ask about phase 2")
    personal.flags.set_starred(target, True)
    personal.flags.set_tags(target, ["diaspora", "follow up"])
    personal.corrections.set_override(wanted, "title", "EU Diaspora Facility (EUDiF)", "x")
    service = CatalogueService(SHIPPED)
    try:
        expected = json_views.initiative_json(service.initiative(wanted))
    finally:
        service.close()
    mine = personal.initiative_json(wanted)
    personal.user.close()
    assert main(["--data-dir", str(data), "show", wanted, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == expected | {"personal": mine}
    assert mine["note"] == "Ask about phase 2" and mine["starred"] and mine["overrides"]


def test_show_json_with_a_damaged_notes_database_goes_through_the_recovery(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / USER_DB_NAME).write_bytes(b"not a database at all" * 100)
    assert main(["--data-dir", str(data), "show", "eu-diaspora-facility", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["personal"]["note"] == ""
    assert err.startswith("pfp: warning: ") and "Traceback" not in err
    assert (data / USER_DB_NAME).read_bytes()[:15] == b"SQLite format 3"  # a new one
