"""The window in French or Spanish: View → Language switches at once (a new window on the same
catalogue and notes), is remembered, and loses neither the note being typed nor the page,
grouping, search or pack dock on show; `--language` and the system's language choose it at
start-up."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.navigation import Grouping, NodeKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.ui import settings as keys
from pfp_desktop.ui import startup
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.pages.page import LIGHT_THEME
from pfp_desktop.ui.settings import AppSettings
from pfp_desktop.ui.startup import window_language
from pfp_desktop.ui.translations import install_translations
from tests.ui.personal.note_helpers import type_note

INITIATIVE = "eu-diaspora-facility"  # 12th Summit, Quito 2020


@pytest.fixture
def window(
    qtbot: QtBot,
    qapp: QApplication,
    catalogue: CatalogueService,
    settings_path: Path,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    """A window as pfp-desktop opens it; the notes outlive it (the switch hands them on)."""
    settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    personal = Personal.of(open_user_data(tmp_path / "notes"))
    first = MainWindow(settings, LIGHT_THEME, defer_panels=True)  # closed by the switch
    first.open_catalogue(catalogue, personal)
    with qtbot.waitActive(first):
        first.show()
        first.activateWindow()
    yield first
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
    # The windows the switch closed are deleted later, by an event loop: gone before the next
    # test looks for the app's windows.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
    install_translations(qapp, "en")
    personal.user.close()


def _shown_window(qapp: QApplication) -> MainWindow:
    (shown,) = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return shown


def _choose(window: MainWindow, code: str) -> None:
    """View → Language → the language, as a person picks it from the menu."""
    view = next(a.menu() for a in window.menuBar().actions() if a.menu() is window.menus["view"])
    languages = view.findChild(QAction, f"language-{code}")
    assert languages is not None
    languages.trigger()


def test_view_language_switches_the_window_at_once_and_keeps_the_note(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    window.set_grouping(Grouping.PARTNER)
    window.show_page(NodeKind.INITIATIVE, INITIATIVE)
    type_note(qtbot, window, "Ask about the handbook")  # still being typed: not saved yet
    window.pack_dock.show()
    _choose(window, "fr")
    french = _shown_window(qapp)
    assert french is not window
    menus = [a.text() for a in french.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "&Édition", "&Affichage"]
    page = french.details.toPlainText()
    assert "12e Sommet · Quito 2020" in page and "Partenaires" in page.splitlines()
    assert "EU Diaspora Facility" in page  # the catalogue's text, as published
    assert "Ask about the handbook" in french.note_panel.viewer.toPlainText()
    assert french.tree.grouping is Grouping.PARTNER and french.pack_dock.isVisible()
    assert french.settings.get(keys.LANGUAGE) == "fr"  # remembered for the next start
    _choose(french, "es")
    spanish = _shown_window(qapp)
    assert [a.text() for a in spanish.menuBar().actions()][:3] == ["&Archivo", "&Edición", "&Ver"]
    assert "12.ª Cumbre · Quito 2020" in spanish.details.toPlainText()
    assert "Ask about the handbook" in spanish.note_panel.viewer.toPlainText()


def test_the_search_on_show_is_carried_into_the_new_language(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    qtbot.keyClicks(window.search_field, "diaspora")
    _choose(window, "es")
    spanish = _shown_window(qapp)
    assert spanish.search_field.text() == "diaspora"
    qtbot.waitUntil(lambda: "resultado" in spanish.search.panel.summary.text())
    assert spanish.search.showing()


def test_the_language_is_the_arguments_else_the_chosen_else_the_systems(
    settings_path: Path,
) -> None:
    settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert window_language(None, settings) is None  # the system's
    settings.set(keys.LANGUAGE, "es")
    assert window_language(None, settings) == "es"
    assert window_language("fr", settings) == "fr"


@pytest.mark.parametrize(("system", "expected"), [("fr_FR.UTF-8", "fr"), ("de_DE.UTF-8", "en")])
def test_the_systems_language_by_default(system: str, expected: str) -> None:
    code = (
        "from pfp_desktop.ui.startup import create_application\n"
        "from pfp_desktop.ui.translations import install_translations\n"
        "print(install_translations(create_application([])))\n"
    )
    env = {**os.environ, "LANG": system, "LC_ALL": system, "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == expected


def test_quitting_after_a_switch_keeps_the_first_screen_in_the_new_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    args = argparse.Namespace(
        catalogue=None,
        data_dir=tmp_path / "notes",
        settings=tmp_path / "s.ini",
        theme="light",
        language=None,
        grouping=None,
        screenshot=None,
        select=None,
        size="1280x800",
    )

    def shown() -> list[MainWindow]:
        return [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def switch_then_quit() -> None:
        (window,) = shown()
        if window.catalogue is None:  # still opening
            QTimer.singleShot(50, switch_then_quit)
            return
        _choose(window, "es")
        QTimer.singleShot(0, lambda: shown()[0].close())  # the delegate quits

    QTimer.singleShot(0, switch_then_quit)
    guard = QTimer(singleShot=True, interval=60_000)  # on failure, ends the test
    guard.timeout.connect(qapp.quit)
    guard.start()
    try:
        assert startup.run(args) == 0  # the replaced window, deleted, is not asked at quit
    finally:
        guard.stop()
        install_translations(qapp, "en")
        for window in [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]:
            window.deleteLater()  # the one run() left: a later test looks for its own
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    kept = (tmp_path / "notes" / "first-screen.json").read_text(encoding="utf-8")
    assert "Cumbre" in kept
