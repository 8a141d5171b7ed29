"""File → Install catalogue update…, driven through the menu action as a delegate would, with
the file dialogs and message boxes patched: a trusted update switches the window and shows
what's new; a refused file is one dialog and changes nothing."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import MagicMock, patch

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidget
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.navigation import NodeKind
from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services import catalogue_install
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.updates.report import UpdateReportDialog
from tests.catalogue_files import change, copy_of_shipped
from tests.signed_files import HOSTILE, forge, make_keys
from tests.ui.conftest import WindowFactory

FLOW = "pfp_desktop.ui.updates.flow"
NOTED = "knomad-1-2"  # renamed in the update: removed, with the delegate's note on it


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "trusted").mkdir()
    (tmp_path / "other").mkdir()
    private, public = make_keys(tmp_path / "trusted", "curators")
    stranger, _ = make_keys(tmp_path / "other", "stranger")
    return {"private": private, "public": public, "stranger": stranger}


def _update(folder: Path, private: Path) -> Path:
    """Version 2026.12.1: one initiative renamed to a new id, one title reworded."""
    content = change(
        copy_of_shipped(folder, "next"),
        "PRAGMA foreign_keys=OFF",
        "UPDATE catalogue_info SET value = '2026.12.1' WHERE key = 'version'",
        f"UPDATE initiatives SET id = 'a-new-one' WHERE id = '{NOTED}'",
        "UPDATE initiatives SET title = 'EU Diaspora Facility (EUDiF)' "
        "WHERE id = 'eu-diaspora-facility'",
    ).read_bytes()
    return forge(content, private, folder / "next.pfpcat", version="2026.12.1")


def _install_through_menu(window: MainWindow, files: list[Path], boxes: MagicMock) -> None:
    chosen = iter([(str(f), "") for f in files])
    with (
        patch(f"{FLOW}.QFileDialog.getOpenFileName", side_effect=lambda *a, **k: next(chosen)),
        patch(f"{FLOW}.QMessageBox.warning", boxes),
    ):
        file_menu = window.menus["file"]
        action = next(a for a in file_menu.actions() if "Install catalogue update" in a.text())
        file_menu.setActiveAction(action)
        action.trigger()  # what a click on the menu item does


def _whats_new() -> UpdateReportDialog:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, UpdateReportDialog)]
    return next(w for w in shown if w.isVisible())


def _tree_label(window: MainWindow, key: str) -> str:
    assert window.tree.reveal(NodeKind.INITIATIVE, key)
    return str(window.tree.currentIndex().data())


def test_a_trusted_update_switches_the_window_and_shows_whats_new(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, keys: dict[str, Path]
) -> None:
    data_dir = tmp_path / "notes"
    window = open_window(data_dir)
    assert window.personal.personal is not None
    window.personal.personal.notes.set_note(Target(TargetKind.INITIATIVE, NOTED), "Follow up")
    update = _update(tmp_path, keys["private"])
    # Signed by a key the app does not ship: the delegate is warned and chooses the key.
    boxes = MagicMock(return_value=QMessageBox.StandardButton.Yes)
    _install_through_menu(window, [update, keys["public"]], boxes)

    assert boxes.call_count == 1 and "does not trust" in boxes.call_args.args[2]
    assert "Trust a key only if" in boxes.call_args.args[2]
    assert window.catalogue is not None and window.catalogue.info().version == "2026.12.1"
    assert "catalogue 2026.12.1" in window.statusBar().findChildren(object)[-1].text()
    dialog = _whats_new()
    assert dialog.windowTitle() == "What's new in catalogue 2026.12.1"
    changes = dialog.findChild(QTreeWidget, "catalogueChanges")
    groups = {
        changes.topLevelItem(i).text(0): changes.topLevelItem(i)
        for i in range(changes.topLevelItemCount())
    }
    # Two more changed: their "related" links named the renamed initiative.
    assert set(groups) == {
        "New initiatives (1)",
        "Changed initiatives (3)",
        "Removed initiatives (1)",
    }
    changed = groups["Changed initiatives (3)"]
    rows = {changed.child(i).text(0): changed.child(i).text(1) for i in range(3)}
    assert rows["EU Diaspora Facility (EUDiF)"] == "title"
    assert groups["Removed initiatives (1)"].child(0).text(1) == "you have notes on it"
    assert dialog.table.isVisible() and dialog.table.item(0, 1).text() == NOTED
    dialog.accept()  # Apply, nothing ticked: the note is kept
    assert window.personal.personal.notes.text(Target(TargetKind.INITIATIVE, NOTED)) == "Follow up"

    assert _tree_label(window, "a-new-one").endswith("· new")
    assert not _tree_label(window, "eu-diaspora-facility").endswith("· new")
    assert _tree_label(window, "a-new-one").endswith("· new")
    row = window.tree.currentIndex()
    window.tree.selectionModel().clearSelection()  # revealed quietly: now click it open
    QTest.mouseClick(
        window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(row).center()
    )
    assert window.history.current == (NodeKind.INITIATIVE, "a-new-one")
    assert str(row.data()) == "KNOMAD 1.2"
    assert catalogue_install.unseen_initiatives(data_dir) == set()


@pytest.mark.parametrize("hostile", ["tampered-content", "extra-trigger", "unknown-key"])
def test_a_refused_update_is_one_dialog_and_changes_nothing(
    open_window: WindowFactory, tmp_path: Path, keys: dict[str, Path], hostile: str
) -> None:
    data_dir = tmp_path / "notes"
    window = open_window(data_dir)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    file = HOSTILE[hostile](incoming, keys["private"], keys["stranger"])
    status = catalogue_install.status(data_dir)
    shown = window.catalogue
    # Told the key is unknown, the delegate declines to trust one; else a single warning.
    boxes = MagicMock(return_value=QMessageBox.StandardButton.No)
    with patch(
        "pfp_desktop.services.catalogue_signing.shipped_resource",
        return_value=keys["public"].parent,
    ):
        _install_through_menu(window, [file], boxes)
    assert boxes.call_count == 1
    assert str(file) in boxes.call_args.args[2]
    assert window.catalogue is shown
    assert catalogue_install.status(data_dir) == status
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, UpdateReportDialog) and w.isVisible()
    ]
