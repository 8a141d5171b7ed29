"""Printing a written pack: the printer, copies and pages are chosen in Qt's print dialog, and
the PDF itself goes to the system's print service (CUPS ``lp``), which prints PDF natively.
"Print to file" in the dialog writes a copy of the PDF. Runs on the export job's worker thread.

(QtPdf could render the pages through Qt instead, but its only wheel requires PySide6 6.12.0,
whose bindings over-release ``None`` on Python 3.11 and crash a long session; see README.)
"""

from __future__ import annotations

import os
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
_LP_PREFIX = re.compile(r"^(\S*/)?lp: (Error - )?")  # "/usr/bin/lp: Error - "
LP_TIMEOUT = 120  # seconds: lp only hands the file to the print service


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
        raise PrintError(
            QCoreApplication.translate(
                "PackPrinting", "{path} cannot be read for printing."
            ).format(path=path)
        ) from exc
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.toPage():
        return max(0, min(printer.toPage(), total) - max(1, printer.fromPage()) + 1)
    return total


def _send_to_cups(path: Path, printer: QPrinter) -> None:
    lp = shutil.which("lp")
    if lp is None:
        raise PrintError(
            QCoreApplication.translate(
                "PackPrinting",
                "Printing needs the system's print service (CUPS); open the PDF "
                "and print it from your PDF viewer.",
            )
        )
    command = [lp, "-n", str(max(1, printer.copyCount()))]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.toPage():
        command += ["-P", f"{max(1, printer.fromPage())}-{printer.toPage()}"]
    try:
        subprocess.run(
            [*command, str(path)],
            check=True,
            capture_output=True,
            text=True,
            timeout=LP_TIMEOUT,
            env=_english(),
        )
    except subprocess.CalledProcessError as exc:
        raise PrintError(_why_refused(exc.stderr or "", printer.printerName())) from exc
    except subprocess.TimeoutExpired as exc:
        raise PrintError(
            QCoreApplication.translate(
                "PackPrinting",
                "The print service did not take the pack within two minutes; nothing was printed.",
            )
        ) from exc
    except OSError as exc:
        message = QCoreApplication.translate(
            "PackPrinting", "The print command could not be run: {0}"
        ).format(exc.strerror or exc)
        raise PrintError(message) from exc


def _why_refused(stderr: str, printer_name: str) -> str:
    """One line on why ``lp`` refused: its own words are often misleading (with CUPS stopped
    it says the printer does not exist)."""
    if not _scheduler_running():
        return QCoreApplication.translate(
            "PackPrinting",
            "The print service (CUPS) is not running, so nothing was printed. Start it "
            "(or ask your administrator), or open the PDF and print it from your PDF "
            "viewer.",
        )
    if "does not exist" in stderr:
        return QCoreApplication.translate(
            "PackPrinting",
            "The printer “{name}” does not exist (any more): choose another printer "
            "and print again.",
        ).format(name=printer_name or QCoreApplication.translate("PackPrinting", "default"))
    if "No default destination" in stderr:
        return QCoreApplication.translate(
            "PackPrinting",
            "No printer is set up: add one in the system's printer settings, or print to a file.",
        )
    detail = _LP_PREFIX.sub("", " ".join(stderr.split()))[:200]
    return QCoreApplication.translate("PackPrinting", "The printer refused the pack: {0}").format(
        detail or QCoreApplication.translate("PackPrinting", "no reason given")
    )


def _scheduler_running() -> bool:
    """Whether CUPS answers (True when there is no lpstat to ask: then lp's words stand)."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return True
    try:
        answer = subprocess.run(
            [lpstat, "-r"], capture_output=True, text=True, timeout=10, check=False, env=_english()
        )
    except (OSError, subprocess.SubprocessError):
        return True
    return "not running" not in answer.stdout


def _english() -> dict[str, str]:
    """The environment for lp and lpstat, in the C locale: their words are matched above."""
    return {**os.environ, "LC_ALL": "C"}
