"""Browsing: the tree's groupings, selection by keyboard and by link, its models."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import Grouping, NodeKind
from pfp_desktop.ui.browse.tree_model import NavigationModel
from pfp_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def _root_labels(window: MainWindow) -> list[tuple[str, str]]:
    model = window.tree.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def _details_text(window: MainWindow) -> str:
    return window.details.toPlainText().strip()


def test_every_grouping_shows_its_groups_with_counts(open_window: WindowFactory) -> None:
    window = open_window()
    window.commands.groupings[Grouping.PARTNER].trigger()
    assert _root_labels(window) == [("Countries", "21"), ("Organisations", "32")]
    window.commands.groupings[Grouping.GCM].trigger()
    labels = _root_labels(window)
    assert len(labels) == 23 and labels[19] == ("20. Remittances", "3")
    window.commands.groupings[Grouping.SDG].trigger()
    labels = _root_labels(window)
    remittances = next(label for label in labels if label[0].startswith("SDG 10.c · "))
    assert remittances[1] == "3" and labels[-1][0] == "No SDG target"
    assert (
        window.grouping_box.currentText() == "Sdg target"
        or window.grouping_box.currentData() == "sdg"
    )


def test_selecting_by_keyboard_shows_the_initiative(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    tree = window.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # 14th Summit
    assert _details_text(window).startswith("14th Summit · Geneva 2024")
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # 13th Summit
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # 12th Summit
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # open it
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # its first initiative
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # its second
    assert _details_text(window).startswith("EU Diaspora Facility")
    assert "France" in _details_text(window)


def test_a_partner_link_opens_the_partner_and_back_returns(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    window.details.setFocus()
    qtbot.keyClick(window.details, Qt.Key.Key_Tab)  # first link: the summit
    qtbot.keyClick(window.details, Qt.Key.Key_Tab)  # the page's Star
    qtbot.keyClick(window.details, Qt.Key.Key_Tab)  # its Add to briefing pack
    qtbot.keyClick(window.details, Qt.Key.Key_Tab)  # the first partner: France
    qtbot.keyClick(window.details, Qt.Key.Key_Return)
    assert _details_text(window).startswith("France")
    assert window.commands.back.isEnabled()
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.details, Qt.Key.Key_Left, alt)
    assert _details_text(window).startswith("EU Diaspora Facility")
    qtbot.keyClick(window.details, Qt.Key.Key_Right, alt)
    assert _details_text(window).startswith("France")


def test_a_link_selects_the_item_in_the_tree_when_the_grouping_shows_it(
    open_window: WindowFactory,
) -> None:
    window = open_window()
    window.commands.groupings[Grouping.PARTNER].trigger()
    window.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    window._on_link("partner", "ICMPD/EU")
    node = window.tree.current_node()
    assert node is not None and (node.kind, node.key) == (NodeKind.PARTNER, "ICMPD/EU")


def test_models_pass_the_model_tester(qtmodeltester, catalogue) -> None:  # type: ignore[no-untyped-def]
    from pfp_desktop.services.navigation import NavigationService

    navigation = NavigationService(catalogue)
    for grouping in Grouping:
        model = NavigationModel(
            lambda node, g=grouping: (
                navigation.roots(g) if node is None else navigation.children(node)
            )
        )
        model.fetchMore(QModelIndex())
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            while model.canFetchMore(index):
                model.fetchMore(index)
        qtmodeltester.check(model, force_py=True)


def test_a_long_group_loads_more_rows_as_it_is_scrolled(qtbot: QtBot) -> None:
    """Levels load in batches of 500; scrolling an open group brings the next batch."""
    from pfp_desktop.domain.models import NavNode
    from pfp_desktop.ui.browse import tree_model as navigation_model
    from pfp_desktop.ui.browse.tree import NavigationTree

    total = 3 * navigation_model.BATCH + 7
    group = NavNode(NodeKind.SESSION, "1", "Part 1", str(total), True)
    rows = [NavNode(NodeKind.INITIATIVE, str(n), f"Initiative {n}") for n in range(total)]
    tree = NavigationTree()
    tree._children = lambda node: [group] if node is None else rows  # type: ignore[method-assign]
    tree._model._load = tree._children
    qtbot.addWidget(tree)
    tree.resize(300, 400)
    tree.show()
    tree.set_grouping(Grouping.SUMMIT)
    model = tree.model()
    parent = model.index(0, 0)
    tree.expand(parent)
    qtbot.wait(10)
    assert model.rowCount(parent) == navigation_model.BATCH
    for _ in range(10):
        tree.scrollTo(model.index(model.rowCount(parent) - 1, 0, parent))
        qtbot.wait(5)
    assert model.rowCount(parent) == total


def _partner_row(window: MainWindow, qtbot: QtBot, kind_row: int, name: str) -> QModelIndex:
    """Opens the partner kind at ``kind_row`` by keyboard and returns the row of ``name``."""
    tree = window.tree
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(kind_row, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    model = tree.model()
    parent = model.index(kind_row, 0)
    rows = [model.index(r, 0, parent) for r in range(model.rowCount(parent))]
    return next(i for i in rows if i.data() == name)


def test_a_partner_counts_its_joint_initiatives_in_the_tree_and_on_its_page(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.commands.groupings[Grouping.PARTNER].trigger()
    eu = _partner_row(window, qtbot, 1, "European Union")
    window.tree.setCurrentIndex(eu)
    text = _details_text(window)
    count = int(eu.siblingAtColumn(1).data())
    assert count == 4 and text.startswith("European Union")
    assert f"{count} initiatives (1 joint)" in text
    assert "EU Diaspora Facility · joint, as ICMPD/EU" in text
    assert "See also (a distinct partner): European Commission" in text
    assert "Co-partners: " in text and "France (1)" in text and "ICMPD (1)" in text


def test_a_see_also_link_opens_the_related_partner(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.commands.groupings[Grouping.PARTNER].trigger()
    window.tree.setCurrentIndex(_partner_row(window, qtbot, 1, "European Union"))
    window.details.setFocus()
    anchors = window.details.document().toHtml()
    see_also = anchors.index("See also")
    before = anchors[:see_also].count("<a href=")
    for _ in range(before + 1):  # Tab past the links above "See also" to the first after it
        qtbot.keyClick(window.details, Qt.Key.Key_Tab)
    qtbot.keyClick(window.details, Qt.Key.Key_Return)
    assert _details_text(window).startswith("European Commission")
    assert "See also (a distinct partner): European Union" in _details_text(window)
