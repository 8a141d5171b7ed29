"""Printing a written pack: the printer, copies and pages are chosen in Qt's print dialog, and
the PDF itself goes to the system's print service (CUPS ``lp``), which prints PDF natively.
"Print to file" in the dialog writes a copy of the PDF. Runs on the export job's worker thread.

(QtPdf could render the pages through Qt instead, but its only wheel requires PySide6 6.12.0,
whose bindings over-release ``None`` on Python 3.11 and crash a long session; see README.)
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from pfp_desktop.domain.briefing_pack import Paper

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")


def tr(text: str) -> str:
    return QCoreApplication.translate("PackPrinting", text)


class PrintError(Exception):
    """The pack could not be printed; the message says why in one line."""


class PrintCancelled(Exception):  # noqa: N818 - a cancellation, not an error
    """The delegate cancelled printing."""


def new_printer(paper: Paper) -> QPrinter:
    """A printer set up for the pack's paper (the print dialog may change it)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    printer.setFullPage(True)  # the PDF pages carry their own margins
    return printer


def print_pdf(
    path: Path,
    printer: QPrinter,
    progress: Callable[[int, int], None],
    is_cancelled: Callable[[], bool],
) -> int:
    """Send the pages of ``path`` the dialog chose (all by default); returns how many."""
    pages = _chosen_pages(path, printer)
    if is_cancelled():
        raise PrintCancelled
    if printer.outputFileName():  # "Print to file": the PDF is already what was asked for
        shutil.copyfile(path, printer.outputFileName())
    else:
        _send_to_cups(path, printer)
    progress(pages, pages)
    return pages


def _chosen_pages(path: Path, printer: QPrinter) -> int:
    try:
        total = len(_PAGE.findall(path.read_bytes()))
    except OSError as exc:
        raise PrintError(tr("{path} cannot be read for printing.").format(path=path)) from exc
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.toPage():
        return max(0, min(printer.toPage(), total) - max(1, printer.fromPage()) + 1)
    return total


def _send_to_cups(path: Path, printer: QPrinter) -> None:
    lp = shutil.which("lp")
    if lp is None:
        raise PrintError(tr("Printing needs the system's print service (CUPS); open the PDF "
                            "and print it from your PDF viewer."))  # fmt: skip
    command = [lp, "-n", str(max(1, printer.copyCount()))]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.toPage():
        command += ["-P", f"{max(1, printer.fromPage())}-{printer.toPage()}"]
    try:
        subprocess.run([*command, str(path)], check=True, capture_output=True, text=True,
                       timeout=120)  # fmt: skip
    except (OSError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        message = tr("The printer refused the pack: {0}").format(detail.strip()[:200])
        raise PrintError(message) from exc
