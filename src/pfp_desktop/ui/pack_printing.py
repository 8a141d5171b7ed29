"""Printing a written pack: QtPdf renders each page of the PDF onto the printer chosen in Qt's
print dialog. Runs on the export job's worker thread (QPainter on a QPrinter may)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from pfp_desktop.domain.briefing_pack import Paper

RENDER_DPI = 300  # sharp on paper; a 1200 dpi printer would need 0.5 GB per page image
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


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
    """Print the pages of ``path`` the dialog chose (all by default); returns how many."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise PrintError(tr("{path} cannot be opened for printing.").format(path=path))
    first = max(1, printer.fromPage()) - 1
    last = (printer.toPage() or document.pageCount()) - 1
    pages = list(range(first, min(last, document.pageCount() - 1) + 1))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(tr("The printer could not be started."))
    try:
        for done, page in enumerate(pages):
            if is_cancelled():
                printer.abort()
                raise PrintCancelled
            if done:
                printer.newPage()
            _draw_page(painter, printer, document, page)
            progress(done + 1, len(pages))
    finally:
        painter.end()
    return len(pages)


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    """One PDF page, scaled to fit the sheet and centred on it."""
    points = document.pagePointSize(page)
    sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    scale = min(sheet.width() / points.width(), sheet.height() / points.height())
    target = QRectF(0, 0, points.width() * scale, points.height() * scale)
    target.moveCenter(QPointF(sheet.width() / 2, sheet.height() / 2))
    dpi = min(RENDER_DPI, printer.resolution())
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    painter.drawImage(target, document.render(page, size))
