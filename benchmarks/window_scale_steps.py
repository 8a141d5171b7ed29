"""The steps of benchmarks/window_scale.py (kept apart so each stays short)."""

from __future__ import annotations

import multiprocessing
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pfp_desktop.domain.models import Grouping, NodeKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.pages.page import LIGHT_THEME
from pfp_desktop.ui.settings import AppSettings


def _rss() -> str:
    return f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:7.0f} MB"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


def run_steps(
    app: QApplication,
    catalogue_path: Path,
    notes_dir: Path,
    settings: QSettings,
    heartbeat: Any,
    tree_floor: Callable[[int], float],
) -> list[tuple[str, str]]:
    import time

    results: list[tuple[str, str]] = []
    start = time.perf_counter()
    catalogue = CatalogueService(catalogue_path)
    personal = Personal.of(open_user_data(notes_dir))
    window = MainWindow(AppSettings(settings), LIGHT_THEME)
    window.resize(1280, 800)
    window.show()
    window.open_catalogue(catalogue, personal)
    QApplication.processEvents()
    results.append(
        ("open the catalogue and show the tree (in process)", _ms(time.perf_counter() - start))
    )
    results.append(("peak memory after opening", _rss()))
    results += _tree_steps(window, tree_floor)
    results.append(("peak memory after the tree steps", _rss()))
    results += _search_steps(window, heartbeat)
    results.append(("peak memory after searching", _rss()))
    results += _saving_steps(window, heartbeat)
    results += _export_steps(catalogue, heartbeat)
    results.append(("peak memory after the export", _rss()))
    window.close()
    return results


def _tree_steps(window: MainWindow, tree_floor: Callable[[int], float]) -> list[tuple[str, str]]:
    import time

    window.set_grouping(Grouping.SUMMIT)
    tree, model = window.tree, window.tree.model()
    biggest, rows = QModelIndex(), 0
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        count = int(model.index(row, 1).data() or 0)
        if count > rows:
            biggest, rows = index, count
    start = time.perf_counter()
    tree.expand(biggest)
    QApplication.processEvents()
    if model.rowCount(biggest) < rows:  # a summit with sessions: take its biggest session
        sessions = [model.index(r, 0, biggest) for r in range(model.rowCount(biggest))]
        biggest = max(sessions, key=lambda i: int(model.index(i.row(), 1, i.parent()).data() or 0))
        rows = int(model.index(biggest.row(), 1, biggest.parent()).data() or 0)
        tree.expand(biggest)
        QApplication.processEvents()
    first = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(rows // 100 + 10):  # the tree fetches the next batch at the bottom
        if model.rowCount(biggest) >= rows:
            break
        tree.scrollToBottom()
        QApplication.processEvents()
    scrolled = time.perf_counter() - start
    floor = tree_floor(rows)
    return [
        (f"tree: open the biggest summit ({rows} initiatives), first rows", _ms(first)),
        (f"tree: scroll to its last row ({model.rowCount(biggest)} rows loaded)", _ms(scrolled)),
        ("tree floor: QStandardItemModel, same rows, expand + scroll", _ms(floor)),
    ]


def _search_steps(window: MainWindow, heartbeat: Any) -> list[tuple[str, str]]:
    shown: list[int] = []
    panel = window.search.panel
    panel.summary.setText("")

    def type_query() -> None:
        window.search.focus()
        for char in "migration policy":
            window.search.field.insert(char)
            window.search._on_text(window.search.field.text())
            QTest.qWait(60)  # a fast typist

    blocked = heartbeat.measure(type_query, lambda: bool(panel.summary.text()))
    shown.append(panel.results.count())
    return [
        (f"GUI thread's longest block while typing a search ({shown[0]} shown)", f"{blocked:7d} ms")
    ]


def _saving_steps(window: MainWindow, heartbeat: Any) -> list[tuple[str, str]]:
    window.search.clear()
    first = window.tree.model().index(0, 0)
    node = window.tree.model().node(first)  # type: ignore[attr-defined]
    window.show_page(NodeKind(node.kind), node.key)

    def type_note() -> None:
        window.personal.actions["edit_note"].trigger()
        for char in "Ask about the recruitment cost survey, Tuesday. " * 3:
            window.note_panel.editor.insertPlainText(char)
            QTest.qWait(15)
        window.note_panel.commit()

    blocked = heartbeat.measure(type_note, lambda: True)
    return [("GUI thread's longest block while typing a note (saving each s)", f"{blocked:7d} ms")]


def _export_steps(catalogue: CatalogueService, heartbeat: Any) -> list[tuple[str, str]]:
    """The panel's own export job: the pack read on the job's thread, then written by a child
    process (services.pack_process) while the thread relays its progress."""
    from pfp_desktop.domain.briefing_pack import PackOptions
    from pfp_desktop.ui.packs.export_job import ExportRequest, PackExportJob

    ids = tuple(s.id for s in catalogue.summaries()[:1000])
    job = PackExportJob()
    answers: list[tuple[Any, ...]] = []  # prepared, then written (or failed)
    steps: list[float] = []  # when each progress step arrived
    for answer in (job.prepared, job.written, job.failed, job.cancelled):
        answer.connect(lambda *args: answers.append(args))
    job.progressed.connect(lambda *_: steps.append(time.perf_counter()))
    child_peak = [0]
    job.worker.progressed.connect(
        lambda *_: _read_child_peak(child_peak), Qt.ConnectionType.DirectConnection
    )
    request = ExportRequest(catalogue, ids, PackOptions("Scale"), notes=None)
    reading = heartbeat.measure(lambda: job.prepare(request), lambda: bool(answers))
    pack = answers.pop()[0]
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        writing = heartbeat.measure(
            lambda: job.write(pack, Path(folder) / "pack.pdf", True), lambda: bool(answers)
        )
        took = time.perf_counter() - start
    job.stop()
    assert hasattr(answers[0][0], "pages"), answers  # written, not failed
    return [
        (f"GUI thread's longest block reading a {len(ids)}-initiative pack", f"{reading:7d} ms"),
        ("GUI thread's longest block writing it (child process)", f"{writing:7d} ms"),
        ("export: from Write to the child's first step", _ms(steps[0] - start)),
        ("export: from Write to the pack in place", _ms(took)),
        ("peak memory of the child process that wrote it", f"{child_peak[0] / 1024:7.0f} MB"),
    ]


def _read_child_peak(peak: list[int]) -> None:
    """The pack writer's peak memory so far, in kB (Linux). Not RUSAGE_CHILDREN: a spawned child
    starts as a copy of this process, and that copy's size counts as its peak there."""
    from pfp_desktop.services.pack_process import CHILD_NAME

    for child in multiprocessing.active_children():
        if child.name != CHILD_NAME:
            continue
        try:
            status = Path(f"/proc/{child.pid}/status").read_text(encoding="ascii")
        except OSError:  # it has just exited
            return
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peak[0] = max(peak[0], int(line.split()[1]))


def main() -> None:
    """Only the export step: python -m benchmarks.window_scale_steps --catalogue FILE"""
    import argparse

    from benchmarks.window_scale import Heartbeat  # sets the offscreen platform first

    parser = argparse.ArgumentParser()
    parser.add_argument("--catalogue", type=Path, required=True)
    args = parser.parse_args()
    _app = QApplication([])  # the job's signals need an event loop
    for name, value in _export_steps(CatalogueService(args.catalogue), Heartbeat()):
        print(f"{name:58} {value}")


if __name__ == "__main__":
    main()
