"""Writing a pack in a child process: the PDF (read back with pypdf), its progress, cancelling,
a place that cannot be written, letters the fonts lack, a bug, and a child that is killed.
Each test starts a real child; none may leave a partial PDF or a temporary file behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

import pfp_desktop
from pfp_desktop.domain.briefing_pack import BriefingPack, PackOptions, PackSelection
from pfp_desktop.services import pack_process
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.pack_export import (
    MissingGlyphsError,
    PackExportCancelled,
    PackExportError,
    read_pack,
)
from pfp_desktop.services.pack_process import CHILD_NAME, PackWriterError, write_pack_in_process
from tests.conftest import DATA

Steps = list[tuple[int, int]]


@pytest.fixture(scope="module")
def pack() -> Iterator[BriefingPack]:
    """The whole shipped catalogue (48 initiatives): long enough to cancel or kill midway."""
    catalogue = CatalogueService(DATA / "pfp.sqlite")
    yield read_pack(catalogue, PackSelection(everything=True), PackOptions("Process pack"))
    catalogue.close()


def _recorder(steps: Steps, then: Callable[[], None] = lambda: None) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        then()

    return progress


def test_the_child_writes_the_pdf_and_reports_progress(pack: BriefingPack, tmp_path: Path) -> None:
    steps: Steps = []
    result = write_pack_in_process(pack, tmp_path / "pack.pdf", progress=_recorder(steps))
    reader = PdfReader(result.path)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert result.path == tmp_path / "pack.pdf" and result.pages == len(reader.pages) > 48
    assert result.initiatives == 48 and "Process pack" in text
    assert all(" ".join(item.title.split()) in text for item in pack.initiatives)
    # the same metadata as services.pack_export.write_pack, which the CLI uses
    assert reader.metadata is not None
    assert reader.metadata["/Creator"] == f"PfP Desktop {pfp_desktop.__version__}"
    done = [d for d, _ in steps]
    assert done == sorted(done) and steps[-1][0] == steps[-1][1] >= 48
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_cancelling_midway_leaves_nothing(pack: BriefingPack, tmp_path: Path) -> None:
    steps: Steps = []
    with pytest.raises(PackExportCancelled):
        write_pack_in_process(
            pack,
            tmp_path / "pack.pdf",
            progress=_recorder(steps),
            is_cancelled=lambda: len(steps) >= 20,
        )
    assert 20 <= len(steps) < steps[-1][1]
    assert list(tmp_path.iterdir()) == []


def test_a_child_that_ignores_the_cancel_is_stopped_and_tidied_up_after(
    pack: BriefingPack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As when the cancel comes while a big file is being saved: no grace, stopped at once."""
    monkeypatch.setattr(pack_process, "_CANCEL_GRACE_SECONDS", -1.0)
    steps: Steps = []
    with pytest.raises(PackExportCancelled):
        write_pack_in_process(
            pack,
            tmp_path / "pack.pdf",
            progress=_recorder(steps),
            is_cancelled=lambda: len(steps) >= 5,
        )
    assert multiprocessing.active_children() == []
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_export_keeps_the_previous_pack(pack: BriefingPack, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"%PDF- the pack from yesterday")
    with pytest.raises(PackExportCancelled):
        write_pack_in_process(pack, target, is_cancelled=lambda: True)
    assert target.read_bytes() == b"%PDF- the pack from yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder the child may not write in. Root writes anywhere a folder's mode forbids, and its
    child cannot drop to an ordinary user (it could not read this Python), but /sys is closed
    even to root."""
    if os.geteuid() == 0:
        if not Path("/sys/kernel").is_dir():
            pytest.skip("runs as root without a /sys to be refused by")
        yield Path("/sys")
        return
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_a_read_only_folder_says_so_in_one_line(pack: BriefingPack, locked_folder: Path) -> None:
    target = locked_folder / "pack.pdf"
    with pytest.raises(PackExportError) as error:
        write_pack_in_process(pack, target)
    assert str(error.value) == f"Permission denied: cannot write {target}."
    assert not list(locked_folder.glob(".pfp-*")) and not target.exists()


def test_a_missing_folder_is_named(pack: BriefingPack, tmp_path: Path) -> None:
    with pytest.raises(PackExportError, match=r"^The folder .*/absent does not exist\.$"):
        write_pack_in_process(pack, tmp_path / "absent" / "pack.pdf")
    assert list(tmp_path.iterdir()) == []


def test_letters_the_fonts_lack_come_back_as_such(pack: BriefingPack, tmp_path: Path) -> None:
    chinese = replace(pack, options=PackOptions("中文 briefing"))
    with pytest.raises(MissingGlyphsError) as error:
        write_pack_in_process(chinese, tmp_path / "pack.pdf")
    assert error.value.characters == ("中", "文") and "cannot be printed" in str(error.value)
    assert list(tmp_path.iterdir()) == []


def test_a_bug_in_the_child_is_one_line_with_its_traceback_as_cause(
    pack: BriefingPack, tmp_path: Path
) -> None:
    odd_paper = replace(pack, options=PackOptions("Pack", paper="tabloid"))  # type: ignore[arg-type]
    with pytest.raises(PackWriterError) as error:
        write_pack_in_process(odd_paper, tmp_path / "pack.pdf")
    assert str(error.value) == "'tabloid'"
    assert "Traceback" in str(error.value.__cause__) and "KeyError" in str(error.value.__cause__)
    assert list(tmp_path.iterdir()) == []


def _kill_the_child() -> None:
    (child,) = [p for p in multiprocessing.active_children() if p.name == CHILD_NAME]
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)


def test_a_killed_child_is_a_clear_error_and_leaves_nothing(
    pack: BriefingPack, tmp_path: Path
) -> None:
    steps: Steps = []
    with pytest.raises(PackExportError) as error:  # killed at its first step: a .part exists
        write_pack_in_process(
            pack, tmp_path / "pack.pdf", progress=_recorder(steps, then=_kill_the_child)
        )
    assert str(error.value) == (
        "The pack could not be written: the PDF writer stopped unexpectedly (it was ended by "
        "SIGKILL; perhaps the computer ran out of memory). Nothing was written."
    )
    assert multiprocessing.active_children() == []
    assert list(tmp_path.iterdir()) == []


def _stop_the_child(signum: int) -> Callable[[], None]:
    sent: list[int] = []

    def stop() -> None:  # once: progress sent before the signal arrived may follow
        if sent:
            return
        (child,) = [p for p in multiprocessing.active_children() if p.name == CHILD_NAME]
        assert child.pid is not None
        os.kill(child.pid, signum)
        sent.append(signum)

    return stop


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_child_stopped_by_a_signal_says_so_and_leaves_nothing(
    pack: BriefingPack, tmp_path: Path, signum: signal.Signals
) -> None:
    """A shutdown or Ctrl+C in the terminal stops the writer: it removes its own temporary
    file and says it was stopped, not that the computer may have run out of memory."""
    if signal.getsignal(signum) is signal.SIG_IGN:  # then so it is in the child, rightly
        pytest.skip(f"{signum.name} is ignored by this test run (started in the background?)")
    steps: Steps = []
    with pytest.raises(PackExportError) as error:  # stopped at its first step: a .part exists
        write_pack_in_process(
            pack, tmp_path / "pack.pdf", progress=_recorder(steps, then=_stop_the_child(signum))
        )
    assert str(error.value) == (
        f"The pack could not be written: the PDF writer was stopped by {signum.name}. "
        "Nothing was written."
    )
    assert multiprocessing.active_children() == []
    assert list(tmp_path.iterdir()) == []


def test_the_child_loads_neither_qt_nor_sqlalchemy() -> None:
    """A spawned child imports the parent's main module again (for `pfp-desktop`, the console
    script, which imports pfp_desktop.ui.app) and then this service; neither may pull in Qt,
    nor SQLAlchemy, which would add a third of a second to every export."""
    probe = (
        "import sys, pfp_desktop.ui.app, pfp_desktop.services.pack_process\n"
        "print(sorted({m.partition('.')[0] for m in sys.modules} & {'PySide6', 'sqlalchemy'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
