"""`pfp export` as a script user meets it: one line on success, one line on failure."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
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


PFP = str(Path(sys.executable).parent / "pfp")  # the installed entry point, as a person runs it
ONE = "eu-diaspora-facility"


def test_one_initiative_is_said_in_the_singular(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "one.pdf"
    code, out, _ = _run(capsys, "export", "--out", str(target), "--ids", ONE)
    pages = len(PdfReader(target).pages)
    assert (code, out) == (0, f"Wrote {target}: 1 initiative, {pages} pages.\n")


def test_out_dash_writes_the_pdf_to_standard_output(tmp_path: Path) -> None:
    result = subprocess.run(
        [PFP, "export", "--out", "-", "--ids", ONE, "--title", "Piped pack"],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(io.BytesIO(result.stdout))
    assert reader.metadata is not None and reader.metadata.title == "Piped pack"
    pages = len(reader.pages)
    assert result.stderr.decode() == (
        f"Wrote the PDF to standard output: 1 initiative, {pages} pages.\n"
    )
    assert list(tmp_path.iterdir()) == []  # no file named "-"


def _exported_in_a_process(target: Path, *options: str) -> PdfReader:
    result = subprocess.run(
        [PFP, "export", "--out", str(target), "--ids", ONE, *options],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    assert result.stdout == f"Wrote {target}: 1 initiative, {len(reader.pages)} pages.\n"
    return reader


def test_overview_adds_the_overview_page_as_the_window_can(tmp_path: Path) -> None:
    with_page = _exported_in_a_process(tmp_path / "overview.pdf", "--overview")
    without = _exported_in_a_process(tmp_path / "plain.pdf")
    glance = [n for n, p in enumerate(with_page.pages) if "at a glance" in p.extract_text()]
    assert len(glance) == 2  # its line in the contents, and the page itself
    assert "by GCM objective (rows)" in with_page.pages[glance[1]].extract_text()
    outline = [o.title for o in with_page.outline if not isinstance(o, list)]
    assert outline[:2] == ["Contents", "The catalogue at a glance"]
    assert not any("at a glance" in page.extract_text() for page in without.pages)
    assert len(without.pages) == len(with_page.pages) - 1


def test_out_dash_to_a_terminal_is_refused_in_one_line(tmp_path: Path) -> None:
    ours, theirs = os.openpty()
    try:
        result = subprocess.run(
            [PFP, "export", "--out", "-", "--ids", ONE],
            cwd=tmp_path,
            stdout=theirs,
            stderr=subprocess.PIPE,
            check=False,
        )
    finally:
        os.close(theirs)
        os.close(ours)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "pfp: error: Standard output is a terminal, not a place for a PDF: redirect it "
        "(--out - > pack.pdf) or give a file name.\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder mounted read-only: chmod does not stop root, a read-only mount does."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "--bind", str(folder), str(folder)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {mounted.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_read_only_folder_says_permission_denied(
    capsys: pytest.CaptureFixture[str], read_only_folder: Path
) -> None:
    """It said "the file may be open in another program", sending people to look for one."""
    target = read_only_folder / "pack.pdf"
    code, out, err = _run(capsys, "export", "--out", str(target), "--ids", ONE)
    assert (code, out) == (1, "")
    assert err == f"pfp: error: Permission denied: cannot write {target} (the disk is read-only).\n"
    assert list(read_only_folder.iterdir()) == []


def _data_with_a_huge_note(folder: Path) -> Path:
    """A data folder whose note on ONE has 50,000 lines (near the note limit): an export of
    several seconds."""
    from pfp_desktop.domain.personal import Target, TargetKind
    from pfp_desktop.services.notes import NotesService
    from pfp_desktop.services.user_data import open_user_data

    data = folder / "data"
    user = open_user_data(data)
    note = "\n".join(f"Line {n}: *costs*" for n in range(1, 50_001))
    NotesService(user).set_note(Target(TargetKind.INITIATIVE, ONE), note)
    user.close()
    return data


def _not_ignoring_sigint() -> None:
    """As started from a terminal: a test run in the background passes SIGINT on ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_export_leaves_no_file_at_all(
    tmp_path: Path, signum: signal.Signals
) -> None:
    """SIGTERM left the hidden temporary file beside the target."""
    data, out = _data_with_a_huge_note(tmp_path), tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen(
        [
            PFP,
            "--data-dir",
            str(data),
            "export",
            "--notes",
            "--ids",
            ONE,
            "--out",
            str(out / "pack.pdf"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_not_ignoring_sigint,
    )
    deadline = time.monotonic() + 60
    while not list(out.iterdir()) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert [p.name.endswith(".part") for p in out.iterdir()] == [True]  # writing, not done
    child.send_signal(signum)
    stdout, stderr = child.communicate(timeout=60)
    assert child.returncode == 128 + signum
    assert (stdout, stderr.decode()) == (
        b"",
        f"pfp: error: The export was stopped by {signum.name}. Nothing was written.\n",
    )
    assert list(out.iterdir()) == []
