"""Building the running app from parsed arguments (imports Qt, so app.py can parse first)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pfp_desktop.domain.models import Grouping, NodeKind
from pfp_desktop.services.catalogue_service import CatalogueService, CatalogueUnavailableError
from pfp_desktop.services.locations import shipped_catalogue_path
from pfp_desktop.ui import settings as keys
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.settings import AppSettings
from pfp_desktop.ui.theme import apply_palette, system_prefers_dark

APP_NAME = "PfP Desktop"
# Fusion marks a focused tree or text pane only faintly; a delegate must always see the focus.
FOCUS_STYLE = "QTreeView:focus, QTextBrowser:focus { border: 2px solid palette(highlight); }"


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setStyleSheet(FOCUS_STYLE)  # focus must be visible at all times
    return app


def open_settings(path: object | None) -> AppSettings:
    if path is not None:
        return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    return AppSettings(QSettings())


def run(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    dark = args.theme == "dark" or (args.theme == "system" and system_prefers_dark())
    theme = apply_palette(app, dark)
    try:
        catalogue = CatalogueService(args.catalogue or shipped_catalogue_path())
    except CatalogueUnavailableError as exc:
        message = f"PfP Desktop cannot open its catalogue.\n\n{exc}"
        if args.screenshot:  # headless: nobody could close a dialog
            print(f"pfp-desktop: error: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, message)
        return 1
    settings = open_settings(args.settings)
    if args.grouping:
        settings.set(keys.GROUPING, args.grouping)
    window = MainWindow(catalogue, settings, theme)
    if args.screenshot:
        return _screenshot(app, window, args)
    window.show()
    return app.exec()


def _screenshot(app: QApplication, window: MainWindow, args: argparse.Namespace) -> int:
    width, _, height = str(args.size).partition("x")
    window.resize(int(width), int(height))
    if args.grouping:
        window.set_grouping(Grouping(args.grouping))
    if args.select:
        window.show_page(NodeKind.INITIATIVE, args.select)
    window.show()
    QTimer.singleShot(0, app.quit)  # let the first paint happen
    app.exec()
    ok = window.grab().save(str(args.screenshot))
    window.close()
    if not ok:
        print(f"pfp-desktop: error: cannot write {args.screenshot}", file=sys.stderr)
        return 1
    return 0
