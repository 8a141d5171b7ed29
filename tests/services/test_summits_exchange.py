"""The summits a delegate added travel with the notes file: merged without duplicates, a
different summit under the same number reported, older files (without them) still read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pfp_desktop.domain.personal import NO_SESSION, LocalInitiative, LocalSummit, PersonalDataError
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.notes_exchange import export_personal_data, import_personal_data
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data

BELGRADE = LocalSummit(15, 2025, "Belgrade")


def _talk_at(personal: Personal, summit: LocalSummit, title: str) -> LocalInitiative:
    numbers = {14}  # what matters here: the shipped catalogue's summits end at the 14th
    personal.additions.add_local_summit(summit, numbers)
    return personal.additions.add(LocalInitiative("", summit.number, NO_SESSION, title, ()))


def _exported(personal: Personal, catalogue: CatalogueService, path: Path) -> dict[str, Any]:
    export_personal_data(personal.user, catalogue, path)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _laptop(tmp_path: Path, name: str) -> Personal:
    return Personal.of(open_user_data(tmp_path / name))


def test_an_added_summit_is_exported_and_imported_once(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    _talk_at(personal, BELGRADE, "Diaspora bonds")
    path = tmp_path / "notes.json"
    document = _exported(personal, catalogue, path)
    assert [(s["number"], s["year"], s["city"]) for s in document["local_summits"]] == [
        (15, 2025, "Belgrade")
    ]
    other = _laptop(tmp_path, "other")
    report = import_personal_data(other.user, catalogue, path)
    assert (report.added, report.skipped, report.conflicts) == (2, 0, [])
    assert other.additions.local_summits() == [BELGRADE]
    again = import_personal_data(other.user, catalogue, path)
    assert (again.added, again.skipped, again.conflicts) == (0, 2, [])
    assert other.additions.local_summits() == [BELGRADE]


def test_a_different_summit_under_the_same_number_keeps_ours_and_says_so(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    _talk_at(personal, LocalSummit(15, 2025, "Beograd"), "Their talk")
    path = tmp_path / "theirs.json"
    export_personal_data(personal.user, catalogue, path)
    mine = _laptop(tmp_path, "mine")
    _talk_at(mine, BELGRADE, "My talk")
    report = import_personal_data(mine.user, catalogue, path)
    assert report.conflicts == [
        "summit 15 you added: yours kept (15th Summit · Belgrade 2025), not the imported "
        "15th Summit · Beograd 2025"
    ]
    summary = "1 item imported, 0 already here, 1 conflict (yours kept; see below)."
    assert report.summary() == summary
    assert mine.additions.local_summits() == [BELGRADE]
    assert sorted(a.title for a in mine.additions.all() if a.summit_number == 15) == [
        "My talk",
        "Their talk",
    ]


def test_a_summit_the_catalogue_now_holds_is_not_added_again(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    document = _exported(personal, catalogue, tmp_path / "empty.json")
    document["local_summits"] = [{"number": 14, "year": 2024, "city": "Elsewhere"}]
    report = import_personal_data(personal.user, catalogue, _write(tmp_path / "n.json", document))
    assert (report.added, report.skipped, report.conflicts) == (0, 1, [])
    assert personal.additions.local_summits() == []


def test_a_file_written_before_summits_were_exported_still_imports(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    added = _talk_at(personal, BELGRADE, "Diaspora bonds")
    document = _exported(personal, catalogue, tmp_path / "new.json")
    del document["local_summits"]
    other = _laptop(tmp_path, "other")
    report = import_personal_data(other.user, catalogue, _write(tmp_path / "old.json", document))
    assert (report.added, report.conflicts) == (1, [])
    assert other.additions.get(added.id) is not None
    assert other.additions.local_summits() == []


@pytest.mark.parametrize(
    ("summit", "message"),
    [
        ({"number": 15, "year": 1999, "city": "X"}, "A summit year runs from 2007 to 2100."),
        ({"number": 0, "year": 2025, "city": "X"}, "A summit number runs from 1 to 999."),
        ({"number": 15, "year": 2025, "city": " "}, "A summit needs its city."),
        ({"number": "15", "year": 2025, "city": "X"}, "number must be a whole number."),
    ],
)
def test_a_bad_summit_is_refused_with_where_it_is(
    personal: Personal,
    catalogue: CatalogueService,
    tmp_path: Path,
    summit: dict[str, Any],
    message: str,
) -> None:
    document = _exported(personal, catalogue, tmp_path / "empty.json")
    document["local_summits"] = [summit]
    with pytest.raises(PersonalDataError) as refused:
        import_personal_data(personal.user, catalogue, _write(tmp_path / "bad.json", document))
    assert str(refused.value).startswith("local_summits[0]")
    assert str(refused.value).endswith(message)
    assert personal.additions.local_summits() == []


def test_the_same_summit_twice_in_one_file_is_refused(
    personal: Personal, catalogue: CatalogueService, tmp_path: Path
) -> None:
    document = _exported(personal, catalogue, tmp_path / "empty.json")
    document["local_summits"] = [{"number": 15, "year": 2025, "city": c} for c in ("A", "B")]
    with pytest.raises(PersonalDataError, match=r"^local_summits\[1\] is a second summit with"):
        import_personal_data(personal.user, catalogue, _write(tmp_path / "twice.json", document))
