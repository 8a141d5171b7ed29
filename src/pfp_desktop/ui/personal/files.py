"""File-menu actions on personal data: export, import, backup, with clear messages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal

FILTER = "PfP Desktop notes (*.json)"


def export_notes(parent: QWidget, personal: Personal, catalogue: CatalogueService) -> None:
    from pfp_desktop.services.notes_exchange import export_personal_data

    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonalFiles", "Export notes"),
        "pfp-notes.json",
        FILTER,
    )
    if not name:
        return
    try:
        count = export_personal_data(personal.user, catalogue, Path(name))
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PersonalFiles", "Export notes"),
            QCoreApplication.translate(
                "PersonalFiles", "The notes could not be written to {0}:\n{1}"
            ).format(name, exc.strerror or exc),
        )
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("PersonalFiles", "Export notes"),
        QCoreApplication.translate(
            "PersonalFiles", "%n item(s) written to {name}.", "", count
        ).format(name=name),
    )


def import_notes(parent: QWidget, personal: Personal, catalogue: CatalogueService) -> bool:
    """True when something was imported (the window then redraws). The import runs on a
    worker thread with a progress dialog; this returns when it is done or cancelled."""
    from pfp_desktop.ui.personal.import_job import run_import

    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("PersonalFiles", "Import notes"), "", FILTER
    )
    if not name:
        return False
    outcome = run_import(parent, personal.user, catalogue, Path(name))
    if outcome.error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PersonalFiles", "Import notes"),
            QCoreApplication.translate("PersonalFiles", "Nothing was imported.\n\n{0}").format(
                outcome.error
            ),
        )
    if outcome.report is None:
        return False
    details = "\n".join(f"• {c}" for c in outcome.report.conflicts[:20])
    summary = outcome.report.summary()
    QMessageBox.information(
        parent,
        QCoreApplication.translate("PersonalFiles", "Import notes"),
        f"{summary}\n\n{details}".strip(),
    )
    return True


def backup(parent: QWidget, personal: Personal) -> None:
    from pfp_desktop.services.user_data import backup_now

    try:
        path = backup_now(personal.user)
    except OSError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PersonalFiles", "Back up notes"), str(exc)
        )
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("PersonalFiles", "Back up notes"),
        QCoreApplication.translate("PersonalFiles", "Backed up to {0}.").format(path),
    )
