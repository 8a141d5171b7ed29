"""The window's frame: menus, toolbar, tree, page, note panel, banner and status line, laid out
and remembered across restarts, and the first screen's picture shown before the catalogue.
No catalogue logic here: MainWindow (ui/main_window.py) adds it, and composes the panels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pfp_desktop.domain.navigation import Grouping, NodeKind
from pfp_desktop.ui import settings as keys
from pfp_desktop.ui.actions import (
    GROUPING_BOX_LABELS,
    build_menus,
    build_toolbar,
    create_actions,
    search_field,
)
from pfp_desktop.ui.browse.history import History
from pfp_desktop.ui.browse.tree import NavigationTree
from pfp_desktop.ui.common.detail_view import DetailView
from pfp_desktop.ui.pages.page import PageTheme, loading_html
from pfp_desktop.ui.personal.note_panel import NotePanel
from pfp_desktop.ui.settings import AppSettings
from pfp_desktop.ui.window_fit import bring_on_screen, place_window, set_text_size, tree_width

if TYPE_CHECKING:
    from pfp_desktop.services.first_screen import FirstScreen

Page = tuple[NodeKind, str]


class WindowFrame(QMainWindow):
    """The widgets every window has from its first paint, and their layout."""

    def __init__(self, settings: AppSettings, theme: PageTheme) -> None:
        super().__init__()
        self.settings = settings
        self.theme = theme
        self.history: History[Page] = History()
        self.recent: list[str] = [i for i in settings.get(keys.RECENT_INITIATIVES).split() if i]
        self.tree = NavigationTree()
        self.details = DetailView()
        self.note_panel = NotePanel()
        self.commands = create_actions(self)
        self.grouping_box = QComboBox()
        self.search_field = search_field()
        self.left = QStackedWidget()
        self.left.addWidget(self.tree)
        self.fit_to_screen = True  # brought wholly on screen at its first show (not a screenshot)
        self._build()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("PfP Desktop"))
        self.setObjectName("mainWindow")
        self.menus: dict[str, QMenu] = build_menus(self, self.commands)
        toolbar = build_toolbar(self, self.commands)
        toolbar.addSeparator()
        label = QLabel(self.tr("Group by:"))
        label.setBuddy(self.grouping_box)
        toolbar.addWidget(label)
        for grouping, text in GROUPING_BOX_LABELS.items():
            self.grouping_box.addItem(self.tr(str(text)), grouping.value)
        self.grouping_box.setAccessibleName(self.tr("Group the tree by"))
        toolbar.addWidget(self.grouping_box)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_field)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("detailSplitter")
        self.right.addWidget(self.details)
        self.right.addWidget(self.note_panel)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.right.setChildrenCollapsible(False)
        self.left.setMinimumWidth(150)  # room for a title's start; the page keeps the rest
        self.details.setMinimumWidth(220)
        self.banner = QLabel()  # says why the window is limited (e.g. notes open elsewhere)
        self.banner.setObjectName("windowBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(
            "QLabel#windowBanner { background: #fff4ce; color: #3b2300;"
            " border-bottom: 1px solid #c19c00; padding: 6px; }"
        )
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.grouping_box, self.search_field)
        self.setTabOrder(self.search_field, self.tree)
        self.setTabOrder(self.tree, self.details)
        self.setTabOrder(self.details, self.note_panel.edit_button)
        self._status = QLabel()
        self.statusBar().addPermanentWidget(self._status)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))

    # -- grouping, history buttons, text size -------------------------------------------------

    def set_grouping(self, grouping: Grouping) -> None:
        self.tree.set_grouping(grouping)
        self.commands.groupings[grouping].setChecked(True)
        self.grouping_box.setCurrentIndex(self.grouping_box.findData(grouping.value))
        if self.history.current is not None:
            self.tree.reveal(*self.history.current)

    def _update_history_actions(self) -> None:
        self.commands.back.setEnabled(self.history.can_go_back())
        self.commands.forward.setEnabled(self.history.can_go_forward())

    def zoom(self, step: int | None) -> None:
        """Text size in every pane: the page, tree, note, search results and pack panel."""
        steps = 0 if step is None else max(-4, min(12, self.settings.get(keys.TEXT_ZOOM) + step))
        self.settings.set(keys.TEXT_ZOOM, steps)
        self.details.set_zoom(steps)
        set_text_size(self.text_panes(), QApplication.font().pointSizeF(), steps)

    def text_panes(self) -> list[QWidget]:
        """The panes whose text Ctrl+= enlarges (the page has its own zoom)."""
        return [self.tree, self.note_panel, self.left]

    # -- state across restarts --------------------------------------------------------------

    def _restore_layout(self) -> None:
        s = self.settings
        place_window(self, s.get(keys.WINDOW_GEOMETRY))
        self.restoreState(s.get(keys.WINDOW_STATE))
        if not self.splitter.restoreState(s.get(keys.SPLITTER_STATE)):
            self.splitter.setSizes([tree_width(self.width()), self.width()])
        self.right.restoreState(s.get(keys.DETAIL_SPLITTER_STATE))
        self.zoom(0)
        grouping = s.get(keys.GROUPING)
        self.tree.grouping = Grouping(grouping) if grouping in set(Grouping) else Grouping.SUMMIT
        self.grouping_box.setCurrentIndex(self.grouping_box.findData(self.tree.grouping.value))
        self.commands.groupings[self.tree.grouping].setChecked(True)
        self.details.setHtml(loading_html(self.theme))
        self._update_history_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.fit_to_screen:  # the frame (title bar, borders) is known only once shown
            self.fit_to_screen = False
            bring_on_screen(self)

    def save_layout(self) -> None:
        """Size, docks, splitters, grouping and page on show, for the next window to restore."""
        s = self.settings
        s.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        s.set(keys.WINDOW_STATE, self.saveState())
        s.set(keys.SPLITTER_STATE, self.splitter.saveState())
        s.set(keys.DETAIL_SPLITTER_STATE, self.right.saveState())
        s.set(keys.GROUPING, self.tree.grouping.value)
        s.set(keys.RECENT_INITIATIVES, "\n".join(self.recent))
        kind, key = self.history.current or ("", "")
        s.set(keys.SELECTED_KIND, str(kind))
        s.set(keys.SELECTED_KEY, key)
        s.store.sync()

    # -- the first screen, kept for the next start (services/first_screen.py) ---------------

    def first_screen_view(self) -> dict[str, str]:
        """The window's choices the first screen depends on: grouping, page, palette, language."""
        page = f"{self.settings.get(keys.SELECTED_KIND)}:{self.settings.get(keys.SELECTED_KEY)}"
        language = QLocale().name()  # the window's language: install_translations sets it
        return {
            "grouping": self.tree.grouping.value,
            "page": page,
            "theme": repr(self.theme),
            "language": language,
        }

    def show_first_screen(self, screen: FirstScreen) -> None:
        """The last quit's first screen, until open_catalogue() puts the live one in its place."""
        self.tree.show_preview(screen.roots, screen.opened)
        kind, key = screen.page
        if kind in set(NodeKind):  # its row selected, as the live tree will have it
            self.tree.reveal(NodeKind(kind), key)
        self.details.show_preview(screen.page_html)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)  # where the live window puts it
        self._status.setText(screen.status)
        self.note_panel.setVisible(screen.page[0] not in ("", NodeKind.START))  # as _refresh
