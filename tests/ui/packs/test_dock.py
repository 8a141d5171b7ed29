"""The briefing-pack panel as a delegate uses it: adding from the tree and the search results,
ordering, removing, packs per meeting, options kept across restarts, accessible names and tab
order. Real widgets, real notes database; only Qt's dialogs are answered."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import Grouping, InitiativeFilter, NodeKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.packs.list_model import PackEntry, PackListModel
from pfp_desktop.ui.pages.page import LIGHT_THEME
from pfp_desktop.ui.settings import AppSettings
from tests.ui.conftest import WindowFactory
from tests.ui.packs.helpers import (
    CTRL,
    THREE,
    dock_of,
    pack_of,
    press_add,
    select_in_tree,
    stored_pack,
    titles,
    type_text,
)

# -- the model ----------------------------------------------------------------------------------


def _entries(*ids: str) -> list[PackEntry]:
    return [PackEntry(i, i.upper(), "12th Summit") for i in ids]


def test_the_list_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = PackListModel()
    model.set_entries(_entries("a", "b", "c", "d"))
    qtmodeltester.check(model)
    assert model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 4)
    assert model.ids() == ["c", "d", "a", "b"]
    assert model.removeRows(1, 2)
    assert model.append(_entries("e", "c")) == 1
    qtmodeltester.check(model)
    assert model.ids() == ["c", "b", "e"]


def test_model_moves_by_rows_and_by_drag_and_drop(qtbot: QtBot) -> None:
    model = PackListModel()
    model.set_entries(_entries("a", "b", "c", "d"))
    with qtbot.waitSignal(model.ids_changed):
        assert model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)  # d to the top
    assert model.ids() == ["d", "a", "b", "c"]
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)  # onto itself: no move
    dragged = model.mimeData([model.index(0, 0), model.index(1, 0)])  # d and a, dropped at end
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert model.ids() == ["b", "c", "d", "a"]
    assert not model.dropMimeData(dragged, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDropEnabled  # between rows


# -- adding -------------------------------------------------------------------------------------


def test_add_from_the_tree_one_several_and_a_whole_summit(
    qtbot: QtBot, open_window: WindowFactory, catalogue: CatalogueService
) -> None:
    window = open_window()
    dock = dock_of(window)
    assert not dock.isVisible()
    select_in_tree(window, (NodeKind.INITIATIVE, "eu-diaspora-facility"))
    press_add(window, window.tree)
    assert dock.isVisible()  # the panel opens to show what was added
    assert dock.model.ids() == ["eu-diaspora-facility"]
    assert "Added 1 initiative to “Briefing pack”" in window.statusBar().currentMessage()
    select_in_tree(
        window, (NodeKind.INITIATIVE, "knomad-1-2"), (NodeKind.INITIATIVE, "eu-diaspora-facility")
    )
    press_add(window, window.tree)
    assert stored_pack(window).initiative_ids == ("eu-diaspora-facility", "knomad-1-2")
    select_in_tree(window, (NodeKind.SUMMIT, "14"))  # two sessions: Part 1 and Part 2
    offered: list[str] = []

    class Menu(QMenu):  # the delegate right-clicks and picks "Add to briefing pack"
        def exec(self, *_where: object) -> None:  # type: ignore[override]
            offered.extend(a.text() for a in self.actions())
            next(a for a in self.actions() if a.text() == "Add to &briefing pack").trigger()

    with patch("pfp_desktop.ui.browse.tree_menu.QMenu", Menu):
        window.tree.customContextMenuRequested.emit(QPoint(5, 5))
    assert offered == ["Add to &briefing pack"]
    fourteenth = [s.id for s in catalogue.summaries(InitiativeFilter(summit=14))]
    assert len(fourteenth) == 4
    assert list(stored_pack(window).initiative_ids) == [
        "eu-diaspora-facility",
        "knomad-1-2",
        *fourteenth,
    ]
    assert dock.count.text() == "6 initiatives"
    assert [dock.model.index(r, 0).data() for r in range(2)] == titles(catalogue, THREE[:2])


def test_add_a_partner_group_and_the_page_on_show(
    qtbot: QtBot, open_window: WindowFactory, catalogue: CatalogueService
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "prague-process")
    window.tree.selectionModel().clear()
    window.pack_dock.add_action.trigger()  # nothing selected: the initiative on show
    assert dock_of(window).model.ids() == ["prague-process"]
    partner = catalogue.find_partner("IOM").name
    window.set_grouping(Grouping.PARTNER)
    select_in_tree(window, (NodeKind.PARTNER, partner))
    press_add(window, window.tree)
    expected = [s.id for s in catalogue.summaries(InitiativeFilter(partner=partner))]
    stored = stored_pack(window).initiative_ids
    assert stored[0] == "prague-process" and set(expected) <= set(stored)


def test_add_from_search_results(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.search.focus()
    QTest.keyClicks(window.search.field, "remit")
    results = window.search.panel.results
    qtbot.waitUntil(lambda: results.count() == 6, timeout=3000)
    results.setCurrentRow(0)
    results.setCurrentRow(2, QItemSelectionModel.SelectionFlag.Select)
    wanted = results.selected_ids()
    assert len(wanted) == 2
    press_add(window, results)
    assert list(stored_pack(window).initiative_ids) == wanted
    assert window.pack_dock.add_action in results.actions()  # its context menu offers it


# -- ordering, removing, packs --------------------------------------------------------------------


def test_reorder_by_keyboard_and_remove(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    pack_of(window, THREE)
    view = dock_of(window).view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Down, CTRL)
    QTest.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert stored_pack(window).initiative_ids == (
        "knomad-1-2",
        "prague-process",
        "eu-diaspora-facility",
    )
    assert view.currentIndex().row() == 2  # the moved item stays current
    QTest.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert stored_pack(window).initiative_ids == (
        "knomad-1-2",
        "eu-diaspora-facility",
        "prague-process",
    )
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert stored_pack(window).initiative_ids == ("knomad-1-2", "prague-process")
    dock_of(window).list_buttons.up.click()  # prague-process is current now
    assert stored_pack(window).initiative_ids == ("prague-process", "knomad-1-2")
    assert view.model().moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)  # as a drop does
    assert stored_pack(window).initiative_ids == ("knomad-1-2", "prague-process")


def test_packs_per_meeting_new_rename_delete(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    dock = dock_of(window)
    with patch.object(QInputDialog, "getText", return_value=("Morocco, Tuesday", True)):
        dock.picker.new_button.click()
    pack_of(window, THREE[:1])
    with patch.object(QInputDialog, "getText", return_value=("Ecuador", True)):
        dock.picker.new_button.click()
    assert dock.model.ids() == [] and dock.picker.packs.currentText() == "Ecuador"
    pack_of(window, THREE[1:])
    dock.picker.packs.setCurrentIndex(dock.picker.packs.findText("Morocco, Tuesday"))
    dock.picker.packs.activated.emit(dock.picker.packs.currentIndex())
    assert dock.model.ids() == THREE[:1]
    with patch.object(QInputDialog, "getText", return_value=("Morocco, Wednesday", True)):
        dock.picker.rename_action.trigger()
    assert stored_pack(window).name == "Morocco, Wednesday"
    assert dock.form.title.text() == "Morocco, Wednesday"  # the title followed the name
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Cancel):
        dock.picker.delete_action.trigger()
    assert dock.picker.packs.count() == 2
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes):
        dock.picker.delete_action.trigger()
    assert [dock.picker.packs.itemText(i) for i in range(dock.picker.packs.count())] == ["Ecuador"]
    assert dock.model.ids() == THREE[1:]


def test_options_and_the_pack_survive_a_restart(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    pack_of(window, THREE)
    form = dock_of(window).form
    assert form.title.text() == "Briefing pack"  # defaults to the pack's name
    assert form.notes.isChecked() and "Personal note" in form.notes_hint.text()
    form.title.clear()
    QTest.keyClicks(form.title, "Bilateral with Ecuador")
    type_text(form.delegate, "Ana Müller")
    QTest.keyClicks(form.meeting, "Friends of the Forum")
    QTest.keyClicks(form.date, "12 May 2026")
    QTest.mouseClick(form.notes, Qt.MouseButton.LeftButton)
    form.paper.setCurrentIndex(form.paper.findData("letter"))
    form.paper.activated.emit(form.paper.currentIndex())
    window.close()  # within the typing pause: closing saves the last keys
    again = open_window()
    form = dock_of(again).form
    assert dock_of(again).model.ids() == THREE
    shown = (form.title.text(), form.delegate.text(), form.meeting.text(), form.date.text())
    assert shown == ("Bilateral with Ecuador", "Ana Müller", "Friends of the Forum", "12 May 2026")
    assert not form.notes.isChecked() and form.partner_index.isChecked()
    assert form.paper.currentText() == "US Letter"


def _qt_own(widget: QWidget) -> bool:
    """Qt's parts of a control (a dock's title buttons, a field's clear button)."""
    return widget.objectName().startswith("qt_") or isinstance(widget.parent(), QLineEdit)


