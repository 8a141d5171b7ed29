"""`pfp` as a script user meets it: JSON shapes, filters, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pfp_desktop.cli import main
from tests.catalogue_files import DAMAGES, SAYS, damaged_catalogue


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_has_every_initiative_with_the_documented_fields(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(capsys, "list", "--json")
    items = json.loads(out)
    assert code == 0 and len(items) == 48
    required = {
        "id",
        "title",
        "summit",
        "session",
        "partners",
        "policy_challenge",
        "solution",
        "gcm_objectives",
        "sdg_targets",
        "provenance",
    }
    assert all(required <= set(i) for i in items)
    kinds = {p["kind"] for i in items for p in i["partners"]}
    assert kinds == {"country", "organisation"}
    facility = next(i for i in items if i["id"] == "eu-diaspora-facility")
    assert facility["summit"] == 12
    assert facility["provenance"]["corrections"][0]["original"] == "TThe dialogue"


def test_summits_json_carries_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "summits", "--json")
    summits = {s["number"]: s for s in json.loads(out)}
    assert code == 0 and len(summits) == 14
    assert summits[11] | {"attribution_evidence": ""} == {
        "number": 11,
        "start": "2018-12-05",
        "end": "2018-12-07",
        "city": "Marrakesh",
        "country": "Morocco",
        "chair": "Germany and Morocco (co-chairs 2017-2018)",
        "attribution": "stated",
        "attribution_evidence": "",
        "initiatives": 5,
    }
    assert summits[13]["attribution"] is None


def test_list_filters_by_summit_and_partner(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "list", "--summit", "4", "--json")
    assert [i["id"] for i in json.loads(out)] == [
        "diaspora-handbook-announced",
        "unaccompanied-migrant-children-mexico",
    ]
    # Any spelling or case of a partner finds it.
    _, out, _ = _run(capsys, "list", "--partner", "oecd development center", "--json")
    assert len(json.loads(out)) == 3
    _, out, _ = _run(capsys, "list", "--partner", "Bosnia and Herzegovina")
    assert out.startswith("policy-coherence-dashboard")


def test_show_prints_the_initiative_and_its_provenance(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", "remittances-for-africa-prime")
    assert code == 0
    assert out.startswith("Remittances for Africa: reducing costs")
    assert "line 90 corrected: 'higher than 5 per 5 by 2030'" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "no-such-id"], "pfp: error: No initiative with id 'no-such-id'.\n"),
        (["list", "--partner", "Atlantis"], "pfp: error: No partner named 'Atlantis'.\n"),
        (["list", "--summit", "99"], "pfp: error: No summit number 99 in the catalogue.\n"),
    ],
)
def test_errors_are_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = _run(capsys, *args)
    assert (code, out, err) == (1, "", message)


def test_a_corrupt_catalogue_gives_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\0garbage" * 64)
    code, _, err = _run(capsys, "--catalogue", str(bad), "list")
    assert code == 1 and err.startswith("pfp: error: ") and err.count("\n") == 1


def test_build_catalogue_writes_a_catalogue(
    capsys: pytest.CaptureFixture[str], data_copy: Path, tmp_path: Path
) -> None:
    out_path = tmp_path / "new.sqlite"
    code, out, _ = _run(
        capsys, "build-catalogue", "--source-dir", str(data_copy), "--out", str(out_path)
    )
    assert code == 0 and out_path.is_file()
    assert "48 initiatives, 14 summits, 52 partners" in out


def test_the_installed_pfp_command_runs() -> None:
    pfp = Path(sys.executable).parent / "pfp"
    result = subprocess.run([pfp, "summits"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "11th Summit · Marrakesh 2018" in result.stdout


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_catalogue_is_one_line_for_every_command(tmp_path: Path, damage: str) -> None:
    bad = damaged_catalogue(tmp_path, damage)
    pfp = Path(sys.executable).parent / "pfp"
    data = tmp_path / "notes"
    for command in (
        ["list"],
        ["show", "eu-diaspora-facility"],
        ["search", "x"],
        ["summits", "--json"],
        ["show", "eu-diaspora-facility", "--json"],
    ):
        result = subprocess.run(
            [pfp, "--catalogue", str(bad), "--data-dir", str(data), *command],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert result.returncode == 1, (command, result.stderr)
        assert result.stderr.startswith("pfp: error: ") and result.stderr.count("\n") == 1
        assert SAYS[damage] in result.stderr and "Traceback" not in result.stderr
        assert result.stdout == ""


def test_list_by_partner_includes_initiatives_under_a_joint_name() -> None:
    pfp = Path(sys.executable).parent / "pfp"

    def listed(name: str) -> list[str]:
        command = [pfp, "list", "--partner", name, "--json"]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        return [item["id"] for item in json.loads(result.stdout)]

    assert "eu-diaspora-facility" in listed("European Union")
    assert "diaspora-handbook-progress" in listed("IOM")
    assert "eu-diaspora-facility" not in listed("European Commission")  # related, not merged


@pytest.mark.parametrize("where", [(), ("--summit", "8"), ("--summit", "13")])
def test_list_json_prints_what_one_json_document_of_the_whole_list_would(
    capsys: pytest.CaptureFixture[str], shipped_catalogue: Path, where: tuple[str, ...]
) -> None:
    """Printed as it is read (a list of 100,000 is never held whole), byte for byte the
    indented JSON of the list: every initiative, page order, an empty list as []."""
    from pfp_desktop.domain.models import InitiativeFilter
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.json_views import initiative_json

    _, out, _ = _run(capsys, "list", *where, "--json")
    summit = int(where[1]) if where else None
    with_service = CatalogueService(shipped_catalogue)
    try:
        items = with_service.initiatives(InitiativeFilter(summit=summit))
    finally:
        with_service.close()
    whole = [initiative_json(i) for i in items]
    assert out == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
    assert (len(whole) == 0) == (out == "[]\n")
