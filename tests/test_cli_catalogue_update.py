"""`pfp catalogue ...`: signed updates verified, installed, described, compared and rolled
back, each as a real `pfp` process; hostile files refused in one line with nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.catalogue_files import change, copy_of_shipped
from tests.conftest import DATA
from tests.mounts import Mounts, fill
from tests.signed_files import HOSTILE, HOSTILE_SAYS, SHIPPED_VERSION, forge, make_keys, pfp

NOTED = "eu-diaspora-facility"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The curators' key pair and a stranger's, generated for this test run."""
    folder = tmp_path_factory.mktemp("keys")
    curators, curators_public = make_keys(folder, "curators")
    stranger, _ = make_keys(folder, "stranger")
    return {"private": curators, "public": curators_public, "stranger": stranger}


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _one_line_error(done: object, says: str) -> None:
    assert getattr(done, "returncode") == 1  # noqa: B009
    lines = getattr(done, "stderr").splitlines()  # noqa: B009
    assert len(lines) == 1 and lines[0].startswith("pfp: error: "), lines
    assert says in lines[0]


def test_keygen_keeps_the_private_key_private_and_never_overwrites(tmp_path: Path) -> None:
    private, public = make_keys(tmp_path, "k")
    assert private.stat().st_mode & 0o777 == 0o600
    assert public.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    again = pfp(
        "catalogue",
        "keygen",
        "--private",
        str(private),
        "--public",
        str(tmp_path / "x"),
        data_dir=tmp_path,
    )
    _one_line_error(again, "exists already")


def test_verify_names_the_signer_or_says_why_not(tmp_path: Path, keys: dict[str, Path]) -> None:
    update = tmp_path / "update.pfpcat"
    built = pfp(
        "build-catalogue", "--out", str(update), "--sign", str(keys["private"]), data_dir=tmp_path
    )
    assert built.returncode == 0, built.stderr
    good = pfp(
        "catalogue", "verify", str(update), "--trust", str(keys["public"]), data_dir=tmp_path
    )
    assert good.returncode == 0, good.stderr
    assert "Good signature: catalogue 2026.11.1 of 2026-11-28, signed by curators" in good.stdout
    _one_line_error(
        pfp("catalogue", "verify", str(update), data_dir=tmp_path),
        "signed by a key this app does not trust",
    )


def _new_release(data_copy: Path) -> None:
    """The curators' next release: a new version, one initiative's solution reworded."""
    curation = data_copy / "curation.toml"
    text = curation.read_text(encoding="utf-8")
    text = text.replace('version = "2026.11.1"', 'version = "2026.12.1"')
    curation.write_text(
        text.replace('release_date = "2026-11-28"', 'release_date = "2026-12-15"'), encoding="utf-8"
    )
    source = data_copy / "source" / "gfmd-pfp-sessions.txt"
    text = source.read_text(encoding="utf-8")
    source.write_text(
        text.replace("exchanging ideas.", "exchanging ideas across borders."), encoding="utf-8"
    )


