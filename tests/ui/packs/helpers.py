"""Driving the briefing-pack panel in tests: its parts, the stored pack, typing, selecting in
the tree, answering Qt's message boxes, exporting, and reading the PDF back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from unittest.mock import patch

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.models import NodeKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.pack_store import StoredPack
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.packs.dock import PackDock

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
THREE = ["eu-diaspora-facility", "knomad-1-2", "prague-process"]


def dock_of(window: MainWindow) -> PackDock:
    """The window's briefing-pack panel."""
    return window.pack_dock


def stored_pack(window: MainWindow) -> StoredPack:
    """The pack on show, as the database holds it now."""
    personal, pack = window.personal.personal, dock_of(window).pack
    assert personal is not None and pack is not None
    stored = personal.packs.get(pack.id)
    assert stored is not None
    return stored


def type_text(widget: QWidget, text: str) -> None:
    """Key presses, one per character (QTest's keyClicks knows only ASCII)."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def press_add(window: MainWindow, widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_B, CTRL_SHIFT)


def select_in_tree(window: MainWindow, *items: tuple[NodeKind, str]) -> None:
    indexes = []
    for kind, key in items:
        assert window.tree.reveal(kind, key)
        indexes.append(QPersistentModelIndex(window.tree.currentIndex()))
    selection = window.tree.selectionModel()
    selection.clear()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for index in indexes:
        selection.select(QModelIndex(index), flags)


def titles(catalogue: CatalogueService, ids: list[str]) -> list[str]:
    by_id = {s.id: s.title for s in catalogue.summaries()}
    return [by_id[i] for i in ids]


def pack_of(window: MainWindow, ids: list[str]) -> None:
    dock_of(window).add_initiatives(ids)
    assert stored_pack(window).initiative_ids == tuple(ids)


def answer(seen: list[str], **buttons: str) -> Callable[[QMessageBox], int]:
    """A QMessageBox.exec that notes the box's text and its details in ``seen`` and clicks,
    in the box titled T, the button labelled buttons[T] (spaces in T written as _)."""

    def exec_(box: QMessageBox) -> int:
        seen.append(f"{box.text()} | {box.informativeText()}")
        wanted = buttons[box.windowTitle().replace(" ", "_")]
        button = next(b for b in box.buttons() if b.text().replace("&", "") == wanted)
        button.click()
        return 0

    return exec_


def export(
    qtbot: QtBot,
    window: MainWindow,
    after: str = "Close",
    glyphs: str = "Cancel",
    seen: list[str] | None = None,
) -> list[str]:
    """Export PDF…, answering the dialogs, until the export is over; returns the status
    messages seen (and the questions asked, in ``seen``)."""
    dock = dock_of(window)
    messages: list[str] = []
    dock.exporter.finished.connect(messages.append)
    answers = answer(
        [] if seen is None else seen,
        Briefing_pack_written=after,
        Letters_that_cannot_be_printed=glyphs,
    )
    with patch.object(QMessageBox, "exec", answers):
        QTest.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(messages) and not dock.exporter.running, timeout=20000)
        qtbot.wait(10)  # the after-export question comes just after the message
    return messages


def page_texts(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def own_page(texts: list[str], title: str) -> int:
    """Where an initiative's own page starts: its title before its PARTNERS label."""
    flat = " ".join(title.split())
    for number, text in enumerate(texts):
        if "PARTNERS" in text and -1 < text.find(flat) < text.find("PARTNERS"):
            return number
    raise AssertionError(f"no page starts {title!r}")
