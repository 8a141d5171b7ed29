"""The left pane while searching: result count, the active filters, facets with live counts,
the results."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from pfp_desktop.domain.finding import FindQuery, FindResult
from pfp_desktop.ui.search.facet_tree import FacetTree, Labeller
from pfp_desktop.ui.search.filter_bar import SearchFilterBar
from pfp_desktop.ui.search.results import SearchResultsList


class SearchPanel(QWidget):
    """Emits facet_toggled(facet, value, on), result_chosen(kind, key) and save_requested();
    its filter bar emits filter_removed, typed_tag_removed and pinned."""

    facet_toggled = Signal(str, str, bool)
    result_chosen = Signal(str, str)
    save_requested = Signal()

    def __init__(self, label: Labeller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Number of results"))
        # Wraps rather than widening the pane: French and Spanish counts run longer.
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save search…"))
        # The pane can be narrow: French and Spanish say it short, and in full here.
        self.save_button.setToolTip(self.tr("Save this search, to run it again from the tree"))
        self.filters = SearchFilterBar(label)
        self.facets = FacetTree(label)
        self.results = SearchResultsList()
        header = QHBoxLayout()
        header.addWidget(self.summary, 1)
        header.addWidget(self.save_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.facets)
        split.addWidget(self.results)
        split.setSizes([180, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addWidget(split, 1)
        self.facets.toggled.connect(self.facet_toggled)
        self.save_button.clicked.connect(self.save_requested)
        self.results.currentItemChanged.connect(self._on_current)
        self.setTabOrder(self.results, self.facets)

    def show_result(self, query: FindQuery, result: FindResult, mark: tuple[str, str]) -> None:
        shown = len(result.hits)
        text = self.tr("%n result(s)", "", result.total)
        if shown < result.total:
            text += self.tr(" (first {0} shown)").format(shown)
        if result.pages:
            text += self.tr(", and %n summit or session page(s)", "", len(result.pages))
        self.summary.setText(text)
        self.filters.show_filters(query, result.typed_tags)
        self.results.show_hits((*result.pages, *result.hits), mark)
        self.facets.show_counts(result.counts, query)

    def _on_current(self) -> None:
        chosen = self.results.current_key()
        if chosen:
            self.result_chosen.emit(*chosen)
