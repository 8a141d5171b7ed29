"""SIGTERM and SIGINT during an export: stop, remove the temporary file, say so in one line.

By default SIGTERM ends a process where it stands, and the hidden temporary file the writer
fills beside the target stayed there. Within ``stopped_by_signals`` both signals raise
``ExportInterrupted`` instead, which unwinds through the writer (it removes its temporary
file on any exception) to whoever can say what happened and exit.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

_SIGNALS = (signal.SIGTERM, signal.SIGINT)
_stopped_by: int | None = None  # the signal that stopped the export, once one did
_temporary_files: set[Path] = set()  # removed by the signal handler itself


class ExportInterrupted(BaseException):
    """A signal stopped the export; nothing was written. A BaseException, so that no
    ``except Exception`` on the way up mistakes it for a failure and carries on."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"The export was stopped by {signal.Signals(signum).name}.")

    @property
    def exit_code(self) -> int:
        """The shell's convention for a process ended by a signal: 128 + its number."""
        return 128 + self.signum


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    global _stopped_by
    _stopped_by = signum
    # Later signals are ignored: the first one's unwinding is removing the file already.
    for number in _SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    # Removed here, not only by the writer's unwinding: the exception may surface inside
    # reportlab, whose bare excepts can turn it into another error or swallow it.
    for path in list(_temporary_files):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    raise ExportInterrupted(signum)


@contextlib.contextmanager
def new_temporary_file(make: Callable[[], tuple[int, str]]) -> Iterator[tuple[int, Path]]:
    """``make()`` a temporary file (returning its descriptor and name) that a stopping signal
    removes, from the moment it exists: the signals wait while it is made and registered, so
    no signal can land between the file's creation and its registration."""
    with _signals_held():
        handle, name = make()
        path = Path(name)
        _temporary_files.add(path)
    try:
        yield handle, path
    finally:
        _temporary_files.discard(path)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks (nor SIGTERM)
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def raise_if_stopped() -> None:
    """Raise ``ExportInterrupted`` again if a signal came: in case the first was swallowed by
    a bare ``except:`` in reportlab, which has a few. The layout asks after every flowable."""
    if _stopped_by is not None:
        raise ExportInterrupted(_stopped_by)


@contextlib.contextmanager
def stopped_by_signals() -> Iterator[None]:
    """Within, SIGTERM and SIGINT raise ``ExportInterrupted`` (unless ignored); the previous
    handlers are back afterwards. Signal handlers belong to the main thread: elsewhere this
    changes nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    global _stopped_by
    _stopped_by = None
    # A signal ignored when we started stays ignored: a job started in the background (`&`)
    # ignores SIGINT so that Ctrl+C in its terminal does not stop it.
    watched = [n for n in _SIGNALS if signal.getsignal(n) is not signal.SIG_IGN]
    previous = {number: signal.signal(number, _raise_interrupted) for number in watched}
    try:
        yield
    except ExportInterrupted:
        raise
    except BaseException as exc:
        if _stopped_by is not None:  # the signal came out as another error: say what it was
            raise ExportInterrupted(_stopped_by) from exc
        raise
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        _stopped_by = None
