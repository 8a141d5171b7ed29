"""Facets beside the results: tick values to narrow (OR within a facet, AND across), with the
number of results each value would give."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from pfp_desktop.domain.finding import CATALOGUE_FACETS, PERSONAL_FACETS, YES, FindQuery

FACET_TITLES = {
    "summit": "Summit", "partner": "Partner", "partner_kind": "Partner kind",
    "gcm": "GCM objective", "sdg": "SDG target", "starred": "★ Starred",
    "has_notes": "Has my notes", "edited_locally": "Edited locally",
}  # fmt: skip
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Labeller = Callable[[str, str], str]


class FacetTree(QTreeWidget):
    """Emits toggled(facet, value, on) when the delegate ticks or unticks a value."""

    toggled = Signal(str, str, bool)

    def __init__(self, label: Labeller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setObjectName("facetTree")
        self.setAccessibleName(self.tr("Filters"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._updating = False
        self.itemChanged.connect(self._on_changed)

    def show_counts(self, counts: Mapping[str, Mapping[str, int]], query: FindQuery) -> None:
        """Rebuild the values with their counts; ticked values stay ticked even at zero."""
        self._updating = True
        expanded = {f for f, item in self._groups.items() if item.isExpanded()}
        self.clear()
        self._groups = {}
        for facet in CATALOGUE_FACETS:
            self._add_group(facet, counts.get(facet, {}), query, facet in expanded)
        for facet in PERSONAL_FACETS:
            self._add_switch(facet, counts.get(facet, {}).get(YES, 0), query)
        self._updating = False

    def _add_group(self, facet: str, counts: Mapping[str, int], query: FindQuery,
                   expanded: bool) -> None:  # fmt: skip
        chosen = query.selected.get(facet, frozenset())
        group = QTreeWidgetItem(self, [self.tr(FACET_TITLES[facet])])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        values = dict(counts) | {v: 0 for v in chosen if v not in counts}
        for value, count in values.items():
            item = QTreeWidgetItem(group, [f"{self.label(facet, value)}  ({count})"])
            self._make_checkable(item, facet, value, value in chosen)
        group.setExpanded(expanded or bool(chosen))
        self._groups[facet] = group

    def _add_switch(self, facet: str, count: int, query: FindQuery) -> None:
        item = QTreeWidgetItem(self, [f"{self.tr(FACET_TITLES[facet])}  ({count})"])
        self._make_checkable(item, facet, YES, YES in query.selected.get(facet, frozenset()))

    @staticmethod
    def _make_checkable(item: QTreeWidgetItem, facet: str, value: str, checked: bool) -> None:
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(0, KEY_ROLE, (facet, value))

    def _on_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if self._updating or not key:
            return
        facet, value = key
        self.toggled.emit(facet, value, item.checkState(0) == Qt.CheckState.Checked)
