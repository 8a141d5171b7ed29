"""Waiting for work on a worker thread while the window stays live: a modal progress dialog
shows after a moment, and the caller gets control back when the thread has finished."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QThread
from PySide6.QtWidgets import QProgressDialog


def wait_with_dialog(job: QThread, dialog: QProgressDialog) -> None:
    """Start ``job`` and return once it has finished; the event loop runs meanwhile (the window
    repaints, the dialog's Cancel works). The dialog is closed and released afterwards."""
    loop = QEventLoop()
    job.finished.connect(loop.quit)  # queued: delivered once the loop below runs
    job.start()
    loop.exec()
    job.wait()
    dialog.reset()
    dialog.deleteLater()
