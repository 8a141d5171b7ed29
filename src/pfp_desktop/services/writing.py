"""Writing the user database: one immediate transaction per edit, and failures told plainly.

Every write of a delegate's data goes through ``writing``: the transaction takes SQLite's write
lock before it reads (so a read-then-write can never interleave with another process), and any
refusal by the database or the disk becomes a ``WriteFailedError`` that says what happened in
words a person can act on ("the disk is full"), with nothing written.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from pfp_desktop.domain.personal import WriteFailedError, WriteFailure
from pfp_desktop.storage.user_db import set_default_wait, write_session

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_FAILURES = {
    5: WriteFailure.BUSY,  # SQLITE_BUSY
    6: WriteFailure.BUSY,  # SQLITE_LOCKED
    8: WriteFailure.READ_ONLY,  # SQLITE_READONLY
    11: WriteFailure.DAMAGED,  # SQLITE_CORRUPT
    13: WriteFailure.DISK_FULL,  # SQLITE_FULL
    26: WriteFailure.DAMAGED,  # SQLITE_NOTADB
}
_OS_FAILURES = {
    errno.ENOSPC: WriteFailure.DISK_FULL,
    errno.EDQUOT: WriteFailure.DISK_FULL,
    errno.EROFS: WriteFailure.READ_ONLY,
    errno.EACCES: WriteFailure.READ_ONLY,
    errno.EPERM: WriteFailure.READ_ONLY,
}


def set_write_wait(wait_ms: int) -> None:
    """How long every write of this process waits for another writer before it fails as
    "busy". The window sets a short wait (it retries later rather than freeze); the CLI keeps
    the default of several seconds."""
    set_default_wait(wait_ms)


@contextmanager
def writing(sessions: sessionmaker[Session], wait_ms: int | None = None) -> Iterator[Session]:
    """A write transaction on the user database; raises WriteFailedError if it did not commit."""
    try:
        with write_session(sessions, wait_ms) as session:
            yield session
    except IntegrityError:
        raise  # a rule of the data (a name taken twice): the caller says which
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise WriteFailedError(failure_of(exc), _detail(exc)) from exc


def failure_of(exc: BaseException) -> WriteFailure:
    """Why a write failed, from the driver's error code (or the OS error number)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", 0) & 0xFF
        if code == 10 and "full" in str(original).lower():  # an I/O error on a full disk
            return WriteFailure.DISK_FULL
        return _SQLITE_FAILURES.get(code, WriteFailure.OTHER)
    if isinstance(original, OSError) and original.errno is not None:
        return _OS_FAILURES.get(original.errno, WriteFailure.OTHER)
    return WriteFailure.OTHER


def _detail(exc: BaseException) -> str:
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if failure_of(exc) is not WriteFailure.OTHER:
        return ""  # the plain reason says it all
    return str(original).splitlines()[0] if str(original) else type(original).__name__
