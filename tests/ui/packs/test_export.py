"""Exporting a briefing pack from the panel: the PDF in the pack's order with the notes (read
back with pypdf), opening it, printing it, cancelling, a place that cannot be written, letters
the fonts lack. The worker thread is real; only Qt's dialogs are answered."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.personal import LocalInitiative, Target, TargetKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.ui.packs.list_model import DETAIL_ROLE
from pfp_desktop.ui.translations import install_translations
from tests.ui.conftest import WindowFactory
from tests.ui.packs.helpers import (
    THREE,
    answer,
    dock_of,
    export,
    own_page,
    pack_of,
    page_texts,
    titles,
    type_text,
)


@pytest.fixture
def save_to(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    """Answers the save dialog with a path (set by calling the fixture)."""
    chosen: list[Path] = [tmp_path / "pack.pdf"]

    def answer(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return str(chosen[0]), "PDF documents (*.pdf)"

    with patch.object(QFileDialog, "getSaveFileName", answer):
        yield lambda path: chosen.__setitem__(0, path)


def test_export_writes_the_pack_in_its_order_with_the_notes(
    qtbot: QtBot,
    open_window: WindowFactory,
    catalogue: CatalogueService,
    tmp_path: Path,
    save_to: Callable[[Path], None],
) -> None:
    window = open_window()
    personal = window.personal.personal
    assert personal is not None
    personal.notes.set_note(
        Target(TargetKind.INITIATIVE, "knomad-1-2"), "Ask about zebrafish visas"
    )
    order = ["prague-process", "knomad-1-2", "eu-diaspora-facility"]
    pack_of(window, order)
    working: set[str] = set()  # the threads that lay the pack out (none may be the GUI's)
    dock_of(window).exporter.job.worker.progressed.connect(
        lambda *_: working.add(threading.current_thread().name), Qt.ConnectionType.DirectConnection
    )
    messages = export(qtbot, window)
    target = tmp_path / "pack.pdf"
    assert messages[-1].startswith(f"Wrote {target}")
    texts = page_texts(target)
    assert len(texts) > 3 and "Briefing pack" in texts[0]
    pages = [own_page(texts, t) for t in titles(catalogue, order)]
    assert pages == sorted(pages) and len(set(pages)) == 3  # in the pack's order
    assert "Ask about zebrafish visas" in " ".join(texts) and "Personal note" in " ".join(texts)
    assert working and threading.main_thread().name not in working
    assert not list(tmp_path.glob(".*.part"))


def test_notes_left_out_when_unticked_and_open_in_the_viewer(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, save_to: Callable[[Path], None]
) -> None:
    window = open_window()
    personal = window.personal.personal
    assert personal is not None
    personal.notes.set_note(
        Target(TargetKind.INITIATIVE, "knomad-1-2"), "Ask about zebrafish visas"
    )
    pack_of(window, THREE)
    QTest.mouseClick(dock_of(window).form.notes, Qt.MouseButton.LeftButton)
    opened: list[QUrl] = []

    def viewer(url: QUrl) -> bool:  # the system's PDF viewer opens it
        opened.append(url)
        return True

    with patch.object(QDesktopServices, "openUrl", viewer):
        messages = export(qtbot, window, after="Open")
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "pack.pdf"))] and len(messages) == 1
    assert "zebrafish" not in " ".join(page_texts(tmp_path / "pack.pdf"))


def test_own_additions_are_printed_and_marked_as_added(
    qtbot: QtBot,
    open_window: WindowFactory,
    catalogue: CatalogueService,
    tmp_path: Path,
    save_to: Callable[[Path], None],
) -> None:
    window = open_window()
    personal = window.personal.personal
    assert personal is not None
    session = next(s for s in catalogue.sessions() if s.summit_number == 12)
    talk = LocalInitiative("", 12, session.id, "Corridor talk", ("Mexico",), "Zebra costs.")
    mine = personal.additions.add(talk)
    pack_of(window, [mine.id, "knomad-1-2", "gone-from-the-catalogue"])
    model = dock_of(window).model
    assert model.index(0, 0).data() == "Corridor talk"
    assert model.index(0, 0).data(DETAIL_ROLE) == "12th Summit · added by you"
    messages = export(qtbot, window)
    assert messages[0].endswith("1 initiative is left out: it is not in the catalogue.")
    text = " ".join(" ".join(page_texts(tmp_path / "pack.pdf")).split())
    assert "Corridor talk" in text and "Zebra costs." in text
    assert "Added by the delegate on this computer" in text
    assert titles(catalogue, ["knomad-1-2"])[0] in text


def test_cancel_leaves_no_file(
    qtbot: QtBot,
    open_window: WindowFactory,
    catalogue: CatalogueService,
    tmp_path: Path,
    save_to: Callable[[Path], None],
) -> None:
    window = open_window()
    pack_of(window, [s.id for s in catalogue.summaries()])
    dock = dock_of(window)
    dock.exporter.job.progressed.connect(lambda *_: dock.progress.cancel_button.click())
    messages = export(qtbot, window)
    assert messages == ["Cancelled: nothing was written or printed."]
    assert list(tmp_path.glob("*.pdf")) == [] and not list(tmp_path.glob(".*.part"))
    assert not dock.progress.isVisible() and dock.export_button.isEnabled()


@pytest.mark.parametrize(
    ("folder", "says"),
    [("notes.txt", "{folder} is not a folder."), ("gone", "The folder {folder} does not exist.")],
)
def test_an_unwritable_place_says_why_and_leaves_no_file(
    qtbot: QtBot,
    open_window: WindowFactory,
    tmp_path: Path,
    save_to: Callable[[Path], None],
    folder: str,
    says: str,
) -> None:
    window = open_window()
    pack_of(window, THREE)
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    save_to(tmp_path / folder / "pack.pdf")
    warnings: list[str] = []
    with patch.object(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text)):
        messages = export(qtbot, window)
    assert warnings == messages == [says.format(folder=tmp_path / folder)]
    assert list(tmp_path.rglob("*.pdf")) == [] and dock_of(window).export_button.isEnabled()


def test_letters_the_fonts_lack_are_named_before_exporting(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, save_to: Callable[[Path], None]
) -> None:
    window = open_window()
    pack_of(window, THREE)
    form = dock_of(window).form
    type_text(form.meeting, "Tokyo 会議")
    form.meeting.editingFinished.emit()
    asked: list[str] = []
    assert export(qtbot, window, seen=asked) == ["Export cancelled: no file was written."]
    assert len(asked) == 1 and asked[0].endswith("Letters: 会 (U+4F1A), 議 (U+8B70)")
    assert "cannot be printed with the bundled fonts" in asked[0]
    assert not (tmp_path / "pack.pdf").exists()
    assert export(qtbot, window, glyphs="Export anyway")[0].startswith("Wrote")
    assert "Tokyo" in " ".join(page_texts(tmp_path / "pack.pdf"))


def test_print_sends_every_page_to_the_chosen_printer(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, save_to: Callable[[Path], None]
) -> None:
    window = open_window()
    pack_of(window, THREE)
    printed = tmp_path / "printer-output.pdf"

    def accept(dialog: QPrintDialog) -> int:  # the delegate picks a printer (here, a file)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    messages: list[str] = []
    dock_of(window).exporter.finished.connect(messages.append)
    with patch.object(QPrintDialog, "exec", accept):
        export(qtbot, window, after="Print…")
        qtbot.waitUntil(lambda: messages[-1].startswith("Sent"), timeout=20000)
    pages = len(PdfReader(tmp_path / "pack.pdf").pages)
    assert messages[-1] == f"Sent {pages} pages to the printer."
    assert len(PdfReader(printed).pages) == pages


def test_the_pack_speaks_the_language_chosen_for_it_else_the_windows(
    qtbot: QtBot,
    qapp: QApplication,
    open_window: WindowFactory,
    tmp_path: Path,
    save_to: Callable[[Path], None],
) -> None:
    install_translations(qapp, "fr")  # the window in French (as --language fr starts it)
    try:
        window = open_window()
        pack_of(window, ["eu-diaspora-facility"])
        form = dock_of(window).form
        assert form.language.currentData() == ""  # by default: the window's language
        written = {"Dossier_d'information_écrit": "Fermer"}  # Qt's own "Close", in French
        with patch.object(QMessageBox, "exec", answer([], **written)):
            messages: list[str] = []
            dock_of(window).exporter.finished.connect(messages.append)
            QTest.mouseClick(dock_of(window).export_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(messages), timeout=20000)
            qtbot.wait(10)  # the question after the export
        assert messages[-1].endswith(" écrit : 4 pages.")  # the status line in French too
        texts = page_texts(tmp_path / "pack.pdf")
        assert "Page 1 sur" in texts[0] and "Sommaire" in texts[1]
        form.language.setCurrentIndex(form.language.findData("es"))
        form.language.activated.emit(form.language.currentIndex())  # as a pick from the list
        save_to(tmp_path / "es.pdf")
        with patch.object(QMessageBox, "exec", answer([], **written)):
            QTest.mouseClick(dock_of(window).export_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: len(messages) == 2, timeout=20000)
            qtbot.wait(10)
        texts = page_texts(tmp_path / "es.pdf")
        assert "Página 1 de" in texts[0] and "Índice" in texts[1]
        assert "EU Diaspora Facility" in " ".join(texts)  # the catalogue's text, as published
    finally:
        install_translations(qapp, "en")
