"""The pinned Qt binding must not over-release None (PySide6 6.12.0 did on Python 3.11: every
void call dropped one reference, and a long session crashed with "deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50
