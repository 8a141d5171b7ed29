"""Big texts in the window: selecting an initiative whose title and policy challenge are 10 KB
to 10 MB (select in the tree -> page painted), its "Show all", and notes of 1,000 to 50,000
lines in the note panel.

Run: .venv/bin/python -m benchmarks.big_texts [--sizes 10240,102400,1048576,10485760]
                                             [--lines 1000,5000,10000,50000]

Each figure is the median of a few runs, printed beside the floor measured in the same run:
the same initiative with its shipped title (about 40 characters) for the page, and a
one-line note for the note panel. The title is one unbroken word, the worst case for line
breaking (on main a 10 MB one never finished opening).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, QUrl
from PySide6.QtWidgets import QApplication

from pfp_desktop.domain.navigation import NodeKind
from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.pages.page import LIGHT_THEME, LONG_TEXT_CUT
from pfp_desktop.ui.settings import AppSettings
from tests.catalogue_files import BIG_ID, SHIPPED, long_text_catalogue

OTHER_ID = "knomad-1-2"  # the initiative selected in between runs
RUNS = 5


def _window(folder: Path, catalogue: Path, personal: Personal | None = None) -> MainWindow:
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, LIGHT_THEME, defer_panels=True)
    window.resize(1280, 800)
    window.open_catalogue(CatalogueService(catalogue), personal)
    window.show()
    QApplication.processEvents()
    return window


def _rows(window: MainWindow) -> tuple[QPersistentModelIndex, QPersistentModelIndex]:
    """The tree rows of the long initiative and of another one, loaded and opened."""
    rows = []
    for initiative_id in (OTHER_ID, BIG_ID):
        window.tree.reveal(NodeKind.INITIATIVE, initiative_id)  # quietly: no page shown
        rows.append(QPersistentModelIndex(window.tree.currentIndex()))
    return rows[1], rows[0]


def _select(window: MainWindow, row: QPersistentModelIndex) -> None:
    """As a click in the tree does: the row becomes current, the page and note follow."""
    window.tree.setCurrentIndex(QModelIndex(row))


def _painted(window: MainWindow) -> None:
    QApplication.processEvents()
    window.grab()


def _median(work: Callable[[], None], before: Callable[[], None]) -> float:
    times = []
    for _ in range(RUNS):
        before()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def page_times(folder: Path, size: int) -> tuple[float, float]:
    """(select -> painted, Show all -> painted) for a title and challenge of ``size``."""
    path = SHIPPED if size == 0 else long_text_catalogue(folder, size, f"t{size}", True)
    window = _window(folder, path)
    big, other = _rows(window)

    def open_page() -> None:
        _select(window, big)
        _painted(window)

    def show_all() -> None:
        window.details.anchorClicked.emit(QUrl("pfp:show-all/page"))
        _painted(window)

    def away() -> None:
        _select(window, other)
        _painted(window)

    opened = _median(open_page, away)
    shown = _median(show_all, open_page) if size > LONG_TEXT_CUT else 0.0
    window.close()
    window.deleteLater()
    return opened, shown


def note_time(folder: Path, lines: int) -> float:
    """Select -> painted, with a note of ``lines`` lines on the initiative."""
    personal = Personal.of(open_user_data(folder / f"notes-{lines}"))
    text = "\n".join(f"note line {n}" for n in range(lines))  # 50,000: 739,000 characters
    personal.notes.set_note(Target(TargetKind.INITIATIVE, BIG_ID), text)
    window = _window(folder, SHIPPED, personal)
    big, other = _rows(window)

    def open_page() -> None:
        _select(window, big)
        _painted(window)

    def away() -> None:
        _select(window, other)
        _painted(window)

    taken = _median(open_page, away)
    window.close()
    window.deleteLater()
    personal.user.close()
    return taken


def _line(name: str, seconds: float, floor: float, per: tuple[int, str] | None = None) -> str:
    unit = f"  {seconds / per[0] * 1e6:8.2f} µs/{per[1]}" if per else ""
    return f"{name:44} {seconds * 1000:9.1f} ms  {seconds / floor:8.1f}x floor{unit}"


def print_pages(folder: Path, sizes: list[int]) -> None:
    floor, _ = page_times(folder, 0)
    print(_line("floor: shipped title, select -> painted", floor, floor))
    for size in sizes:
        opened, shown = page_times(folder, size)
        print(
            _line(f"{size:>10,}-char title, select -> painted", opened, floor, (size // 1024, "KB"))
        )
        if size > LONG_TEXT_CUT:  # shorter ones are shown whole, with no link
            print(_line(f"{size:>10,}-char title, Show all -> painted", shown, floor))


def print_notes(folder: Path, counts: list[int]) -> None:
    floor = note_time(folder, 1)
    print(_line("floor: one-line note, select -> painted", floor, floor))
    for lines in counts:
        taken = note_time(folder, lines)
        print(_line(f"{lines:>10,}-line note, select -> painted", taken, floor, (lines, "line")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10240,102400,1048576,10485760")
    parser.add_argument("--lines", default="1000,5000,10000,50000")
    args = parser.parse_args()
    QApplication([])
    with tempfile.TemporaryDirectory() as name:
        print_pages(Path(name), [int(size) for size in args.sizes.split(",")])
        print_notes(Path(name), [int(lines) for lines in args.lines.split(",")])


if __name__ == "__main__":
    main()
