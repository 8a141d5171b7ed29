"""The filters a search is narrowed by, always in view: one button per ticked facet value and
per tag typed as text ("GCM 20"), each with × to remove it, and a pin that keeps the ticks
for the next search (without it, a new search starts with none)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from pfp_desktop.domain.finding import FindQuery
from pfp_desktop.domain.typed_tags import TypedTag

Labeller = Callable[[str, str], str]


class SearchFilterBar(QWidget):
    """Emits filter_removed(facet, value), typed_tag_removed(index) and pinned(on)."""

    filter_removed = Signal(str, str)
    typed_tag_removed = Signal(int)
    pinned = Signal(bool)

    def __init__(self, label: Labeller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setObjectName("searchFilters")
        self.setAccessibleName(self.tr("Active filters"))
        self.caption = QLabel(self.tr("Filters:"))
        self.pin = QToolButton()
        self.pin.setCheckable(True)
        self.pin.setText(self.tr("Keep"))
        self.pin.setToolTip(self.tr("Keep these filters for the next search"))
        self.pin.setAccessibleName(self.tr("Keep filters for the next search"))
        self.pin.toggled.connect(self.pinned)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(2, 0, 2, 0)
        self._chips: list[QToolButton] = []
        self.show_filters(FindQuery(), ())

    def show_filters(self, query: FindQuery, typed: Sequence[TypedTag]) -> None:
        """One chip per ticked value and per typed tag; the bar hides when there are none."""
        while self._layout.count():
            self._layout.takeAt(0)  # the stretch goes; caption and pin are added again
        for chip in self._chips:
            chip.deleteLater()
        self._chips = [self._typed_chip(n, tag) for n, tag in enumerate(typed)]
        for facet, values in query.selected.items():
            self._chips += [self._chip(facet, value) for value in sorted(values)]
        self._layout.addWidget(self.caption)
        for chip in self._chips:
            self._layout.addWidget(chip)
        self._layout.addStretch(1)
        self._layout.addWidget(self.pin)
        self.setVisible(bool(self._chips) or self.pin.isChecked())

    def _chip(self, facet: str, value: str) -> QToolButton:
        text = self.label(facet, value)
        chip = self._button(text, self.tr("Remove filter: {0}").format(text))
        chip.clicked.connect(lambda: self.filter_removed.emit(facet, value))
        return chip

    def _typed_chip(self, index: int, tag: TypedTag) -> QToolButton:
        text = self.tr("{0} (typed)").format(tag.label)
        chip = self._button(text, self.tr("Remove typed tag: {0}").format(tag.label))
        chip.clicked.connect(lambda: self.typed_tag_removed.emit(index))
        return chip

    def _button(self, text: str, accessible: str) -> QToolButton:
        chip = QToolButton()
        chip.setText(f"{text}  ×")
        chip.setAccessibleName(accessible)
        chip.setToolTip(accessible)
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return chip

    def chip_texts(self) -> list[str]:
        """What the chips say, in order (for a screen reader's summary and for tests)."""
        return [chip.text() for chip in self._chips]

    def chips(self) -> list[QToolButton]:
        return list(self._chips)
