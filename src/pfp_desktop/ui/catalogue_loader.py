"""Opening the catalogue off the GUI thread, so the window paints and stays responsive while
SQLAlchemy (about half a second to import) and the catalogue file are loaded."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal


class CatalogueLoader(QObject):
    """Emits loaded(CatalogueService) or failed(message), in the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)

    def start(self, path: Path | None) -> None:
        threading.Thread(target=self._work, args=(path,), daemon=True, name="pfp-open").start()

    def _work(self, path: Path | None) -> None:
        # Imported here, in this thread: the heavy modules of the first real screen.
        from pfp_desktop.services.catalogue_service import (
            CatalogueService,
            CatalogueUnavailableError,
        )
        from pfp_desktop.services.locations import shipped_catalogue_path
        from pfp_desktop.services.navigation import NavigationService  # noqa: F401
        from pfp_desktop.ui.detail_pages import DetailPages  # noqa: F401

        try:
            service = CatalogueService(path or shipped_catalogue_path())
            service.info()  # reads the file now, not on the GUI thread later
        except (CatalogueUnavailableError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        self.loaded.emit(service)  # queued to the GUI thread: this object lives there
