"""File → Install catalogue update…: choose a signed file, verify and install it on a worker
thread (a busy dialog if it takes a moment), switch the window to it and show what's new.

A refused file is one dialog and changes nothing. A file signed by a key the app does not
trust can be installed with a key the delegate chooses, after a warning that says what
trusting a key means.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from pfp_desktop.domain.navigation import NodeKind
from pfp_desktop.ui.background import wait_with_dialog

if TYPE_CHECKING:
    from pfp_desktop.domain.catalogue_changes import CatalogueChanges
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.ui.main_window import MainWindow

SHOW_AFTER_MS = 400
UNTRUSTED = "signed by a key this app does not trust"


@dataclass
class InstallOutcome:
    catalogue: CatalogueService | None = None
    changes: CatalogueChanges | None = None
    error: str = ""
    data_dir: Path = Path()


class InstallThread(QThread):
    """Verifies, installs, opens the new catalogue and compares it with the one in use."""

    def __init__(self, file: Path, old: Path, keys: list[Path], personal: Personal | None) -> None:
        super().__init__()
        self._file, self._old, self._keys = file, old, keys
        self._user = personal.user if personal is not None else None
        self._data_dir = self._user.data_dir if self._user is not None else _default_data_dir()
        self.outcome = InstallOutcome(
            error=QCoreApplication.translate("CatalogueUpdate", "The update was not installed.")
        )

    def run(self) -> None:
        from pfp_desktop.services.catalogue_diff import diff_catalogues
        from pfp_desktop.services.catalogue_install import active_catalogue_path, install
        from pfp_desktop.services.catalogue_service import CatalogueService
        from pfp_desktop.services.catalogue_signing import CatalogueRefusedError, trusted_keys

        try:
            install(self._file, self._data_dir, trusted_keys(self._keys))
            new = active_catalogue_path(self._data_dir)
            changes = diff_catalogues(self._old, new, self._user)
            self.outcome = InstallOutcome(CatalogueService(new), changes, "", self._data_dir)
        except CatalogueRefusedError as exc:
            self.outcome = InstallOutcome(error=str(exc))
        except Exception as exc:  # a dead thread would leave the busy dialog up forever
            self.outcome = InstallOutcome(error=f"{type(exc).__name__}: {exc}")


def install_catalogue_update(window: MainWindow) -> None:
    """The File-menu command: ask for a file, install it, show what's new."""
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("CatalogueUpdate", "Install catalogue update"),
        "",
        QCoreApplication.translate(
            "CatalogueUpdate", "Catalogue updates (*.pfpcat);;All files (*)"
        ),
    )
    if not chosen or window.catalogue is None:
        return
    keys: list[Path] = []
    while True:
        outcome = _run(window, Path(chosen), keys)
        if outcome.catalogue is not None:
            _switch(window, outcome)
            return
        if UNTRUSTED not in outcome.error or keys:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("CatalogueUpdate", "Catalogue update refused"),
                outcome.error,
            )
            return
        key = _key_the_delegate_trusts(window, outcome.error)
        if key is None:
            return
        keys = [key]


def _default_data_dir() -> Path:
    from pfp_desktop.services.user_data import resolve_data_dir

    return resolve_data_dir()


def _personal(window: MainWindow) -> Personal | None:
    return window.personal.personal if window.panels_added else None


def _run(window: MainWindow, file: Path, keys: list[Path]) -> InstallOutcome:
    assert window.catalogue is not None
    job = InstallThread(file, window.catalogue.path, keys, _personal(window))
    dialog = QProgressDialog(
        QCoreApplication.translate("CatalogueUpdate", "Checking {0}…").format(file.name),
        "",
        0,
        0,
        window,
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


def _switch(window: MainWindow, outcome: InstallOutcome) -> None:
    from pfp_desktop.ui.update_report import show_whats_new

    assert outcome.catalogue is not None and outcome.changes is not None
    personal = _personal(window)
    old = window.catalogue
    if window.panels_added and window.search.runner is not None:
        window.search.runner.stop()  # attach() starts one on the new catalogue
    window.open_catalogue(outcome.catalogue, personal)
    if old is not None:
        old.close()
    mark_new_initiatives(window, outcome.data_dir)
    show_whats_new(window, personal, outcome.catalogue, outcome.changes)


class NewInitiativeMarks(QObject):
    """Marks in the tree the initiatives new in the installed update the window shows, until
    the delegate opens each from the tree."""

    def __init__(self, window: MainWindow, data_dir: Path) -> None:
        super().__init__(window)
        self.window, self.data_dir = window, data_dir
        window.tree.node_selected.connect(self._seen)

    def refresh(self) -> None:
        from pfp_desktop.services import catalogue_install as installed

        catalogue = self.window.catalogue
        in_use = installed.active_catalogue_path(self.data_dir).resolve()
        shown = catalogue is not None and catalogue.path.resolve() == in_use
        # Another catalogue (--catalogue): its initiatives are not "new".
        self.window.tree.set_new(installed.unseen_initiatives(self.data_dir) if shown else set())

    def _seen(self, kind: str, key: str) -> None:
        from pfp_desktop.services import catalogue_install as installed

        if kind == NodeKind.INITIATIVE and key in installed.unseen_initiatives(self.data_dir):
            installed.mark_seen(self.data_dir, key)
            self.refresh()


def mark_new_initiatives(window: MainWindow, data_dir: Path) -> None:
    """Show (and keep current) the "new" marks of the window's tree."""
    marks = window.findChild(NewInitiativeMarks) or NewInitiativeMarks(window, data_dir)
    marks.refresh()
