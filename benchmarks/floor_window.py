"""The start-up floor: a bare PySide6 window with a tree and a text pane, painted and grabbed
exactly as `pfp-desktop --screenshot` does, by the same Python. Nothing of ours is imported."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    tree.addTopLevelItems([QTreeWidgetItem([f"Summit {n}"]) for n in range(14, 0, -1)])
    text = QTextBrowser()
    text.setHtml("<h2>Title</h2><p>" + "Some words of an initiative. " * 40 + "</p>")
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(text)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, lambda: print("painted", time.process_time(), flush=True))  # as ours
    QTimer.singleShot(0, app.quit)
    app.exec()
    window.grab().save(sys.argv[1] if len(sys.argv) > 1 else os.devnull + ".png")


if __name__ == "__main__":
    main()
