"""Reading, checking, writing and printing a briefing pack off the GUI thread.

One worker thread per dock. The worker calls the export service with progress and
is_cancelled callbacks; its signals arrive in the GUI thread (queued), so the window never
waits for reportlab or the printer. Writing runs in a child process besides (see
services.pack_process): reportlab holds the GIL for long stretches, and on a thread of this
process it stalled the window for a third of a second at a time.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from pfp_desktop.domain.briefing_pack import BriefingPack, PackOptions, PackSelection
from pfp_desktop.ui.common.background import WorkerThread

if TYPE_CHECKING:  # the services (and reportlab) load with the first export, not at start-up
    from PySide6.QtPrintSupport import QPrinter

    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.pack_export import (
        AdditionsProvider,
        CorrectionsProvider,
        NotesProvider,
    )


@dataclass(frozen=True)
class ExportRequest:
    """What to read: these catalogue initiatives, in this order, printed with these options."""

    catalogue: CatalogueService
    ids: tuple[str, ...]
    options: PackOptions
    notes: NotesProvider | None  # None: no personal notes
    corrections: CorrectionsProvider | None = None  # the delegate's local corrections
    additions: AdditionsProvider | None = None  # the initiatives the delegate added


class _Worker(QObject):
    prepared = Signal(BriefingPack, object)  # the pack, a tuple of the letters the fonts lack
    progressed = Signal(int, int)  # done, total
    written = Signal(object)  # a PackResult (its module loads reportlab: not at start-up)
    printed = Signal(int)  # pages sent to the printer
    failed = Signal(str)  # one line for the delegate
    cancelled = Signal()

    def __init__(self, cancel: threading.Event) -> None:
        super().__init__()
        self._cancel = cancel

    @Slot(ExportRequest)
    def prepare(self, request: ExportRequest) -> None:
        """Read the pack and find the letters the fonts lack."""
        from pfp_desktop.services.pack_export import (
            PackExportError,
            no_additions,
            no_corrections,
            no_notes,
            read_pack,
            unsupported_in_pack,
        )

        if not request.ids:  # an empty selection would mean the whole catalogue
            self.failed.emit(
                QCoreApplication.translate(
                    "PackExportJob", "Nothing to export: the pack holds no catalogue initiative."
                )
            )
            return
        selection = PackSelection(ids=request.ids)
        try:
            notes = request.notes or no_notes
            corrections = request.corrections or no_corrections
            additions = request.additions or no_additions
            pack = read_pack(
                request.catalogue, selection, request.options, notes, corrections, additions
            )
            missing = tuple(unsupported_in_pack(pack))
        except (LookupError, PackExportError) as exc:  # an id gone from the catalogue; no ids
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # the message must reach the delegate, not a log
            self.failed.emit(_unexpected(exc))
            return
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.prepared.emit(pack, missing)

    @Slot(BriefingPack, Path, bool)
    def write(self, pack: BriefingPack, target: Path, allow_missing_glyphs: bool) -> None:
        """Write the PDF, reporting progress and stopping when cancelled."""
        from pfp_desktop.services.pack_export import PackExportCancelled, PackExportError
        from pfp_desktop.services.pack_process import write_pack_in_process

        try:
            result = write_pack_in_process(
                pack,
                target,
                allow_missing_glyphs=allow_missing_glyphs,
                progress=self.progressed.emit,
                is_cancelled=self._cancel.is_set,
            )
        except PackExportCancelled:
            self.cancelled.emit()
        except PackExportError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # the message must reach the delegate, not a log
            self.failed.emit(_unexpected(exc))
        else:
            self.written.emit(result)

    @Slot(Path, object)  # a QPrinter, by reference: Qt cannot copy one into a queued signal
    def print_file(self, path: Path, printer: QPrinter) -> None:
        """Render the written PDF onto the printer, page by page."""
        from pfp_desktop.ui.packs.printing import PrintCancelled, PrintError, print_pdf

        try:
            pages = print_pdf(path, printer, self.progressed.emit, self._cancel.is_set)
        except PrintCancelled:
            self.cancelled.emit()
        except PrintError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # the message must reach the delegate, not a log
            self.failed.emit(_unexpected(exc))
        else:
            self.printed.emit(pages)


def _unexpected(exc: Exception) -> str:
    """A bug, not the delegate's doing: reported like any uncaught error (so tests fail on it),
    and said in one line, so the panel does not wait for ever."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
    return QCoreApplication.translate(
        "PackExportJob", "The pack could not be made: {error}"
    ).format(error=str(exc) or type(exc).__name__)


class PackExportJob(QObject):
    """prepare() -> prepared(pack, missing); write() -> progressed(...), written(result);
    print_file() -> progressed(...), printed(pages). Any step may end in failed(message) or,
    after cancel(), cancelled(). One step runs at a time."""

    prepared = Signal(BriefingPack, object)
    progressed = Signal(int, int)
    written = Signal(object)
    printed = Signal(int)
    failed = Signal(str)
    cancelled = Signal()
    _prepare = Signal(ExportRequest)
    _write = Signal(BriefingPack, Path, bool)
    _print = Signal(Path, object)  # the path, a QPrinter (by reference)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._cancel = threading.Event()
        self.worker = _Worker(self._cancel)
        self._thread = WorkerThread(self.worker, "pfp-pack-export", self)
        self._connect()

    def _connect(self) -> None:
        self._prepare.connect(self.worker.prepare)
        self._write.connect(self.worker.write)
        self._print.connect(self.worker.print_file)
        w = self.worker
        for mine, theirs in (
            (self.prepared, w.prepared),
            (self.written, w.written),
            (self.printed, w.printed),
            (self.failed, w.failed),
            (self.cancelled, w.cancelled),
        ):
            theirs.connect(self._step_done)
            theirs.connect(mine)
        w.progressed.connect(self.progressed)

    def _step_done(self, *_args: object) -> None:
        self.running = False

    def _begin(self) -> None:
        self._cancel.clear()
        self.running = True
        self._thread.start()  # on first use; stopped when the window closes

    def prepare(self, request: ExportRequest) -> None:
        """Read the pack (and the notes) and check its letters against the fonts."""
        self._begin()
        self._prepare.emit(request)

    def write(self, pack: BriefingPack, target: Path, allow_missing_glyphs: bool) -> None:
        """Write the PDF (safely: a failure or a cancel leaves no file)."""
        self._begin()
        self._write.emit(pack, target, allow_missing_glyphs)

    def print_file(self, path: Path, printer: QPrinter) -> None:
        """Send a written pack to the printer chosen in the print dialog."""
        self._begin()
        self._print.emit(path, printer)

    def cancel(self) -> None:
        """Ask the step that runs to stop (it says cancelled() when it has)."""
        self._cancel.set()

    def stop(self) -> None:
        """Cancel what runs and end the thread (the window is closing)."""
        self._cancel.set()
        self._thread.stop(wait_ms=None)  # a pack half-written at exit is not left behind
        self.running = False
