"""Fixtures for driving the real window: a private settings file per test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.pages.page import LIGHT_THEME
from pfp_desktop.ui.settings import AppSettings
from pfp_desktop.ui.translations import install_translations
from tests.conftest import DATA

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def english_forms(qapp: QApplication) -> None:
    """The English plural forms, as pfp-desktop installs them at start-up."""
    install_translations(qapp, "en")


@pytest.fixture
def catalogue() -> CatalogueService:
    return CatalogueService(DATA / "pfp.sqlite")


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def open_window(
    qtbot: QtBot, catalogue: CatalogueService, settings_path: Path, tmp_path: Path
) -> WindowFactory:
    """Opens a main window as the app would, with a private notes folder (or ``data_dir``);
    call again to 'restart' on the same settings and notes (close the previous window first:
    a second window on the same notes is read-only)."""

    def factory(data_dir: Path | None = None) -> MainWindow:
        settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        window = MainWindow(settings, LIGHT_THEME, defer_panels=True)  # as pfp-desktop starts
        qtbot.addWidget(window)
        personal = Personal.of(open_user_data(data_dir or tmp_path / "notes"))
        window.destroyed.connect(lambda *_: personal.user.close())
        window.open_catalogue(catalogue, personal)
        with qtbot.waitActive(window):  # keys go where a delegate's would: the active window
            window.show()
            window.activateWindow()
        return window

    return factory