def _personal(data_dir: Path) -> dict[str, object]:
    shown = pfp("show", NOTED, "--json", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    values: dict[str, object] = json.loads(shown.stdout)
    return values


def _write_personal_items(data_dir: Path) -> None:
    """A note (by `pfp note`), a star and a correction (by the services, as the window does)."""
    assert pfp("note", NOTED, "--set", "Ask the ICMPD desk", data_dir=data_dir).returncode == 0
    from pfp_desktop.domain.personal import Target, TargetKind
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.services.user_data import open_user_data

    personal = Personal.of(open_user_data(data_dir))
    try:
        personal.flags.set_starred(Target(TargetKind.INITIATIVE, NOTED), True)
        personal.corrections.set_override(
            NOTED, "title", "EU Diaspora Facility (EUDiF)", "EU Diaspora Facility"
        )
    finally:
        personal.user.close()


def test_an_update_built_from_data_installs_keeps_every_note_and_rolls_back(
    tmp_path: Path, data_copy: Path, keys: dict[str, Path]
) -> None:
    data_dir = tmp_path / "delegate"
    _write_personal_items(data_dir)
    mine = _personal(data_dir)["personal"]
    _new_release(data_copy)
    update = tmp_path / "pfp-2026.12.1.pfpcat"
    built = pfp(
        "build-catalogue",
        "--source-dir",
        str(data_copy),
        "--out",
        str(update),
        "--sign",
        str(keys["private"]),
        data_dir=data_dir,
    )
    assert built.returncode == 0, built.stderr

    done = pfp(
        "catalogue", "install", str(update), "--trust", str(keys["public"]), data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr
    status = json.loads(pfp("catalogue", "status", "--json", data_dir=data_dir).stdout)
    assert (status["in_use"]["version"], status["in_use"]["release_date"]) == (
        "2026.12.1",
        "2026-12-15",
    )
    assert status["in_use"]["signer"].startswith("curators (SHA256:")
    assert status["in_use"]["source"] == str(update)
    assert status["previous"]["version"] == SHIPPED_VERSION[0]
    assert status["previous"]["source"] == "shipped"
    shown = _personal(data_dir)
    assert shown["solution"].endswith("exchanging ideas across borders.")  # type: ignore[union-attr]
    assert shown["personal"] == mine  # note, star and correction, untouched

    diff = pfp(
        "catalogue",
        "diff",
        str(DATA / "pfp.sqlite"),
        status["in_use"]["path"],
        "--json",
        data_dir=data_dir,
    )
    assert json.loads(diff.stdout)["changed"] == [
        {"id": NOTED, "title": "EU Diaspora Facility", "fields": ["solution"]}
    ]

    back = pfp("catalogue", "rollback", data_dir=data_dir)
    assert back.returncode == 0, back.stderr
    status = json.loads(pfp("catalogue", "status", "--json", data_dir=data_dir).stdout)
    assert status["in_use"]["version"] == SHIPPED_VERSION[0]
    assert status["previous"]["version"] == "2026.12.1"
    shown = _personal(data_dir)
    assert shown["solution"].endswith("exchanging ideas.")  # type: ignore[union-attr]
    assert shown["personal"] == mine


def test_diff_lists_new_changed_and_removed_with_the_delegates_notes(
    tmp_path: Path, keys: dict[str, Path]
) -> None:
    newer = change(
        copy_of_shipped(tmp_path, "newer"),
        "PRAGMA foreign_keys=OFF",
        f"UPDATE initiatives SET title = 'Renamed' WHERE id = '{NOTED}'",
        "UPDATE initiatives SET id = 'a-new-one' WHERE id = 'knomad-1-2'",
    )
    data_dir = tmp_path / "delegate"
    assert pfp("note", "knomad-1-2", "--set", "Follow up", data_dir=data_dir).returncode == 0
    text = pfp("catalogue", "diff", str(DATA / "pfp.sqlite"), str(newer), data_dir=data_dir)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "Catalogue 2026.11.1 -> 2026.11.1"
    assert "new      a-new-one  KNOMAD 1.2" in lines
    assert f"changed  {NOTED}  Renamed  (title)" in lines
    assert "removed  knomad-1-2  KNOMAD 1.2  (you have notes on it)" in lines


@pytest.fixture
def installed(tmp_path: Path, keys: dict[str, Path]) -> Path:
    """A delegate's data folder with a note and a trusted update installed."""
    data_dir = tmp_path / "delegate"
    assert pfp("note", NOTED, "--set", "Keep me", data_dir=data_dir).returncode == 0
    good = forge((DATA / "pfp.sqlite").read_bytes(), keys["private"], tmp_path / "good.pfpcat")
    done = pfp("catalogue", "install", str(good), "--trust", str(keys["public"]), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    return data_dir


@pytest.mark.parametrize("hostile", sorted(HOSTILE))
def test_a_hostile_update_is_refused_in_one_line_and_changes_nothing(
    tmp_path: Path, keys: dict[str, Path], installed: Path, hostile: str
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    file = HOSTILE[hostile](folder, keys["private"], keys["stranger"])
    status = pfp("catalogue", "status", "--json", data_dir=installed).stdout
    before = _folder_bytes(installed)

    done = pfp(
        "catalogue", "install", str(file), "--trust", str(keys["public"]), data_dir=installed
    )
    _one_line_error(done, HOSTILE_SAYS[hostile])
    assert str(file) in done.stderr and "Traceback" not in done.stderr
    assert pfp("catalogue", "status", "--json", data_dir=installed).stdout == status
    assert _folder_bytes(installed) == before
    assert pfp("note", NOTED, data_dir=installed).stdout.strip() == "Keep me"


def test_a_refused_first_install_leaves_no_folder(tmp_path: Path, keys: dict[str, Path]) -> None:
    data_dir = tmp_path / "fresh"
    file = HOSTILE["extra-trigger"](tmp_path, keys["private"], keys["stranger"])
    status = pfp("catalogue", "status", "--json", data_dir=data_dir).stdout
    done = pfp("catalogue", "install", str(file), "--trust", str(keys["public"]), data_dir=data_dir)
    _one_line_error(done, "trigger wipe")
    assert not data_dir.exists()
    assert pfp("catalogue", "status", "--json", data_dir=data_dir).stdout == status


def test_rollback_without_a_previous_catalogue_is_one_line(tmp_path: Path) -> None:
    _one_line_error(
        pfp("catalogue", "rollback", data_dir=tmp_path / "none"), "no previous catalogue"
    )


@pytest.mark.parametrize("fault", ["full-disk", "read-only"])
def test_an_install_that_cannot_be_written_changes_nothing(
    tmp_path: Path, keys: dict[str, Path], mounts: Mounts, fault: str
) -> None:
    data_dir = tmp_path / "delegate"
    if fault == "full-disk":
        mounts.small_disk(data_dir, "2m")  # (a read-only bind mount of a mount is two mounts)
    first = forge((DATA / "pfp.sqlite").read_bytes(), keys["private"], tmp_path / "a.pfpcat")
    trust = ["--trust", str(keys["public"])]
    assert pfp("catalogue", "install", str(first), *trust, data_dir=data_dir).returncode == 0
    assert pfp("note", NOTED, "--set", "Keep me", data_dir=data_dir).returncode == 0
    newer = change(
        copy_of_shipped(tmp_path, "newer"),
        "UPDATE catalogue_info SET value = '2026.12.1' WHERE key = 'version'",
    )
    second = forge(newer.read_bytes(), keys["private"], tmp_path / "b.pfpcat", version="2026.12.1")
    status = pfp("catalogue", "status", "--json", data_dir=data_dir).stdout
    if fault == "full-disk":
        fill(data_dir)
    else:
        mounts.read_only(data_dir)
    before = _folder_bytes(data_dir)

    done = pfp("catalogue", "install", str(second), *trust, data_dir=data_dir)
    says = "the disk is full" if fault == "full-disk" else "read-only"
    _one_line_error(done, f"{second} was not installed: {says}")
    assert _folder_bytes(data_dir) == before  # no half-written catalogue left behind
    assert pfp("catalogue", "status", "--json", data_dir=data_dir).stdout == status
    if fault == "full-disk":
        (data_dir / "filler").unlink()  # reading notes on a full disk is another story
    shown = pfp("note", NOTED, data_dir=data_dir)
    assert shown.stdout.strip() == "Keep me", shown.stderr
