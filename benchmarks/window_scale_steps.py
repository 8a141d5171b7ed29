"""The steps of benchmarks/window_scale.py (kept apart so each stays short)."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pfp_desktop.domain.models import Grouping, NodeKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.ui.detail_html import LIGHT_THEME
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.settings import AppSettings


def _rss() -> str:
    import resource

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
    results.append(("open the catalogue and show the tree (in process)",
                    _ms(time.perf_counter() - start)))  # fmt: skip
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
    return [(f"GUI thread's longest block while typing a search ({shown[0]} shown)",
             f"{blocked:7d} ms")]  # fmt: skip


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
    from pfp_desktop.domain.briefing_pack import PackOptions, PackSelection
    from pfp_desktop.services.pack_export import export_briefing_pack

    ids = tuple(s.id for s in catalogue.summaries()[:1000])
    done = threading.Event()
    with tempfile.TemporaryDirectory() as folder:

        def work() -> None:
            def export() -> None:
                export_briefing_pack(catalogue, PackSelection(ids=ids), PackOptions("Scale"),
                                     Path(folder) / "pack.pdf")  # fmt: skip
                done.set()

            threading.Thread(target=export, daemon=True).start()

        blocked = heartbeat.measure(work, done.is_set)
    return [(f"GUI thread's longest block during a {len(ids)}-initiative export",
             f"{blocked:7d} ms")]  # fmt: skip
