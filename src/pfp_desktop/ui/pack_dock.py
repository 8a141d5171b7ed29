"""The briefing-pack panel (a dock on the right). Placeholder until the pack builder lands:
the window already creates it, attaches it and lets it receive initiatives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

if TYPE_CHECKING:
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal


class PackDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Briefing pack"), parent)
        self.setObjectName("packDock")
        self.setWidget(QLabel(self.tr("Briefing packs are not available yet.")))

    def attach(self, catalogue: CatalogueService, personal: Personal | None) -> None:
        """Called once the catalogue (and the delegate's data) are open."""

    def add_initiatives(self, initiative_ids: list[str]) -> None:
        """Add these initiatives to the pack being built."""
