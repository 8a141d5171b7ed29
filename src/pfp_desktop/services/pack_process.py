"""Writing a briefing pack in a child process, so the app's process only relays the progress.

reportlab lays a pack out in pure Python and holds the GIL for long stretches: on a thread of
the GUI process it stalled the window for a third of a second at a time. A child process has a
GIL of its own. It is started with "spawn", never "fork": the parent runs Qt threads, and a
forked copy of a lock one of them holds would never be released.

One pipe joins the two. The parent sends the pack, then perhaps "cancel"; the child sends
("progress", done, total) as it goes and then one outcome. Once the pack is sent the parent
waits on the pipe only with a timeout, so a child that dies (killed, out of memory) is noticed
at once, said in one line, and the temporary file it leaves beside the target is removed.

This module is what the child imports (it unpickles ``_write_in_child`` from here): it loads
reportlab and the domain, never Qt and never SQLAlchemy, to start in about a third of a second.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
import traceback
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

import pfp_desktop
from pfp_desktop.domain.briefing_pack import BriefingPack, PackResult
from pfp_desktop.domain.models import Initiative
from pfp_desktop.export import (
    ExportInterrupted,
    MissingGlyphsError,
    PackExportCancelled,
    PackExportError,
    export_pack,
    export_pack_bytes,
    stopped_by_signals,
)
from pfp_desktop.export.document import CancelCheck, ProgressCallback
from pfp_desktop.export.writer import is_temporary_of
from pfp_desktop.services.locations import shipped_resource

__all__ = [
    "CHILD_NAME",
    "PackWriterError",
    "write_pack",
    "write_pack_bytes",
    "write_pack_in_process",
]

CHILD_NAME = "pfp-pack-writer"
_POLL_SECONDS = 0.05  # how soon a cancel or a dead child is noticed
_CANCEL_GRACE_SECONDS = 2.0  # the child stops between initiatives; not while saving the file
_EXIT_SECONDS = 5.0  # for a child that has answered to exit of its own accord
_BATCH = 25  # initiatives a message (see _send_job)


def write_pack(
    pack: BriefingPack,
    target: Path,
    *,
    allow_missing_glyphs: bool = False,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> PackResult:
    """Write a pack already read with ``read_pack``, in the shipped fonts, in this process
    (services.pack_export re-exports it; it lives here, where SQLAlchemy is not imported, for
    the child to call)."""
    return export_pack(
        pack,
        target,
        fonts_dir=shipped_resource("fonts"),
        creator=f"PfP Desktop {pfp_desktop.__version__}",
        allow_missing_glyphs=allow_missing_glyphs,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def write_pack_bytes(
    pack: BriefingPack, *, allow_missing_glyphs: bool = False
) -> tuple[bytes, PackResult]:
    """``write_pack`` into memory, for standard output: the PDF, and the result (its ``path``
    is "-")."""
    data, pages = export_pack_bytes(
        pack,
        fonts_dir=shipped_resource("fonts"),
        creator=f"PfP Desktop {pfp_desktop.__version__}",
        allow_missing_glyphs=allow_missing_glyphs,
    )
    return data, PackResult(path=Path("-"), initiatives=len(pack.initiatives), pages=pages)


class PackWriterError(Exception):
    """The child failed in a way no delegate could cause: a bug. The message is one line; the
    child's traceback is the ``__cause__``, so an excepthook prints both."""


class _ChildTraceback(Exception):  # noqa: N818 - the child's traceback, printed as a cause
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return f'\n"""\n{self.text}"""'


@dataclass(frozen=True)
class _Job:
    pack: BriefingPack
    target: Path
    allow_missing_glyphs: bool


