"""`pfp search` as a script user meets it: JSON shape, order, filters, errors, odd queries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pfp_desktop.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    code, out, err = _run(capsys, "search", *args, "--json")
    assert (code, err) == (0, "")
    hits: list[dict[str, Any]] = json.loads(out)
    return hits


def test_json_hits_carry_the_documented_fields_best_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    hits = _json(capsys, "remit")
    assert hits and all(
        set(hit) == {"id", "title", "summit", "snippet", "score", "fields"} for hit in hits
    )
    assert hits[0]["id"] == "sending-money-home-gfrid" and hits[0]["summit"] == 10
    scores = [hit["score"] for hit in hits]
    assert scores == sorted(scores, reverse=True) and scores[-1] > 0
    assert "«remittances»" in hits[0]["snippet"]
    assert all("\ue000" not in hit["snippet"] and "\n" not in hit["snippet"] for hit in hits)
    assert hits[0]["fields"] == ["title", "body", "context"]


def test_words_of_the_query_may_be_separate_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert _json(capsys, "diaspora", "engagement") == _json(capsys, "diaspora engagement")
    phrase = _json(capsys, '"diaspora engagement"')
    assert "«diaspora engagement»" in phrase[-1]["snippet"].casefold()


def test_filters_and_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert [h["id"] for h in _json(capsys, "remit", "--summit", "11")] == [
        "remittances-for-africa-prime"
    ]
    # Any spelling, case or accent of a partner, as for `pfp list`.
    by_partner = _json(capsys, "handbook", "--partner", "migration policy institute (mpi)")
    assert [h["id"] for h in by_partner] == ["diaspora-handbook-progress"]
    assert len(_json(capsys, "migration", "--limit", "3")) == 3


def test_text_output_is_one_line_per_hit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "search", "vis-a-vis")
    assert code == 0 and out.count("\n") == 1
    assert out.startswith("african-cities-initiative-migration")
    assert "11th  African Cities’ Initiative on Migration" in out and "«vis-à-vis»" in out


@pytest.mark.parametrize("query", ['"', "-:*^()", "NOT", "x" * 5000, "😀", "\x00\x1b"])
def test_odd_queries_succeed(capsys: pytest.CaptureFixture[str], query: str) -> None:
    code, out, err = _run(capsys, "search", "--json", "--", query)
    assert code == 0 and err == "" and isinstance(json.loads(out), list)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--partner", "Atlantis"], "pfp: error: No partner named 'Atlantis'.\n"),
        (["--summit", "99"], "pfp: error: No summit number 99 in the catalogue.\n"),
    ],
)
def test_errors_are_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert _run(capsys, "search", "remit", *args) == (1, "", message)


@pytest.mark.parametrize("args", [["remit", "--limit", "0"], ["remit", "--limit", "x"], []])
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", *args])
    assert exit_info.value.code == 2
    assert "usage: pfp search" in capsys.readouterr().err


def _pfp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).parent / "pfp"), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_notes_are_searched_and_marked_in_json(tmp_path: Path) -> None:
    data = str(tmp_path / "notes")
    assert _pfp("--data-dir", data, "search", "kiwifruit").returncode == 0
    assert not (tmp_path / "notes").exists()  # searching never creates a notes folder
    assert (
        _pfp(
            "--data-dir", data, "note", "prague-process", "--set", "Ask about kiwifruit"
        ).returncode
        == 0
    )
    done = _pfp("--data-dir", data, "search", "kiwifruit", "--json")
    assert (done.returncode, done.stderr) == (0, "")
    hits = json.loads(done.stdout)
    assert [h["id"] for h in hits] == ["prague-process"]
    assert "note" in hits[0]["fields"] and "«kiwifruit»" in hits[0]["snippet"]
    # A note hit on an initiative the text finds too is marked as well.
    assert (
        _pfp("--data-dir", data, "note", "prague-process", "--set", "diaspora talks").returncode
        == 0
    )
    both = json.loads(_pfp("--data-dir", data, "search", "diaspora", "--json").stdout)
    assert "note" in next(h for h in both if h["id"] == "prague-process")["fields"]


def test_a_typed_tag_finds_exactly_the_tagged_initiatives(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pfp_desktop.domain.models import InitiativeFilter
    from pfp_desktop.services.catalogue_service import CatalogueService
    from tests.conftest import DATA

    catalogue = CatalogueService(DATA / "pfp.sqlite")
    gcm20 = {s.id for s in catalogue.summaries(InitiativeFilter(gcm_objective=20))}
    sdg107 = {s.id for s in catalogue.summaries(InitiativeFilter(sdg_target="10.7"))}
    catalogue.close()
    assert {h["id"] for h in _json(capsys, "GCM", "20", "--limit", "100")} == gcm20
    assert {h["id"] for h in _json(capsys, "SDG 10.7", "--limit", "100")} == sdg107
    assert {h["id"] for h in _json(capsys, "10.7", "--limit", "100")} == sdg107


def test_a_partner_filter_finds_its_initiatives_under_a_joint_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = [h["id"] for h in _json(capsys, "diaspora", "--partner", "European Union")]
    assert "eu-diaspora-facility" in ids  # listed under "ICMPD/EU"
