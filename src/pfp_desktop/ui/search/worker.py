"""Runs searches off the GUI thread, newest request only, so typing never freezes the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from pfp_desktop.domain.finding import FindQuery, FindResult
from pfp_desktop.ui.common.background import WorkerThread

if TYPE_CHECKING:
    from pfp_desktop.services.finder import Finder

TYPING_PAUSE_MS = 120  # search once typing pauses this long (results still arrive as you type)
PREPARE_AFTER_MS = 2000  # read the search's caches this long after the catalogue opens


class _Worker(QObject):
    finished = Signal(int, FindResult)  # request number, its result

    def __init__(self, finder: Finder, latest: list[int]) -> None:
        super().__init__()
        self.finder, self.latest = finder, latest

    @Slot()
    def prepare(self) -> None:
        self.finder.prepare()

    @Slot(int, FindQuery)
    def run(self, number: int, query: FindQuery) -> None:
        if number != self.latest[0]:
            return  # a newer request is queued: skip this one
        self.finished.emit(number, self.finder.find(query))


class SearchRunner(QObject):
    """request(query) -> (after a typing pause, in a worker thread) result_ready(query, result)."""

    result_ready = Signal(FindQuery, FindResult)
    _start = Signal(int, FindQuery)
    _prepare = Signal()

    def __init__(self, finder: Finder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = [0]
        self._queries: dict[int, FindQuery] = {}
        self._worker = _Worker(finder, self._latest)
        self._thread = WorkerThread(self._worker, "pfp-search", self)
        self._start.connect(self._worker.run)
        self._prepare.connect(self._worker.prepare)
        self._worker.finished.connect(self._on_finished)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._send)
        self._pending: FindQuery | None = None
        self._thread.start()
        # The first search then waits for nothing it could read before. Not at once: at
        # 100,000 initiatives reading takes a second of GIL beside the window, which would
        # slow the tree and the first page while the catalogue is being shown. A search asked
        # for meanwhile reads what it needs itself.
        QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare.emit)

    def request(self, query: FindQuery, at_once: bool = False) -> None:
        self._pending = query
        if at_once:
            self._send()
        else:
            self._timer.start()

    def _send(self) -> None:
        self._timer.stop()
        if self._pending is None:
            return
        self._latest[0] += 1
        self._queries = {self._latest[0]: self._pending}
        self._start.emit(self._latest[0], self._pending)
        self._pending = None

    def _on_finished(self, number: int, result: FindResult) -> None:
        query = self._queries.get(number)
        if number == self._latest[0] and query is not None:
            self.result_ready.emit(query, result)

    def stop(self) -> None:
        self._timer.stop()
        self._thread.stop()
