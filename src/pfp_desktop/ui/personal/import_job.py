"""Importing a notes file off the GUI thread, with a progress dialog and Cancel.

The import service reads, checks and merges in one transaction; this thread runs it and passes
its progress back as queued signals. Cancel makes the next progress callback raise, which rolls
the transaction back: nothing is imported. The caller waits in a local event loop, so the
window keeps painting while the file is read and merged, and the caller still gets the result
as a return value.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pfp_desktop.ui.common.background import OneOffJob, wait_with_dialog

if TYPE_CHECKING:
    from pfp_desktop.domain.exchange_report import ImportReport
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.user_data import UserData

SHOW_AFTER_MS = 300  # a quick import shows no dialog at all


@dataclass(frozen=True)
class ImportOutcome:
    """How one import ended: a report, a one-line error, or cancelled (nothing imported)."""

    report: ImportReport | None = None
    error: str = ""
    cancelled: bool = False


class NotesImportThread(OneOffJob):
    progressed = Signal(int, int)  # items merged, items in all (0, 0 while reading)

    def __init__(self, user: UserData, catalogue: CatalogueService, path: Path) -> None:
        super().__init__("pfp-import-notes")
        self._user, self._catalogue, self._path = user, catalogue, path
        self._cancel = threading.Event()
        self.outcome = ImportOutcome(cancelled=True)

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        from pfp_desktop.services.notes_exchange import ImportCancelledError

        if self._cancel.is_set():
            raise ImportCancelledError
        self.progressed.emit(done, total)

    def work(self) -> None:
        from pfp_desktop.domain.personal import PersonalDataError, WriteFailedError
        from pfp_desktop.services.notes_exchange import ImportCancelledError, import_personal_data

        try:
            report = import_personal_data(self._user, self._catalogue, self._path, self._progress)
        except ImportCancelledError:
            self.outcome = ImportOutcome(cancelled=True)
        except (PersonalDataError, WriteFailedError) as exc:
            self.outcome = ImportOutcome(error=str(exc))
        except OSError as exc:
            self.outcome = ImportOutcome(error=f"{exc.strerror or exc}: {self._path}")
        else:
            self.outcome = ImportOutcome(report=report)

    def unexpected(self, exc: Exception) -> None:
        self.outcome = ImportOutcome(error=f"{type(exc).__name__}: {exc}")


def run_import(
    parent: QWidget, user: UserData, catalogue: CatalogueService, path: Path
) -> ImportOutcome:
    """Import ``path`` on a worker thread; returns when it is done, the window live meanwhile."""
    job = NotesImportThread(user, catalogue, path)
    dialog = _progress_dialog(parent, path)
    job.progressed.connect(lambda done, total: _show_progress(dialog, done, total))
    dialog.canceled.connect(job.cancel)
    wait_with_dialog(job, dialog)
    return job.outcome


def _progress_dialog(parent: QWidget, path: Path) -> QProgressDialog:
    dialog = QProgressDialog(
        QCoreApplication.translate("NotesImportJob", "Importing {0}…").format(path.name),
        QCoreApplication.translate("NotesImportJob", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("NotesImportJob", "Import notes"))
    dialog.setAccessibleName(QCoreApplication.translate("NotesImportJob", "Import progress"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)  # starts the timer that shows the dialog once SHOW_AFTER_MS passed
    return dialog


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    if dialog.wasCanceled():
        return
    dialog.setMaximum(total)
    dialog.setValue(done)
