"""The window carries PfP Desktop's own icon (title bar, task bar, Alt+Tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pfp_desktop.ui.startup import create_application


def test_the_application_has_its_own_icon(qtbot: QtBot) -> None:
    app = create_application([])
    assert isinstance(app, QApplication)
    icon = app.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    # Our icon is a filled blue square with rounded corners: its centre is not transparent.
    assert image.pixelColor(32, 12).alpha() == 255 and image.pixelColor(32, 12).blue() > 100
