"""Building the running app from parsed arguments (imports Qt, so app.py can parse first)."""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from pfp_desktop.domain.languages import Language
from pfp_desktop.domain.navigation import NodeKind
from pfp_desktop.locale import as_language
from pfp_desktop.services.app_folders import portable_data_dir
from pfp_desktop.services.locations import shipped_resource
from pfp_desktop.ui import settings as keys
from pfp_desktop.ui.catalogue_loader import CatalogueLoader
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.pages.page import PageTheme
from pfp_desktop.ui.settings import AppSettings
from pfp_desktop.ui.theme import apply_palette, system_prefers_dark
from pfp_desktop.ui.translations import install_translations

APP_NAME = "PfP Desktop"
SCREENSHOT_LIMIT_S = 300  # far beyond any real start-up; only a hang reaches it


def create_application(argv: list[str]) -> QApplication:
    """The QApplication, named and with its icon; the caller installs the window's language
    (install_translations: loading the system's first cost ~2 ms of every start)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(shipped_resource("icons/pfp-desktop.svg"))))
    app.setDesktopFileName("org.gfmd.PfPDesktop")  # Wayland finds the icon through the entry
    return app


def open_settings(path: object | None) -> AppSettings:
    if path is not None:
        return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    if (portable := portable_data_dir()) is not None:
        # Every QSettings of the process goes there, Qt's own too (the file dialogs' folders),
        # as .ini files (Windows would otherwise use the registry).
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable))
    return AppSettings(QSettings())


def run(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    dark = args.theme == "dark" or (args.theme == "system" and system_prefers_dark())
    settings = open_settings(args.settings)
    install_translations(app, window_language(args.language, settings))
    if args.grouping:
        settings.set(keys.GROUPING, args.grouping)
    window = MainWindow(settings, apply_palette(app, dark), defer_panels=True)
    if args.theme == "system":  # follow the desktop when it switches between light and dark
        app.styleHints().colorSchemeChanged.connect(
            lambda scheme: _set_theme(app, apply_palette(app, scheme == Qt.ColorScheme.Dark))
        )
    status = _Outcome()
    if args.screenshot:
        _headless(window, str(args.size), status)
    loader = CatalogueLoader(window)
    loader.loaded.connect(
        lambda service, personal, message: _opened(
            window, (service, personal, message), args, status
        )
    )
    loader.failed.connect(lambda message: status.fail(window, message, bool(args.screenshot)))
    # The catalogue as at the last quit, if still true, in the first paint; the live one
    # ("ready") takes its place once SQLAlchemy and the files are loaded.
    preview = _show_last_first_screen(window, args)
    window.show()
    _report("painted")
    if preview:
        _report("shown")
    QTimer.singleShot(0, lambda: _after_first_paint(window, loader, args))
    app.exec()
    last = _last_window(app)  # View → Language may have put another in the first's place
    if last is not None:
        _keep_first_screen(last, args)
    return status.code


def window_language(argument: str | None, settings: AppSettings) -> Language | None:
    """--language, else the one chosen in View → Language, else None (the system's)."""
    chosen = argument or settings.get(keys.LANGUAGE)
    return as_language(chosen) if chosen else None


def _last_window(app: QApplication) -> MainWindow | None:
    """The window the person quit: the windows a language switch replaced are deleted."""
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    return windows[-1] if windows else None


def _set_theme(app: QApplication, theme: PageTheme) -> None:
    """The new colours in every window (View → Language builds the window anew)."""
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.set_theme(theme)


def _first_screen_key(window: MainWindow, args: argparse.Namespace) -> tuple[Path, str] | None:
    """(data folder, key) of the first screen this start would show; None if unknown."""
    from pfp_desktop.services.active_catalogue import active_catalogue_path
    from pfp_desktop.services.app_folders import resolve_data_dir
    from pfp_desktop.services.first_screen import screen_key

    try:
        data_dir = resolve_data_dir(args.data_dir)
        catalogue = args.catalogue or active_catalogue_path(data_dir)
    except Exception:  # a damaged state: the loader says so, in its own words
        return None
    return data_dir, screen_key(Path(catalogue), data_dir, window.first_screen_view())


def _show_last_first_screen(window: MainWindow, args: argparse.Namespace) -> bool:
    """Paint the catalogue as at the last quit, if nothing it shows has changed since."""
    from pfp_desktop.services.first_screen import load_first_screen

    found = _first_screen_key(window, args)
    screen = load_first_screen(*found) if found else None
    if screen is not None:
        window.show_first_screen(screen)
    return screen is not None


def _keep_first_screen(window: MainWindow, args: argparse.Namespace) -> None:
    """At quit, once the databases are closed (their files are then as the next start finds
    them): keep what the window showed, for the next start."""
    from pfp_desktop.services.first_screen import save_first_screen

    screen = window.first_screen()
    if screen is None:
        return
    window.close_databases()
    found = _first_screen_key(window, args)
    if found is not None:
        save_first_screen(*found, screen)


def _quiet_offscreen(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages, less the one the offscreen platform prints at every start (stderr of a
    --screenshot run is one line on failure, nothing on success)."""
    if message != "This plugin does not support propagateSizeHints()":
        print(message, file=sys.stderr)


def _headless(window: MainWindow, size: str, status: _Outcome) -> None:
    """For --screenshot: the size asked for, quiet stderr, and a limit to the wait (a script
    waits for us: a worker stuck on a lock must not keep it waiting)."""
    width, _, height = size.partition("x")
    window.fit_to_screen = False  # the size asked for, whatever the (virtual) screen
    window.resize(int(width), int(height))
    qInstallMessageHandler(_quiet_offscreen)
    watchdog = QTimer(window, singleShot=True, interval=SCREENSHOT_LIMIT_S * 1000)
    watchdog.timeout.connect(
        lambda: status.fail(window, f"gave up after {SCREENSHOT_LIMIT_S} s", True)
    )
    watchdog.start()


def _after_first_paint(
    window: MainWindow, loader: CatalogueLoader, args: argparse.Namespace
) -> None:
    """The catalogue and the rest of the window, once the window is on screen: the loader's
    imports (on a worker thread) would otherwise compete with the first paint for the GIL."""
    loader.start(args.catalogue, args.data_dir)
    window.add_panels()  # before the loaded catalogue arrives: it is queued behind this call


class _Outcome:
    code = 0

    def fail(self, window: MainWindow, message: str, headless: bool) -> None:
        self.code = 1
        if headless:  # nobody could close a dialog
            print(f"pfp-desktop: error: {' '.join(message.split())}", file=sys.stderr)
        else:
            QMessageBox.critical(
                window, APP_NAME, f"PfP Desktop cannot open its catalogue.\n\n{message}"
            )
        window.close()


def _opened(
    window: MainWindow,
    loaded: tuple[object, object, str],
    args: argparse.Namespace,
    status: _Outcome,
) -> None:
    service, personal, message = loaded
    try:
        window.open_catalogue(service, personal)  # type: ignore[arg-type]
        if args.select:
            window.show_page(*_page_of(args.select))
    except Exception as exc:  # one message, never a half-filled window
        status.fail(window, _reason(exc), bool(args.screenshot))
        return
    _report("ready")
    if args.screenshot:
        # Notes that cannot be opened fail the run (after the picture: it may still help);
        # a note about a recovery is only a warning. One line either way.
        problem = ("error" if personal is None else "warning", message) if message else None
        shot = str(args.screenshot)
        QTimer.singleShot(0, lambda: _save_screenshot(window, shot, status, problem))
        return
    if message:
        QMessageBox.warning(window, APP_NAME, message)
    from pfp_desktop.services.user_data import resolve_data_dir

    window.mark_new_initiatives(resolve_data_dir(args.data_dir))
    if personal is not None:
        from pfp_desktop.ui.updates.report import review_catalogue_update

        QTimer.singleShot(0, lambda: review_catalogue_update(window, personal, service))  # type: ignore[arg-type]


def _reason(exc: Exception) -> str:
    """What to tell the person about an error while the catalogue is shown; anything not
    foreseen also goes to stderr with its traceback, for whoever reads the log."""
    from pfp_desktop.storage.catalogue_check import CatalogueUnavailableError

    if isinstance(exc, CatalogueUnavailableError):
        return str(exc)
    traceback.print_exception(exc, file=sys.stderr)
    return f"It could not be shown ({type(exc).__name__}: {exc})."


def _report(stage: str) -> None:
    """For benchmarks/startup.py: tell the parent process when a stage is on screen, and the
    CPU time spent so far (steadier than wall time on a busy machine)."""
    if os.environ.get("PFP_STARTUP_REPORT"):
        QTimer.singleShot(0, lambda: print(stage, time.process_time(), flush=True))


def _page_of(select: str) -> tuple[NodeKind, str]:
    """ "eu-diaspora-facility" is an initiative; "partner:IOM", "summit:11" name other pages."""
    kind, _, key = select.partition(":")
    if key and kind in set(NodeKind):
        return NodeKind(kind), key
    return NodeKind.INITIATIVE, select


def _save_screenshot(
    window: MainWindow, path: str, status: _Outcome, problem: tuple[str, str] | None
) -> None:
    if not window.grab().save(path):
        problem = ("error", f"cannot write {path}")
    if problem is not None:
        level, message = problem
        print(f"pfp-desktop: {level}: {' '.join(message.split())}", file=sys.stderr)
        status.code = 1 if level == "error" else status.code
    window.close()
