"""The panel's export job over the child process: progress and the written pack arrive as
before, a killed child and a bug in it each end in one line for the delegate (the bug also as
an uncaught error, so it is not lost). The thread, the child and the files are all real."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.briefing_pack import BriefingPack, PackOptions, PackResult, PackSelection
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.pack_export import read_pack
from pfp_desktop.services.pack_process import CHILD_NAME, PackWriterError
from pfp_desktop.ui.packs.export_job import PackExportJob
from tests.conftest import DATA

WAIT_MS = 60_000  # a loaded machine starts the child slowly


@pytest.fixture(scope="module")
def pack() -> Iterator[BriefingPack]:
    catalogue = CatalogueService(DATA / "pfp.sqlite")
    yield read_pack(catalogue, PackSelection(everything=True), PackOptions("Job pack"))
    catalogue.close()


@pytest.fixture
def job() -> Iterator[PackExportJob]:
    job = PackExportJob()
    yield job
    job.stop()


def test_the_job_writes_through_the_child_reporting_from_its_thread(
    qtbot: QtBot, job: PackExportJob, pack: BriefingPack, tmp_path: Path
) -> None:
    threads: set[str] = set()
    job.worker.progressed.connect(
        lambda *_: threads.add(threading.current_thread().name), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(job.written, timeout=WAIT_MS) as written:
        job.write(pack, tmp_path / "pack.pdf", False)
    result = written.args[0]
    assert isinstance(result, PackResult) and len(PdfReader(result.path).pages) == result.pages
    assert threads and threading.main_thread().name not in threads and not job.running
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_a_killed_child_is_one_line_for_the_delegate(
    qtbot: QtBot, job: PackExportJob, pack: BriefingPack, tmp_path: Path
) -> None:
    def kill(*_: object) -> None:
        for child in multiprocessing.active_children():
            if child.name == CHILD_NAME and child.pid is not None:
                os.kill(child.pid, signal.SIGKILL)

    job.worker.progressed.connect(kill, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed:
        job.write(pack, tmp_path / "pack.pdf", False)
    assert "the PDF writer stopped unexpectedly" in failed.args[0] and "\n" not in failed.args[0]
    assert list(tmp_path.iterdir()) == [] and not job.running


def test_a_bug_in_the_child_is_reported_and_said_in_one_line(
    qtbot: QtBot, job: PackExportJob, pack: BriefingPack, tmp_path: Path
) -> None:
    odd_paper = replace(pack, options=PackOptions("Pack", paper="tabloid"))  # type: ignore[arg-type]
    with (
        qtbot.capture_exceptions() as uncaught,
        qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed,
    ):
        job.write(odd_paper, tmp_path / "pack.pdf", False)
    assert failed.args == ["The pack could not be made: 'tabloid'"]
    ((kind, error, _trace),) = uncaught
    assert kind is PackWriterError and "KeyError: 'tabloid'" in str(error.__cause__)
    assert list(tmp_path.iterdir()) == []
