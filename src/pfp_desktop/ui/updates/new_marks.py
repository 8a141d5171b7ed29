"""The "new" marks of an installed catalogue update: which initiatives the delegate has not
opened yet, kept in the data folder until each is opened from the tree."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pfp_desktop.domain.navigation import NodeKind

if TYPE_CHECKING:
    from pfp_desktop.services.catalogue_service import CatalogueService


class NewInitiativeMarks(QObject):
    """Calls ``show(ids)`` with the initiatives still new in the catalogue on show (none for a
    catalogue other than the installed one); ``seen`` is connected to the tree's selection."""

    def __init__(
        self,
        data_dir: Path,
        catalogue: Callable[[], CatalogueService | None],
        show: Callable[[set[str]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.catalogue, self.show = data_dir, catalogue, show

    def refresh(self) -> None:
        from pfp_desktop.services import catalogue_install as installed

        catalogue = self.catalogue()
        in_use = installed.active_catalogue_path(self.data_dir).resolve()
        shown = catalogue is not None and catalogue.path.resolve() == in_use
        # Another catalogue (--catalogue): its initiatives are not "new".
        self.show(installed.unseen_initiatives(self.data_dir) if shown else set())

    def seen(self, kind: str, key: str) -> None:
        from pfp_desktop.services import catalogue_install as installed

        if kind == NodeKind.INITIATIVE and key in installed.unseen_initiatives(self.data_dir):
            installed.mark_seen(self.data_dir, key)
            self.refresh()
