"""Help → About says where the person's notes are kept (a portable stick or the home folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.conftest import WindowFactory


def test_about_names_the_folder_that_holds_the_notes(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "USB stick" / "PfP notes"
    monkeypatch.setenv("PFP_DATA_DIR", str(usb))
    shown: list[str] = []

    def about(_parent: QWidget, _title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "about", about)
    window = open_window(usb)
    window.commands.about.trigger()  # Help → About PfP Desktop
    assert len(shown) == 1
    assert "Your notes are kept in" in shown[0] and str(usb) in shown[0]
