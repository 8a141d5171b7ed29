"""Suggestions from the known partners while typing a comma-separated list of them: each name
is completed on its own, and a name that is not known yet is kept as typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class PartnerCompleter(QCompleter):
    """Completes the name after the last comma, keeping the names before it."""

    def __init__(self, names: Sequence[str], line: QLineEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self._line = line
        self.setModel(QStringListModel(sorted(names, key=str.casefold), self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)  # "Migration" finds "IOM / Migration …"
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setWidget(line)
        line.textEdited.connect(self._on_edited)
        self.activated.connect(self._insert)  # the (str) overload: the name chosen

    def _on_edited(self, text: str) -> None:
        typed = text.rpartition(",")[2].strip()
        popup = self.popup()
        if not typed:
            if popup is not None:
                popup.hide()
            return
        self.setCompletionPrefix(typed)
        self.complete()

    def _insert(self, name: str) -> None:
        before = self._line.text().rpartition(",")[0]
        self._line.setText(f"{before}, {name}" if before.strip() else name)