def test_every_control_has_an_accessible_name(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    pack_of(window, THREE)
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    controls = [
        w
        for w in dock_of(window).findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not _qt_own(w)
    ]
    assert len(controls) >= 12
    assert [w for w in controls if not w.accessibleName()] == []


def test_tab_goes_top_to_bottom(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    pack_of(window, THREE)
    dock = dock_of(window)
    dock.view.setCurrentIndex(dock.model.index(1, 0))  # up and down both possible
    dock.picker.packs.setFocus()
    visited = [dock.picker.packs.accessibleName()]
    while len(visited) < 20 and window.focusWidget() is not dock.export_button:
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        visited.append(window.focusWidget().accessibleName())
    assert visited == [
        "Briefing pack",
        "New pack",
        "Rename or delete the pack",
        "Initiatives in the pack",
        "Move up",
        "Move down",
        "Remove from the pack",
        "Title",
        "Delegate",
        "Meeting",
        "Date",
        "Paper size",
        "Language of the pack's labels",
        "Include my personal notes",
        "Include a partner index",
        "Include an overview page",
        "Export the pack as PDF",
    ]


def test_without_notes_the_panel_says_why(
    qtbot: QtBot, catalogue: CatalogueService, tmp_path: Path
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, LIGHT_THEME)
    qtbot.addWidget(window)
    window.open_catalogue(catalogue, None)
    dock = dock_of(window)
    dock.show()
    assert dock.stack.currentIndex() == 0 and "notes cannot be opened" in dock.notice.text()
    assert not dock.add_action.isEnabled()
    dock.add_initiatives(THREE)  # quietly nothing
    assert dock.model.ids() == []
