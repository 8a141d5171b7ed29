"""The second start shows the catalogue in its first paint (the first screen kept at the last
quit), and only when nothing it shows has changed since: real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from pfp_desktop.domain.navigation import NavNode, NodeKind
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.first_screen import FILE_NAME, FirstScreen
from pfp_desktop.services.personal import Personal
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.ui import settings as keys
from pfp_desktop.ui.main_window import MainWindow
from pfp_desktop.ui.pages.page import LIGHT_THEME
from pfp_desktop.ui.settings import AppSettings

BIN = Path(sys.executable).parent
HANG = 120  # seconds: a guard against a hang, not a timing test


def _start(tmp_path: Path, *args: str) -> list[str]:
    """Start the window headless; the stages it reported, in order ("painted", "shown", …)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PFP_STARTUP_REPORT": "1"}
    command = [str(BIN / "pfp-desktop"), "--screenshot", str(tmp_path / "shot.png")]
    command += ["--settings", str(tmp_path / "s.ini"), *args]
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, check=False, timeout=HANG
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return [line.split()[0] for line in result.stdout.splitlines()]


def _data_dir() -> Path:
    return Path(os.environ["PFP_DATA_DIR"])


def test_the_second_start_paints_the_catalogue_at_once(tmp_path: Path) -> None:
    assert _start(tmp_path, "--select", "eu-diaspora-facility") == ["painted", "ready"]
    assert (_data_dir() / FILE_NAME).is_file()
    assert _start(tmp_path) == ["painted", "shown", "ready"]
    assert _start(tmp_path) == ["painted", "shown", "ready"]


def test_a_note_written_since_the_last_quit_makes_the_picture_stale(tmp_path: Path) -> None:
    _start(tmp_path, "--select", "eu-diaspora-facility")
    subprocess.run(
        [str(BIN / "pfp"), "note", "eu-diaspora-facility", "--append", "Met them in May."],
        check=True,
        capture_output=True,
        timeout=HANG,
    )
    assert _start(tmp_path) == ["painted", "ready"]  # the old page would not show the note


def test_another_catalogue_is_not_shown_as_the_last_one(tmp_path: Path) -> None:
    _start(tmp_path)
    copy = tmp_path / "other.sqlite"
    copy.write_bytes((Path(__file__).parents[2] / "data" / "pfp.sqlite").read_bytes())
    assert _start(tmp_path, "--catalogue", str(copy)) == ["painted", "ready"]


