"""The window driven as a delegate would: groupings, keyboard, links, history, restart."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import Grouping, NodeKind
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def _root_labels(window: MainWindow) -> list[tuple[str, str]]:
    model = window.tree.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def _details_text(window: MainWindow) -> str:
    return window.details.toPlainText().strip()


def test_it_opens_on_a_welcome_page_grouped_by_summit(open_window: WindowFactory) -> None:
    window = open_window()
    assert window.windowTitle() == "PfP Desktop"
    assert _root_labels(window)[:3] == [
        ("14th Summit · Geneva 2024", "4"),
        ("13th Summit · online 2021", "0"),
        ("12th Summit · Quito 2020", "6"),
    ]
    assert "48" in _details_text(window)
    assert not window.commands.back.isEnabled()


def test_restart_restores_grouping_selection_and_text_size(open_window: WindowFactory) -> None:
    window = open_window()
    window.commands.groupings[Grouping.GCM].trigger()
    window.show_page(NodeKind.INITIATIVE, "remittances-for-africa-prime")
    window.commands.zoom_in.trigger()
    window.resize(700, 500)  # within the offscreen screen (800x600)
    window.close()
    again = open_window()
    assert again.tree.grouping is Grouping.GCM
    assert _details_text(again).startswith("Remittances for Africa")
    node = again.tree.current_node()
    assert node is not None and node.key == "remittances-for-africa-prime"
    assert again.details.font().pointSizeF() == window.details.font().pointSizeF()
    assert (again.width(), again.height()) == (700, 500)


def test_the_pack_dock_left_open_is_open_again_after_a_restart(
    open_window: WindowFactory,
) -> None:
    """The dock is created after the first paint; the window's saved layout still applies."""
    window = open_window()
    assert not window.pack_dock.isVisible()
    window.pack_dock.toggleViewAction().trigger()
    assert window.pack_dock.isVisible()
    window.close()
    again = open_window()
    assert again.pack_dock.isVisible()
    menus = [a.text() for a in again.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Search", "&Pack", "&Go", "&Help"]
    assert "&Undo" in [a.text() for a in again.menus["edit"].actions()]


def test_showing_original_text_of_corrections(open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    assert "TThe" not in _details_text(window)
    window._on_link("originals", "show")
    assert "TThe" in _details_text(window)


def test_the_shortcuts_dialog_lists_every_shortcut(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from pfp_desktop.ui.dialogs import ShortcutsDialog

    window = open_window()
    dialog = ShortcutsDialog(window.commands.all(), window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    cells = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert "Alt+Left" in cells and "Ctrl+1" in cells


def test_nothing_remote_is_ever_loaded(open_window: WindowFactory) -> None:
    from PySide6.QtCore import QUrl

    window = open_window()
    assert window.details.loadResource(2, QUrl("https://example.org/x.png")) is None
    QApplication.processEvents()
