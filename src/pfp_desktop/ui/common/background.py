"""Work off the GUI thread, one way for the whole window.

- ``WorkerThread``: a worker object on its own named thread, for work that comes again and
  again (searches as the delegate types, the steps of a pack export). The owner calls the
  worker's slots through queued signals and hears back through the worker's typed signals.
- ``OneOffJob``: work run once on its own named thread (a notes import, a catalogue update),
  which the caller waits for with ``wait_with_dialog`` while the window stays live, a progress
  dialog showing after a moment. The job keeps its outcome; whatever it did not foresee becomes
  an outcome too, never a silently dead thread under a busy dialog.

The catalogue loader (ui/catalogue_loader.py) is the one exception: a daemon thread, since the
delegate may quit while it still loads, and Qt aborts the process when a running QThread is
destroyed.
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


class OneOffJob(QThread):
    """Subclasses do the work in ``work()`` and keep its outcome; ``unexpected(exc)`` records
    anything ``work()`` raised that it did not handle."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)

    def run(self) -> None:
        try:
            self.work()
        except Exception as exc:  # a dead thread would leave the dialog up for ever
            self.unexpected(exc)

    def work(self) -> None:
        raise NotImplementedError

    def unexpected(self, exc: Exception) -> None:
        raise NotImplementedError


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