def test_a_damaged_picture_is_ignored_quietly(tmp_path: Path) -> None:
    _start(tmp_path)
    picture = _data_dir() / FILE_NAME
    text = picture.read_text(encoding="utf-8")
    picture.write_text(text.replace("Summit", "Sommet", 1), encoding="utf-8")  # checksum fails
    assert _start(tmp_path) == ["painted", "ready"]
    picture.write_text(text[: len(text) // 2], encoding="utf-8")  # cut short
    assert _start(tmp_path) == ["painted", "ready"]


def test_a_row_chosen_before_the_catalogue_opens_is_shown_when_it_does(
    qtbot: QtBot, tmp_path: Path, catalogue: CatalogueService
) -> None:
    """The picture's rows can be clicked at once: the page follows when the catalogue is open."""
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, LIGHT_THEME, defer_panels=True)
    qtbot.addWidget(window)
    row = NavNode(NodeKind.SUMMIT, "8", "8th Summit · Istanbul 2015", "7", True)
    window.show_first_screen(FirstScreen((row,), ("", ""), "<p>Welcome back</p>", "48"))
    window.show()
    assert window.details.toPlainText() == "Welcome back"
    rect = window.tree.visualRect(window.tree.model().index(0, 0))
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    personal = Personal.of(open_user_data(tmp_path / "notes"))
    window.destroyed.connect(lambda *_: personal.user.close())
    window.open_catalogue(catalogue, personal)
    assert window.details.toPlainText().strip().startswith("8th Summit")


def test_a_picture_in_one_language_is_not_shown_in_another(tmp_path: Path) -> None:
    _start(tmp_path, "--language", "en")
    assert _start(tmp_path, "--language", "fr") == ["painted", "ready"]
    assert _start(tmp_path, "--language", "fr") == ["painted", "shown", "ready"]


def test_the_live_page_keeps_the_place_the_delegate_scrolled_to_in_the_picture(
    qtbot: QtBot, tmp_path: Path, catalogue: CatalogueService
) -> None:
    """When the catalogue opens on the page the picture showed, the page is left as it is: a
    delegate who scrolled while it loaded does not jump back to the top."""
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    last_time = MainWindow(settings, LIGHT_THEME)
    qtbot.addWidget(last_time)
    last_time.open_catalogue(catalogue)
    last_time.show_page(NodeKind.SUMMIT, "8")
    last_time.save_layout()  # as at quit: the page on show is the one to open next time
    screen = last_time.first_screen()
    assert screen is not None
    window = MainWindow(settings, LIGHT_THEME, defer_panels=True)
    qtbot.addWidget(window)
    window.resize(900, 420)
    window.show_first_screen(screen)
    window.show()
    qtbot.waitExposed(window)
    bar = window.details.verticalScrollBar()
    window.details.setFocus()
    qtbot.keyClick(window.details, Qt.Key.Key_PageDown)
    scrolled = bar.value()
    assert scrolled > 0
    window.open_catalogue(catalogue)
    assert window.details.toPlainText().strip().startswith("8th Summit")
    assert bar.value() == scrolled


def test_the_picture_has_the_live_windows_menus_and_selected_row(
    qtbot: QtBot, tmp_path: Path, catalogue: CatalogueService
) -> None:
    """Nothing shifts when the catalogue takes the picture's place: the menu bar has every menu
    from the first paint, and the page's row is selected in the picture's tree as it is after."""
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, LIGHT_THEME, defer_panels=True)
    qtbot.addWidget(window)
    row = NavNode(NodeKind.SUMMIT, "8", "8th Summit · Istanbul 2015", "7", True)
    other = NavNode(NodeKind.SUMMIT, "9", "9th Summit · Dhaka 2016", "5", True)
    window.show_first_screen(FirstScreen((other, row), ("summit", "8"), "<p>8th</p>", "48"))
    window.show()

    def menus() -> list[str]:
        return [a.text() for a in window.menuBar().actions()]

    def selected() -> list[str]:
        return [i.data() for i in window.tree.selectionModel().selectedRows()]

    in_picture = (menus(), selected())
    window.add_panels()  # as the start-up does just after the first paint
    settings.set(keys.SELECTED_KIND, "summit")
    settings.set(keys.SELECTED_KEY, "8")
    window.open_catalogue(catalogue)
    assert in_picture == (menus(), selected())
    assert in_picture[1] == ["8th Summit · Istanbul 2015"]
    assert "&Pack" in in_picture[0]


def test_the_picture_opens_the_group_of_the_initiative_on_show_as_the_live_tree_does(
    qtbot: QtBot, tmp_path: Path, catalogue: CatalogueService
) -> None:
    """Quit on an initiative: the next start's picture shows its summit open with the row
    selected, exactly the rows the live tree shows when it takes the picture's place."""
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    last_time = MainWindow(settings, LIGHT_THEME)
    qtbot.addWidget(last_time)
    last_time.open_catalogue(catalogue)
    last_time.show_page(NodeKind.INITIATIVE, "eu-diaspora-facility")
    last_time.save_layout()
    screen = last_time.first_screen()
    assert screen is not None
    window = MainWindow(settings, LIGHT_THEME, defer_panels=True)
    qtbot.addWidget(window)
    window.show_first_screen(screen)
    window.show()
    in_picture = (_visible_rows(window), window.tree.currentIndex().data())
    window.open_catalogue(catalogue)
    assert in_picture == (_visible_rows(window), "EU Diaspora Facility")
    assert len(in_picture[0]) > len(screen.roots)  # the summit's initiatives among them


def _visible_rows(window: MainWindow) -> list[str]:
    """The tree's rows as a person sees them, open groups' rows included, indented."""
    tree, rows = window.tree, []
    index = tree.model().index(0, 0)
    while index.isValid():
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        rows.append("  " * depth + str(index.data()))
        index = tree.indexBelow(index)
    return rows
