"""`pfp export` as a script user meets it: one line on success, one line on failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from pfp_desktop.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_of_a_summit_prints_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "pack.pdf"
    code, out, err = _run(
        capsys,
        "export",
        "--out",
        str(target),
        "--summit",
        "11",
        "--title",
        "Marrakesh R&D",
        "--delegate",
        "Ana",
        "--paper",
        "letter",
    )
    pages = len(PdfReader(target).pages)
    assert (code, out, err) == (0, f"Wrote {target}: 5 initiatives, {pages} pages.\n", "")
    reader = PdfReader(target)
    assert reader.metadata is not None and reader.metadata.title == "Marrakesh R&D"
    assert round(float(reader.pages[0].mediabox.width)) == 612


def test_ids_and_partner_select(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _run(
        capsys,
        "export",
        "--out",
        str(tmp_path / "a.pdf"),
        "--ids",
        "eu-diaspora-facility",
        "diaspora-handbook-announced",
    )
    assert code == 0 and ": 2 initiatives," in out
    code, out, _ = _run(
        capsys, "export", "--out", str(tmp_path / "b.pdf"), "--partner", "oecd development center"
    )
    assert code == 0 and ": 3 initiatives," in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ids", "no-such-id"], "pfp: error: No initiative with id 'no-such-id'.\n"),
        (
            ["--summit", "13"],
            "pfp: error: Nothing to export: the 13th Summit has no initiatives in the catalogue.\n",
        ),
        (["--partner", "Atlantis"], "pfp: error: No partner named 'Atlantis'.\n"),
    ],
)
def test_a_bad_selection_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    code, out, err = _run(capsys, "export", "--out", str(tmp_path / "pack.pdf"), *args)
    assert (code, out, err) == (1, "", message)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_path_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "missing" / "pack.pdf"
    code, out, err = _run(capsys, "export", "--out", str(target), "--all")
    assert (code, out) == (1, "")
    assert err == f"pfp: error: The folder {target.parent} does not exist.\n"


def test_missing_glyphs_refuse_by_default_and_warn_when_allowed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "pack.pdf"
    args = ["export", "--out", str(target), "--summit", "4", "--meeting", "会议"]
    code, out, err = _run(capsys, *args)
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert err.startswith("pfp: error: Characters 会 (U+4F1A), 议 (U+8BAE) cannot be printed")
    assert "--allow-missing-glyphs" in err and not target.exists()
    code, out, err = _run(capsys, *args, "--allow-missing-glyphs")
    assert code == 0 and out.startswith(f"Wrote {target}: 2 initiatives")
    assert err.startswith("pfp: warning: Characters 会 (U+4F1A), 议 (U+8BAE)")
    assert err.count("\n") == 1


def test_a_selection_is_required(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--out", str(tmp_path / "pack.pdf")])
    assert exited.value.code == 2
    assert "one of the arguments --all --summit --partner --ids is required" in (
        capsys.readouterr().err
    )


def test_local_corrections_are_printed_and_marked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.services.user_data import open_user_data

    data = tmp_path / "notes"
    personal = Personal.of(open_user_data(data))
    personal.corrections.set_override("knomad-1-2", "title", "KNOMAD phase 1.2", "KNOMAD 1.2")
    personal.user.close()
    out = tmp_path / "pack.pdf"
    code = main(["--data-dir", str(data), "export", "--ids", "knomad-1-2", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "KNOMAD phase 1.2" in text
    assert "edited locally by the delegate: title" in " ".join(text.split())
