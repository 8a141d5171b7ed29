"""The window started on a damaged catalogue (copies of data/pfp.sqlite, damaged for real) or
with notes it cannot open: one dialog that says what is wrong, never a dead loading thread, a
tree half filled from a file that cannot be read, or a window left waiting."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pfp_desktop.ui import startup
from pfp_desktop.ui.main_window import MainWindow
from tests.catalogue_files import SAYS, change, copy_of_shipped, damaged_catalogue
from tests.ui.personal.full_disk import full_disk, notes_with_no_room

__all__ = ["full_disk"]  # a fixture, used by name

HANG = 60_000  # ms: on main the window stayed open for ever; this ends the test instead


def _start(
    app: QApplication, catalogue: Path | None, tmp_path: Path, notes: Path | None = None
) -> tuple[int, MainWindow | None]:
    """Runs pfp-desktop's start-up as `pfp-desktop --catalogue FILE` would, until it ends."""
    args = argparse.Namespace(
        catalogue=catalogue,
        data_dir=notes or tmp_path / "notes",
        settings=tmp_path / "s.ini",
        theme="light",
        language=None,
        grouping=None,
        screenshot=None,
        select=None,
        size="1280x800",
    )
    guard = QTimer(singleShot=True, interval=HANG)
    guard.timeout.connect(app.quit)
    guard.start()
    code = startup.run(args)
    guard.stop()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    return code, windows[-1] if windows else None


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def critical(_parent: QWidget, _title: str, text: str, *_: object) -> None:
        shown.append(text)

    def warning(parent: QWidget, _title: str, text: str, *_: object) -> None:
        shown.append(text)
        QTimer.singleShot(0, parent.close)  # the delegate read it and closes the window

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.mark.parametrize("damage", ["table-dropped", "column-dropped", "future-schema"])
def test_a_damaged_catalogue_gives_one_dialog_and_an_empty_tree(
    qapp: QApplication, tmp_path: Path, dialogs: list[str], damage: str
) -> None:
    code, window = _start(qapp, damaged_catalogue(tmp_path, damage), tmp_path)
    assert code == 1
    assert len(dialogs) == 1 and SAYS[damage] in dialogs[0]
    assert dialogs[0].startswith("PfP Desktop cannot open its catalogue.")
    assert window is not None and window.tree.model().rowCount() == 0
    assert window.catalogue is None  # nothing was read from the file
    window.deleteLater()


def test_a_catalogue_the_window_cannot_search_gives_one_dialog(
    qapp: QApplication, tmp_path: Path, dialogs: list[str]
) -> None:
    """It opens (the CLI still lists it) but the window's search needs the index: refused while
    the window is filled, which on main left a half-built window and no message."""
    bad = change(copy_of_shipped(tmp_path, "no-index"), "DROP TABLE search_index")
    code, window = _start(qapp, bad, tmp_path)
    assert code == 1
    assert len(dialogs) == 1 and "has no search index" in dialogs[0]
    assert window is not None
    window.deleteLater()


def test_a_loading_thread_that_fails_says_so_and_the_catalogue_still_shows(
    qapp: QApplication, tmp_path: Path, dialogs: list[str], full_disk: Path
) -> None:
    """The day's first start backs the notes up; on a full disk that raised an error nobody
    caught on the loading thread, which died: an empty tree and no message at all."""
    code, window = _start(qapp, None, tmp_path, notes_with_no_room(full_disk))
    assert window is not None and window.pages is not None
    if window.pages.personal is not None:  # a backup that cannot be written may not stop it
        assert dialogs == []
    else:
        assert len(dialogs) == 1 and dialogs[0].startswith("Your notes cannot be opened")
    assert code == 0 and window.tree.model().rowCount() == 14  # the summits
    window.deleteLater()
