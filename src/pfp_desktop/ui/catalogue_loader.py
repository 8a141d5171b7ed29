"""Opening the catalogue off the GUI thread, so the window paints and stays responsive while
SQLAlchemy (about half a second to import) and the catalogue file are loaded."""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Signal


class CatalogueLoader(QObject):
    """Emits loaded(CatalogueService, Personal | None, message) or failed(message), in the GUI
    thread, and always one of the two: whatever goes wrong on the worker thread is reported,
    never left as a silently dead thread. A notes database that cannot be opened leaves the
    catalogue usable: the message then says why notes are off."""

    loaded = Signal(object, object, str)
    failed = Signal(str)

    def start(self, path: Path | None, data_dir: Path | None) -> None:
        # A daemon thread, not a QThread: the delegate may quit while it loads, and Qt aborts
        # the process when a running QThread is destroyed (ui/common/background.py).
        threading.Thread(
            target=self._work, args=(path, data_dir), daemon=True, name="pfp-open"
        ).start()

    def _work(self, path: Path | None, data_dir: Path | None) -> None:
        try:
            service = _open_catalogue(path, data_dir)
        except _RefusedError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # reported to the person, whatever it is
            self.failed.emit(_plain(exc))
            return
        try:
            personal, message = _open_personal(data_dir)
        except Exception as exc:  # notes off; the catalogue stays usable
            personal, message = None, _notes_off(_plain(exc))
        self.loaded.emit(service, personal, message)  # queued to the GUI thread


class _RefusedError(Exception):
    """The catalogue was refused with a message meant for the person (missing, damaged)."""


def _open_catalogue(path: Path | None, data_dir: Path | None) -> object:
    # Imported here, in this thread: the heavy modules of the first real screen.
    from pfp_desktop.services.active_catalogue import active_catalogue_path
    from pfp_desktop.services.catalogue_service import (
        CatalogueService,
        CatalogueUnavailableError,
    )
    from pfp_desktop.services.navigation import NavigationService  # noqa: F401
    from pfp_desktop.ui.pages.composer import DetailPages  # noqa: F401

    try:
        # --catalogue, else the update installed in the data folder, else the shipped one
        service = CatalogueService(path or active_catalogue_path(_data_folder(data_dir)))
        service.info()  # reads the file now, not on the GUI thread later
    except (CatalogueUnavailableError, OSError) as exc:
        raise _RefusedError(str(exc)) from exc
    return service


def _data_folder(data_dir: Path | None) -> Path:
    from pfp_desktop.services.user_data import resolve_data_dir

    return resolve_data_dir(data_dir)


def _open_personal(data_dir: Path | None) -> tuple[object | None, str]:
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.services.user_data import UserDatabaseError, open_user_data, resolve_data_dir

    try:
        user = open_user_data(resolve_data_dir(data_dir))
    except (UserDatabaseError, OSError) as exc:
        return None, _notes_off(str(exc))
    return Personal.of(user), user.notice or ""


def _notes_off(reason: str) -> str:
    return f"Your notes cannot be opened, so notes are off for now.\n\n{reason}"


def _plain(exc: Exception) -> str:
    """The person's message for an unforeseen error; the traceback goes to stderr, for
    whoever reads the log."""
    traceback.print_exception(exc, file=sys.stderr)
    cause = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the sqlite3 error
    return f"Something went wrong while opening it ({cause})."
