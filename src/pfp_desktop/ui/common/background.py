"""Work off the GUI thread, one way for the whole window.

- ``WorkerThread``: a worker object on its own named thread, for work that comes again and
  again (searches as the delegate types, the steps of a pack export). The owner calls the
  worker's slots through queued signals and hears back through the worker's typed signals.
- ``wait_with_dialog``: a one-off job (a ``QThread`` whose ``run`` keeps its outcome) that the
  caller waits for while the window stays live, with a progress dialog after a moment.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QObject, QThread
from PySide6.QtWidgets import QProgressDialog


class WorkerThread(QObject):
    """Owns ``worker`` and the thread it lives on. The thread starts with ``start()`` (or at
    once), and ``stop()`` ends it: a worker's slot that runs is allowed to finish first."""

    def __init__(self, worker: QObject, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._thread = QThread(self)
        self._thread.setObjectName(name)  # shows in a debugger and in py-spy dumps
        worker.moveToThread(self._thread)

    def start(self) -> None:
        if not self._thread.isRunning():
            self._thread.start()

    def stop(self, wait_ms: int | None = 5000) -> None:
        """End the thread once the running slot returns; wait that long for it (None: as long
        as it takes)."""
        if self._thread.isRunning():
            self._thread.quit()
            if wait_ms is None:
                self._thread.wait()
            else:
                self._thread.wait(wait_ms)


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