def write_pack_in_process(
    pack: BriefingPack,
    target: Path,
    *,
    allow_missing_glyphs: bool = False,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> PackResult:
    """``services.pack_export.write_pack``, run in a child process: the same result and the
    same errors (``PackExportError``, ``MissingGlyphsError``, ``PackExportCancelled``), with
    ``progress`` and ``is_cancelled`` called on the caller's thread. A child that dies gives a
    ``PackExportError``; an unexpected error in it a ``PackWriterError``. Either way, and on a
    cancel, no partial PDF or temporary file is left behind."""
    job = _Job(pack, target.absolute(), allow_missing_glyphs)
    before = _temporaries(job.target)
    child, connection = _start()
    relay = _Relay(child, connection, progress, is_cancelled)
    try:
        return relay.outcome(job)
    finally:
        _end(child, patient=relay.answered)
        connection.close()
        if not relay.answered:  # stopped or died: the writer had no chance to tidy up
            _remove_new_temporaries(job.target, before)


def _start() -> tuple[BaseProcess, Connection]:
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    # The job goes over the pipe, not as an argument: start() writes its arguments to a pipe
    # that it keeps open for reading itself, so a child that dies at once would leave start()
    # waiting for ever for room to write a pack of more than 64 kB.
    child = context.Process(target=_write_in_child, args=(theirs,), name=CHILD_NAME)
    child.daemon = True  # a window closed mid-export does not leave it running
    try:
        with theirs:  # only the child holds its end after this, so its death reads as end-of-file
            child.start()
    except OSError as exc:  # no memory or no process left for it
        ours.close()
        raise PackExportError(
            f"The PDF writer could not be started: {exc.strerror or exc}."
        ) from exc
    return child, ours


class _Relay:
    """The parent's side of the pipe: passes progress on, sends the cancel, returns the
    outcome, and notices a child that dies or ignores the cancel."""

    def __init__(
        self,
        child: BaseProcess,
        connection: Connection,
        progress: ProgressCallback | None,
        is_cancelled: CancelCheck | None,
    ) -> None:
        self._child, self._connection = child, connection
        self._progress, self._is_cancelled = progress, is_cancelled
        self._cancelled_at: float | None = None
        self._in_place = False  # the last step came: the file is complete and renamed
        self.answered = False

    def outcome(self, job: _Job) -> PackResult:
        self._hand_over(job)
        while True:
            self._pass_on_cancel()
            if self._overdue():  # stopped by _end; the temporary file is removed after it
                raise PackExportCancelled("The export was cancelled.")
            if self._connection.poll(_POLL_SECONDS):
                match self._receive():
                    case ("progress", int(done), int(total)):
                        self._step(done, total)
                    case message:
                        self.answered = True
                        return _result_of(message)
            elif not self._child.is_alive() and not self._connection.poll():
                raise self._death()  # its end of the pipe outlived it: do not wait for ever

    def _hand_over(self, job: _Job) -> None:
        """Send the job; this waits until the child has started and reads it (half a second),
        and a cancel meanwhile reaches it right after."""
        try:
            _send_job(self._connection, job)
        except OSError:  # it died starting up
            raise self._death() from None

    def _pass_on_cancel(self) -> None:
        if self._cancelled_at is not None or self._is_cancelled is None:
            return
        if self._is_cancelled():
            self._cancelled_at = time.monotonic()
            with contextlib.suppress(OSError):  # the child is gone: its end-of-file says so
                self._connection.send("cancel")

    def _receive(self) -> object:
        try:
            return self._connection.recv()
        except (EOFError, OSError):  # it died: the pipe's other end closed with it
            raise self._death() from None

    def _step(self, done: int, total: int) -> None:
        self._in_place = done >= total
        if self._progress is not None:
            self._progress(done, total)

    def _overdue(self) -> bool:
        """Cancelled long ago and still busy (saving a big file): it will be stopped."""
        if self._cancelled_at is None or self._in_place:
            return False
        return time.monotonic() - self._cancelled_at > _CANCEL_GRACE_SECONDS

    def _death(self) -> Exception:
        self._child.join(_EXIT_SECONDS)
        if self._cancelled_at is not None:  # it went down while stopping anyway
            return PackExportCancelled("The export was cancelled.")
        return PackExportError(
            "The pack could not be written: the PDF writer stopped unexpectedly "
            f"({_how_it_ended(self._child.exitcode)}). Nothing was written."
        )


def _how_it_ended(exitcode: int | None) -> str:
    if exitcode is None:
        return "it no longer answers"
    if exitcode >= 0:
        return f"exit code {exitcode}"
    try:
        name = signal.Signals(-exitcode).name
    except ValueError:
        name = f"signal {-exitcode}"
    return f"it was ended by {name}; perhaps the computer ran out of memory"


def _result_of(message: object) -> PackResult:
    """The child's outcome: the result, or its error raised again here."""
    match message:
        case ("written", PackResult() as result):
            return result
        case ("cancelled",):
            raise PackExportCancelled("The export was cancelled.")
        case ("missing", tuple(characters)):
            raise MissingGlyphsError([str(c) for c in characters])
        case ("failed", str(text)):
            raise PackExportError(text)
        case ("interrupted", int(signum)):
            raise PackExportError(
                "The pack could not be written: the PDF writer was stopped by "
                f"{signal.Signals(signum).name}. Nothing was written."
            )
        case ("bug", str(text), str(trace)):
            raise PackWriterError(text) from _ChildTraceback(trace)
    raise PackWriterError(f"The PDF writer answered {message!r:.80}, which nothing expects.")


def _end(child: BaseProcess, *, patient: bool) -> None:
    """Reap the child: one that has answered exits by itself; any other is stopped now."""
    if patient:
        child.join(_EXIT_SECONDS)
    if child.is_alive():
        child.terminate()
        child.join(_EXIT_SECONDS)
    if child.is_alive():
        child.kill()
        child.join()
    child.close()


def _temporaries(target: Path) -> set[str]:
    """The writer's temporary files beside ``target`` (see export.writer.is_temporary_of)."""
    try:
        with os.scandir(target.parent) as entries:
            return {e.name for e in entries if is_temporary_of(e.name, target)}
    except OSError:  # no folder, or one we may not list: nothing can have been written there
        return set()


def _remove_new_temporaries(target: Path, before: set[str]) -> None:
    for name in _temporaries(target) - before:  # not another export's, still running
        (target.parent / name).unlink(missing_ok=True)


def _send_job(connection: Connection, job: _Job) -> None:
    """The job in pieces: the pack without its initiatives, then the initiatives a few at a
    time. Pickling 1,000 at once holds the GIL for 40-60 ms, a stall of the window; a few take
    a millisecond or two, and the GUI thread takes its turn between them."""
    items = job.pack.initiatives
    connection.send((replace(job, pack=replace(job.pack, initiatives=())), len(items)))
    for start in range(0, len(items), _BATCH):
        connection.send(list(items[start : start + _BATCH]))


def _receive_job(connection: Connection) -> _Job:
    head, count = connection.recv()
    items: list[Initiative] = []
    while len(items) < count:
        items.extend(connection.recv())
    job: _Job = replace(head, pack=replace(head.pack, initiatives=items))
    return job


def _write_in_child(connection: Connection) -> None:
    """The child's whole life: read the job, write the pack, say how it went, exit. SIGTERM
    or SIGINT (the parent stopping it, Ctrl+C in the terminal, a shutdown) stops the writing,
    which removes its temporary file; the child then exits with 128 + the signal's number."""
    with connection:
        try:
            job = _receive_job(connection)
        except EOFError:  # the parent gave up before sending it all
            return
        with stopped_by_signals():
            outcome = _written_or_why(job, connection)
        with contextlib.suppress(OSError):  # the parent is gone: nobody is left to tell
            connection.send(outcome)
    match outcome:
        case ("interrupted", int(signum)):
            sys.exit(128 + signum)


def _written_or_why(job: _Job, connection: Connection) -> tuple[object, ...]:
    def progress(done: int, total: int) -> None:
        connection.send(("progress", done, total))

    try:
        result = write_pack(
            job.pack,
            job.target,
            allow_missing_glyphs=job.allow_missing_glyphs,
            progress=progress,
            is_cancelled=connection.poll,  # the parent sends only "cancel"
        )
    except MissingGlyphsError as exc:  # its characters, not its message, make it again
        return ("missing", exc.characters)
    except PackExportError as exc:
        return ("failed", str(exc))
    except PackExportCancelled:
        return ("cancelled",)
    except ExportInterrupted as exc:
        return ("interrupted", exc.signum)
    except Exception as exc:  # a bug: its one line here, its traceback for the parent's log
        return ("bug", str(exc) or type(exc).__name__, traceback.format_exc())
    return ("written", result)
