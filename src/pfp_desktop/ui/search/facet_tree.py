"""Facets beside the results: tick values to narrow (OR within a facet, AND across), with the
number of results each value would give."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from pfp_desktop.domain.finding import CATALOGUE_FACETS, PERSONAL_FACETS, YES, FindQuery

FACET_TITLES = {
    "summit": QT_TRANSLATE_NOOP("FacetTree", "Summit"),
    "partner": QT_TRANSLATE_NOOP("FacetTree", "Partner"),
    "partner_kind": QT_TRANSLATE_NOOP("FacetTree", "Partner kind"),
    "gcm": QT_TRANSLATE_NOOP("FacetTree", "GCM objective"),
    "sdg": QT_TRANSLATE_NOOP("FacetTree", "SDG target"),
    "starred": QT_TRANSLATE_NOOP("FacetTree", "★ Starred"),
    "has_notes": QT_TRANSLATE_NOOP("FacetTree", "Has my notes"),
    "edited_locally": QT_TRANSLATE_NOOP("FacetTree", "Edited locally"),
}
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
        """Rebuild the values with their counts: values no result holds are left out, unless
        ticked. The row that was current (the one just ticked) stays current, so the keyboard
        stays where the delegate left it."""
        self._updating = True
        current = self.currentItem()
        key = current.data(0, KEY_ROLE) if current else None
        group_key = current.text(0) if current and key is None else None
        expanded = {f for f, item in self._groups.items() if item.isExpanded()}
        self.clear()
        self._groups = {}
        for facet in CATALOGUE_FACETS:
            self._add_group(facet, counts.get(facet, {}), query, facet in expanded)
        for facet in PERSONAL_FACETS:
            self._add_switch(facet, counts.get(facet, {}).get(YES, 0), query)
        self._restore_current(key, group_key)
        self._updating = False

    def _restore_current(self, key: object, group_text: str | None) -> None:
        for item in self._items():
            if (key is not None and item.data(0, KEY_ROLE) == key) or (
                group_text is not None and item.text(0) == group_text
            ):
                self.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for top in range(self.topLevelItemCount()):
            group = self.topLevelItem(top)
            if group is not None:
                found.append(group)
                found += [c for n in range(group.childCount()) if (c := group.child(n))]
        return found

    def _add_group(
        self, facet: str, counts: Mapping[str, int], query: FindQuery, expanded: bool
    ) -> None:
        chosen = query.selected.get(facet, frozenset())
        values = {v: n for v, n in counts.items() if n} | {v: 0 for v in chosen if v not in counts}
        if not values:
            return  # no result has any value of it
        if facet == "summit":  # by date, newest first, as in the tree; not by count
            values = dict(sorted(values.items(), key=lambda kv: -int(kv[0])))
        group = QTreeWidgetItem(self, [self.tr(str(FACET_TITLES[facet]))])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for value, count in values.items():
            item = QTreeWidgetItem(group, [f"{self.label(facet, value)}  ({count})"])
            self._make_checkable(item, facet, value, value in chosen)
        group.setExpanded(expanded or bool(chosen))
        self._groups[facet] = group

    def _add_switch(self, facet: str, count: int, query: FindQuery) -> None:
        ticked = YES in query.selected.get(facet, frozenset())
        if not count and not ticked:
            return  # no result has it: a "(0)" row would only be noise
        item = QTreeWidgetItem(self, [f"{self.tr(str(FACET_TITLES[facet]))}  ({count})"])
        self._make_checkable(item, facet, YES, ticked)

    @staticmethod
    def _make_checkable(item: QTreeWidgetItem, facet: str, value: str, checked: bool) -> None:
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(0, KEY_ROLE, (facet, value))
        if checked:  # seen at a glance, even where the palette draws check boxes faintly
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)

    def _on_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if self._updating or not key:
            return
        facet, value = key
        self.toggled.emit(facet, value, item.checkState(0) == Qt.CheckState.Checked)
