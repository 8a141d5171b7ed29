"""The window at scale: opening, the tree's biggest level, scrolling, peak memory, and the
longest the GUI thread is blocked while searching, saving notes and exporting a pack.

Run: .venv/bin/python -m benchmarks.window_scale --catalogue /tmp/pfp-100k.sqlite
Every figure is printed beside its floor from the same run: a QStandardItemModel with the same
rows for the tree, and the heartbeat's own gap with nothing to do for responsiveness.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeView


class Heartbeat:
    """A 5 ms timer on the GUI thread; the longest gap between beats is the longest block."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def measure(self, work: Callable[[], None], until: Callable[[], bool]) -> int:
        self.longest = 0
        self.clock.start()
        self.timer.start()
        work()
        while not until():
            QTest.qWait(5)
        self.timer.stop()
        return self.longest


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def tree_floor(rows: int) -> float:
    """A plain QStandardItemModel with ``rows`` children, expanded and scrolled to the end."""
    model = QStandardItemModel()
    parent = QStandardItem("Summit")
    model.appendRow(parent)
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(360, 700)
    view.show()

    def fill() -> None:
        parent.appendRows([QStandardItem(f"Initiative {n}") for n in range(rows)])
        view.expand(model.index(0, 0))
        view.scrollToBottom()
        QApplication.processEvents()

    return timed(fill)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalogue", type=Path, required=True)
    parser.add_argument("--notes-dir", type=Path)
    args = parser.parse_args()
    app = QApplication([])
    from benchmarks.window_scale_steps import run_steps

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        notes_dir = args.notes_dir or Path(folder) / "notes"
        results = run_steps(app, args.catalogue, notes_dir, settings, Heartbeat(), tree_floor)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, value in results:
        print(f"{name:58} {value}")
    print(f"{'peak memory (RSS) of this process':58} {peak:.0f} MB")


if __name__ == "__main__":
    main()
