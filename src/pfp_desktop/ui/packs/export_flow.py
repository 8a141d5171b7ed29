"""Export PDF… from the dock: choose the file, warn about letters the fonts lack, write on the
worker thread with progress and Cancel, then offer to open or print the pack."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pfp_desktop.domain.briefing_pack import Paper
from pfp_desktop.ui.packs.export_job import ExportRequest, PackExportJob

if TYPE_CHECKING:
    from pfp_desktop.domain.briefing_pack import BriefingPack, PackResult

UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class ExportProgress(QWidget):
    """What the worker is doing, how far it got, and Cancel. Hidden while nothing runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(QCoreApplication.translate("PackExportFlow", "Export progress"))
        self.cancel_button = QPushButton(QCoreApplication.translate("PackExportFlow", "Cancel"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("PackExportFlow", "Cancel the export")
        )
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.hide()

    def begin(self, text: str, busy: bool = False) -> None:
        """Show ``text``; a busy bar (no percentage) until set() is called."""
        self.label.setText(text)
        self.bar.setRange(0, 0 if busy else 100)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def set(self, done: int, total: int) -> None:
        """How far the worker got (done of total steps)."""
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(min(done, total))

    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(QCoreApplication.translate("PackExportFlow", "Cancelling…"))
        self.cancel_requested.emit()


def default_file_name(pack_name: str) -> str:
    """'Morocco – Tuesday.pdf' from the pack's name, without characters file systems refuse."""
    stem = UNSAFE_IN_FILE_NAMES.sub("-", pack_name).strip(" .") or QCoreApplication.translate(
        "PackExportFlow", "Briefing pack"
    )
    return f"{stem}.pdf"


class PackExportFlow(QObject):
    """start() runs the whole export; finished(message) reports the outcome in one line."""

    finished = Signal(str)

    def __init__(self, parent: QWidget, progress: ExportProgress) -> None:
        super().__init__(parent)
        self.widget, self.progress = parent, progress
        self.job = PackExportJob(self)
        self.folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._target = Path()
        self._paper: Paper = "a4"
        self._left_out = 0
        self._print_copy: Path | None = None  # the temporary folder of Print briefing pack…
        self._connect()

    def _connect(self) -> None:
        self.progress.cancel_requested.connect(self.job.cancel)
        self.job.prepared.connect(self._on_prepared)
        self.job.progressed.connect(self.progress.set)
        self.job.written.connect(self._on_written)
        self.job.printed.connect(self._on_printed)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)

    @property
    def running(self) -> bool:
        """True while the worker reads, writes or prints."""
        return self.job.running

    def start(self, request: ExportRequest, pack_name: str, left_out: int = 0) -> None:
        """Ask where to save, then read and check the pack on the worker. ``left_out`` counts
        the pack's initiatives that cannot be printed (gone from the catalogue)."""
        suggested = str(Path(self.folder) / default_file_name(pack_name))
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget,
            QCoreApplication.translate("PackExportFlow", "Export briefing pack"),
            suggested,
            QCoreApplication.translate("PackExportFlow", "PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        self._target = target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")
        self.folder = str(self._target.parent)
        self._begin(request, left_out)

    def start_print(self, request: ExportRequest, pack_name: str, left_out: int = 0) -> None:
        """Print without keeping a file: the pack is written to a temporary folder, printed
        from there (the print service keeps its own copy of a job) and the folder removed."""
        self._print_copy = Path(tempfile.mkdtemp(prefix="pfp-print-"))
        self._target = self._print_copy / default_file_name(pack_name)
        self._begin(request, left_out)

    def _begin(self, request: ExportRequest, left_out: int) -> None:
        self._paper, self._left_out = request.options.paper, left_out
        self.progress.begin(
            QCoreApplication.translate("PackExportFlow", "Reading the pack…"), busy=True
        )
        self.job.prepare(request)

    def _remove_print_copy(self) -> None:
        if self._print_copy is not None:
            shutil.rmtree(self._print_copy, ignore_errors=True)
            self._print_copy = None

    def _on_prepared(self, pack: BriefingPack, missing: Sequence[str]) -> None:
        if missing and not ask_export_anyway(self.widget, missing):
            self.progress.hide()
            self._remove_print_copy()
            self.finished.emit(
                QCoreApplication.translate(
                    "PackExportFlow", "Export cancelled: no file was written."
                )
            )
            return
        self.progress.begin(
            QCoreApplication.translate("PackExportFlow", "Writing {name}…").format(
                name=self._target.name
            )
        )
        # The letters were checked as the pack was read (and the delegate chose to go on):
        # the writer need not check them again.
        self.job.write(pack, self._target, allow_missing_glyphs=True)

    def _on_written(self, result: PackResult) -> None:
        self.progress.hide()
        if self._print_copy is not None:  # Print briefing pack…: straight to the print dialog
            self.print_pack(result.path)
            return
        pages = QCoreApplication.translate("PackExportFlow", "%n page(s)", "", result.pages)
        wrote = QCoreApplication.translate("PackExportFlow", "Wrote {path}: {pages}.").format(
            path=result.path, pages=pages
        )
        if self._left_out:
            wrote += " " + left_out_text(self._left_out)
        self.finished.emit(wrote)
        choice = ask_after_export(self.widget, result, self._left_out)
        if choice == "open" and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path))):
            self.finished.emit(
                QCoreApplication.translate(
                    "PackExportFlow",
                    "No program to show PDF files was found: open {path} yourself.",
                ).format(path=result.path)
            )
        elif choice == "print":
            self.print_pack(result.path)

    def print_pack(self, path: Path) -> None:
        """Qt's print dialog, then the pages go to the printer from the worker."""
        from PySide6.QtPrintSupport import QPrintDialog

        from pfp_desktop.ui.packs.printing import new_printer

        printer = new_printer(self._paper)
        dialog = QPrintDialog(printer, self.widget)
        dialog.setWindowTitle(QCoreApplication.translate("PackExportFlow", "Print briefing pack"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._remove_print_copy()
            return
        self.progress.begin(
            QCoreApplication.translate("PackExportFlow", "Printing {name}…").format(name=path.name)
        )
        self.job.print_file(path, printer)

    def _on_printed(self, pages: int) -> None:
        self.progress.hide()
        self._remove_print_copy()
        self.finished.emit(
            QCoreApplication.translate(
                "PackExportFlow", "Sent %n page(s) to the printer.", "", pages
            )
        )

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self._remove_print_copy()
        self.finished.emit(message)
        QMessageBox.warning(
            self.widget, QCoreApplication.translate("PackExportFlow", "Briefing pack"), message
        )

    def _on_cancelled(self) -> None:
        self.progress.hide()
        self._remove_print_copy()
        self.finished.emit(
            QCoreApplication.translate(
                "PackExportFlow", "Cancelled: nothing was written or printed."
            )
        )

    def stop(self) -> None:
        """Cancel what runs and wait for the worker (the window is closing)."""
        self.job.stop()
        self._remove_print_copy()


def ask_export_anyway(parent: QWidget, missing: Sequence[str]) -> bool:
    """Name the letters the fonts cannot print; True when the delegate exports anyway."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PackExportFlow", "Letters that cannot be printed"),
        QCoreApplication.translate(
            "PackExportFlow",
            "Some letters in this pack cannot be printed with the bundled fonts. "
            "They would come out as empty boxes or in the wrong order.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    listed = ", ".join(f"{c} (U+{ord(c):04X})" for c in missing[:12])
    more = len(missing) - 12
    if more > 0:
        listed += QCoreApplication.translate("PackExportFlow", " and {count} more").format(
            count=more
        )
    box.setInformativeText(
        QCoreApplication.translate("PackExportFlow", "Letters: {letters}").format(letters=listed)
    )
    anyway = box.addButton(
        QCoreApplication.translate("PackExportFlow", "Export &anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is anyway


def left_out_text(count: int) -> str:
    """What the status and the final message say about initiatives not printed."""
    return QCoreApplication.translate(
        "PackExportFlow", "%n initiative(s) left out: not in the catalogue.", "", count
    )


def saved_text(initiatives: int, pages: int) -> str:
    """'The briefing pack is saved: 1 initiative on 3 pages.'"""
    return QCoreApplication.translate(
        "PackExportFlow", "The briefing pack is saved: {initiatives} on {pages}."
    ).format(
        initiatives=QCoreApplication.translate(
            "PackExportFlow", "%n initiative(s)", "", initiatives
        ),
        pages=QCoreApplication.translate("PackExportFlow", "%n page(s)", "", pages),
    )


def ask_after_export(parent: QWidget, result: PackResult, left_out: int = 0) -> str:
    """The pack is written: "open", "print" or "close"."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("PackExportFlow", "Briefing pack written"),
        saved_text(result.initiatives, result.pages),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    details = [str(result.path)] + ([left_out_text(left_out)] if left_out else [])
    box.setInformativeText("\n".join(details))
    buttons = {
        "open": box.addButton(
            QCoreApplication.translate("PackExportFlow", "&Open"), QMessageBox.ButtonRole.AcceptRole
        ),
        "print": box.addButton(
            QCoreApplication.translate("PackExportFlow", "&Print…"),
            QMessageBox.ButtonRole.ActionRole,
        ),
        "close": box.addButton(QMessageBox.StandardButton.Close),
    }
    box.setDefaultButton(buttons["open"])
    box.exec()
    return next((k for k, b in buttons.items() if box.clickedButton() is b), "close")
