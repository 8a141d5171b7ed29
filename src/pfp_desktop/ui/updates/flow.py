"""File → Install catalogue update…: choose a signed file, verify and install it on a worker
thread (a busy dialog if it takes a moment); the window then switches to it.

A refused file is one dialog and changes nothing. A file signed by a key the app does not
trust can be installed with a key the delegate chooses, after a warning that says what
trusting a key means.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from pfp_desktop.ui.common.background import OneOffJob, wait_with_dialog

if TYPE_CHECKING:
    from pfp_desktop.domain.catalogue_changes import CatalogueChanges
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal

SHOW_AFTER_MS = 400
UNTRUSTED = "signed by a key this app does not trust"


@dataclass
class InstallOutcome:
    catalogue: CatalogueService | None = None
    changes: CatalogueChanges | None = None
    error: str = ""
    data_dir: Path = Path()


class InstallThread(OneOffJob):
    """Verifies, installs, opens the new catalogue and compares it with the one in use."""

    def __init__(self, file: Path, old: Path, keys: list[Path], personal: Personal | None) -> None:
        super().__init__("pfp-install-update")
        self.file, self._old, self._keys = file, old, keys
        self._user = personal.user if personal is not None else None
        self._data_dir = self._user.data_dir if self._user is not None else _default_data_dir()
        self.outcome = InstallOutcome(
            error=QCoreApplication.translate("CatalogueUpdate", "The update was not installed.")
        )

    def work(self) -> None:
        from pfp_desktop.services.catalogue_diff import diff_catalogues
        from pfp_desktop.services.catalogue_install import active_catalogue_path, install
        from pfp_desktop.services.catalogue_service import CatalogueService
        from pfp_desktop.services.catalogue_signing import CatalogueRefusedError, trusted_keys

        try:
            install(self.file, self._data_dir, trusted_keys(self._keys))
            new = active_catalogue_path(self._data_dir)
            changes = diff_catalogues(self._old, new, self._user)
            self.outcome = InstallOutcome(CatalogueService(new), changes, "", self._data_dir)
        except CatalogueRefusedError as exc:
            self.outcome = InstallOutcome(error=str(exc))

    def unexpected(self, exc: Exception) -> None:
        self.outcome = InstallOutcome(error=f"{type(exc).__name__}: {exc}")


def choose_and_install(
    parent: QWidget, in_use: Path, personal: Personal | None
) -> InstallOutcome | None:
    """The File-menu command: ask for a file and install it in place of the catalogue at
    ``in_use``. The outcome holds the new catalogue, opened; None if nothing was installed (the
    delegate cancelled, or was told why the file was refused)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CatalogueUpdate", "Install catalogue update"),
        "",
        QCoreApplication.translate(
            "CatalogueUpdate", "Catalogue updates (*.pfpcat);;All files (*)"
        ),
    )
    if not chosen:
        return None
    keys: list[Path] = []
    while True:
        outcome = _run(parent, InstallThread(Path(chosen), in_use, keys, personal))
        if outcome.catalogue is not None:
            return outcome
        if UNTRUSTED not in outcome.error or keys:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("CatalogueUpdate", "Catalogue update refused"),
                outcome.error,
            )
            return None
        key = _key_the_delegate_trusts(parent, outcome.error)
        if key is None:
            return None
        keys = [key]


def _default_data_dir() -> Path:
    from pfp_desktop.services.user_data import resolve_data_dir

    return resolve_data_dir()


def _run(parent: QWidget, job: InstallThread) -> InstallOutcome:
    dialog = QProgressDialog(
        QCoreApplication.translate("CatalogueUpdate", "Checking {0}…").format(job.file.name),
        "",
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("CatalogueUpdate", "Install catalogue update"))
    dialog.setAccessibleName(
        QCoreApplication.translate("CatalogueUpdate", "Installing the catalogue update")
    )
    dialog.setCancelButton(None)  # an install is not left half-done
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setValue(0)
    wait_with_dialog(job, dialog)
    return job.outcome


def _key_the_delegate_trusts(parent: QWidget, refusal: str) -> Path | None:
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("CatalogueUpdate", "Catalogue update refused"),
        refusal
        + "\n\n"
        + QCoreApplication.translate(
            "CatalogueUpdate",
            "Trust a key only if you received it from the PfP curators themselves, in person "
            "or by a channel you trust: whoever holds the matching private key can then change "
            "what this app shows you. Choose a public key file to trust for this update?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CatalogueUpdate", "Public key to trust"),
        "",
        QCoreApplication.translate("CatalogueUpdate", "Public keys (*.pem);;All files (*)"),
    )
    return Path(chosen) if chosen else None
