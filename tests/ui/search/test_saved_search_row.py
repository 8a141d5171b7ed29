"""A saved search is opened by selecting its row in the tree, as a delegate does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.finding import FindQuery
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from tests.ui.conftest import WindowFactory


def _row(view: QAbstractItemView, text: str, parent: QModelIndex | None = None) -> QModelIndex:
    model = view.model()
    parent = QModelIndex() if parent is None else parent
    return next(
        model.index(r, 0, parent)
        for r in range(model.rowCount(parent))
        if model.index(r, 0, parent).data() == text
    )


def test_selecting_a_saved_search_row_runs_it_in_the_search_pane(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    earlier = Personal.of(open_user_data(tmp_path / "notes"))  # saved at an earlier session
    earlier.saved_searches.save("Diaspora talks", FindQuery("diaspora", {}))
    earlier.user.close()
    window = open_window()
    window.tree.setFocus()
    window.tree.setCurrentIndex(_row(window.tree, "Saved searches"))
    qtbot.keyClick(window.tree, Qt.Key.Key_Right)  # open the group
    qtbot.waitUntil(lambda: window.tree.model().rowCount(window.tree.currentIndex()) == 1)
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)  # onto "Diaspora talks"
    assert window.tree.currentIndex().data() == "Diaspora talks"
    assert window.search.field.text() == "diaspora"
    assert window.left.currentWidget() is window.search.panel
