"""Printing a pack for real: Ctrl+P in the window, the print dialog answered with a cups-pdf
queue of a private CUPS, and the printed PDF read back. A printer that vanished, a stopped
CUPS and a queue that refuses jobs each end in one clear line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.packs.cups_queue import CupsQueue, cups_queue
from tests.ui.packs.helpers import CTRL, THREE, dock_of, pack_of, titles

__all__ = ["cups_queue"]  # the fixture

Choose = Callable[[QDialog], None]


@pytest.fixture
def warnings() -> Iterator[list[str]]:
    """The warning boxes shown (as their text), answered with OK."""
    shown: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return QMessageBox.StandardButton.Ok.value

    with patch.object(QMessageBox, "warning", warning):
        yield shown


def print_with(qtbot: QtBot, window: MainWindow, choose: Choose) -> list[str]:
    """Ctrl+P, the print dialog answered by ``choose``; the status messages until it is over."""
    dock = dock_of(window)
    messages: list[str] = []
    dock.exporter.finished.connect(messages.append)

    def accept(dialog: QPrintDialog) -> int:
        choose(dialog)
        return QDialog.DialogCode.Accepted.value

    with patch.object(QPrintDialog, "exec", accept):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_P, CTRL)
        qtbot.waitUntil(lambda: bool(messages) and not dock.exporter.running, timeout=30000)
    return messages


def picks(queue: CupsQueue, then: Callable[[], object] = lambda: None) -> Choose:
    """The delegate picks the cups-pdf printer (and ``then`` happens before it prints)."""

    def choose(dialog: QDialog) -> None:
        printer = dialog.printer()  # type: ignore[attr-defined]
        printer.setPrinterName(queue.name)
        assert printer.printerName() == queue.name  # Qt lists the queue of this CUPS
        then()

    return choose


def test_a_pack_prints_on_a_real_cups_queue_with_all_its_pages(
    qtbot: QtBot, open_window: WindowFactory, catalogue: CatalogueService, cups_queue: CupsQueue
) -> None:
    window = open_window()
    pack_of(window, THREE)
    messages = print_with(qtbot, window, picks(cups_queue))
    assert messages[-1].startswith("Sent ") and messages[-1].endswith(" pages to the printer.")
    pages = int(messages[-1].split()[1])
    [printed] = cups_queue.printed()
    reader = PdfReader(printed)
    assert len(reader.pages) == pages > 3
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    for title in titles(catalogue, THREE):
        assert " ".join(title.split()) in text


def test_a_printer_that_is_gone_is_one_clear_message(
    qtbot: QtBot, open_window: WindowFactory, cups_queue: CupsQueue, warnings: list[str]
) -> None:
    window = open_window()
    pack_of(window, THREE)
    removed = picks(cups_queue, lambda: cups_queue.admin("lpadmin", "-x", cups_queue.name))
    messages = print_with(qtbot, window, removed)
    expected = (
        f"The printer “{cups_queue.name}” does not exist (any more): choose another printer "
        "and print again."
    )
    assert (messages, warnings) == ([expected], [expected])
    assert list(cups_queue.out.iterdir()) == []


def test_a_stopped_cups_is_one_clear_message(
    qtbot: QtBot, open_window: WindowFactory, cups_queue: CupsQueue, warnings: list[str]
) -> None:
    window = open_window()
    pack_of(window, THREE)
    messages = print_with(qtbot, window, picks(cups_queue, cups_queue.stop))
    expected = (
        "The print service (CUPS) is not running, so nothing was printed. Start it (or ask "
        "your administrator), or open the PDF and print it from your PDF viewer."
    )
    assert (messages, warnings) == ([expected], [expected])


def test_a_queue_that_refuses_the_job_is_one_clear_message(
    qtbot: QtBot, open_window: WindowFactory, cups_queue: CupsQueue, warnings: list[str]
) -> None:
    window = open_window()
    pack_of(window, THREE)
    refuse = picks(cups_queue, lambda: cups_queue.admin("cupsreject", cups_queue.name))
    messages = print_with(qtbot, window, refuse)
    expected = (
        f'The printer refused the pack: Destination "{cups_queue.name}" is not accepting jobs.'
    )
    assert (messages, warnings) == ([expected], [expected])
    assert list(cups_queue.out.iterdir()) == []
