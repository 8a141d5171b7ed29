"""The main window: navigation tree on the left, details on the right, history, settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QTextDocument
from PySide6.QtWidgets import (
    QWidget,
)

from pfp_desktop.domain.navigation import Grouping, NodeKind
from pfp_desktop.ui import settings as keys
from pfp_desktop.ui.common.changes import Changes
from pfp_desktop.ui.language_switch import add_language_menu
from pfp_desktop.ui.pages.page import PageTheme, loading_html
from pfp_desktop.ui.settings import AppSettings
from pfp_desktop.ui.window_commands import follow_command_link, install_panel_menus
from pfp_desktop.ui.window_frame import WindowFrame

if TYPE_CHECKING:  # imported after the window is on screen (see add_panels, open_catalogue)
    from pfp_desktop.domain.personal import Target
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.first_screen import FirstScreen
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.ui.packs.dock import PackDock
    from pfp_desktop.ui.pages.composer import DetailPages
    from pfp_desktop.ui.personal.controller import PersonalController
    from pfp_desktop.ui.search.controller import SearchController
    from pfp_desktop.ui.updates.new_marks import NewInitiativeMarks

PERSONAL_LINKS = {"revert", "edit-local", "delete-local"}
RECENT_LIMIT = 20  # initiatives the start page can list as recently opened


class MainWindow(WindowFrame):
    """Paints at once; fills in when open_catalogue() is called (start-up stays short).

    With ``defer_panels`` the window is built in two steps: what the first paint shows (menus,
    toolbar, tree, page, note panel), then add_panels(), which the start-up calls once the
    window is on screen: the undo and notes commands, the search pane and the pack dock (hidden
    until asked for) with their imports. open_catalogue() adds them if nobody has."""

    catalogue_shown = Signal()
    personal: PersonalController  # these three from add_panels() on
    search: SearchController
    pack_dock: PackDock

    def __init__(self, settings: AppSettings, theme: PageTheme, defer_panels: bool = False):
        super().__init__(settings, theme)
        add_language_menu(self, self.menus["view"], lambda: MainWindow(self.settings, self.theme))
        self.catalogue: CatalogueService | None = None
        self.pages: DetailPages | None = None
        self._new_marks: NewInitiativeMarks | None = None
        self._asked_before_open: tuple[NodeKind, str] | None = None  # a click before the catalogue
        self.panels_added = False
        self._connect()
        self._restore_layout()
        if not defer_panels:
            self.add_panels()

    def add_panels(self) -> None:
        """The parts the first paint does without (their imports cost ~80 ms of start-up)."""
        if self.panels_added:
            return
        from pfp_desktop.ui.browse.tree_menu import TreeMenu
        from pfp_desktop.ui.packs.dock import PackDock
        from pfp_desktop.ui.personal.controller import PersonalController
        from pfp_desktop.ui.search.controller import SearchController

        self.panels_added = True
        self.personal = PersonalController(self, self.note_panel)
        self.personal.install_menus(self.menus["file"], self.menus["edit"])
        self.personal.changed.connect(self.apply_changes)
        self.search = SearchController(self, self.left, self.search_field, self._documents)
        self.addAction(self.search.focus_action)
        self.search.result_chosen.connect(self._on_search_result)
        self.search.closed.connect(lambda: self.tree.setFocus(Qt.FocusReason.OtherFocusReason))
        self.search.changed.connect(self.apply_changes)
        self.tree_menu = TreeMenu(self.tree)
        self.tree_menu.rename_saved.connect(lambda key: self.search.rename_saved(key, self))
        self.tree_menu.delete_saved.connect(self.search.delete_saved)
        self.pack_dock = PackDock(self.selected_initiative_ids, self)
        self._add_pack_dock()
        star, panels = self.personal.actions["star"], (self.search, self.pack_dock)
        self.save_search = install_panel_menus(self, self.menus, panels, star, self.tree)
        self.zoom(0)  # the saved text size in the panels just added
        # The tree's marks: the pack panel says what the pack holds, personal edits and saved
        # notes what the delegate touched (read again as sets after each change).
        self.pack_dock.pack_ids_changed.connect(self.tree.set_pack_ids)
        self.personal.changed.connect(lambda _changes: self._update_marks())
        self.note_panel.saved.connect(self._update_marks)

    def _add_pack_dock(self) -> None:
        # Where (and whether) it was at the last quit; hidden on the right the first time.
        if not self.restoreDockWidget(self.pack_dock):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.pack_dock)
            self.pack_dock.hide()
        dock = self.pack_dock
        pack_toggle = dock.toggleViewAction()
        pack_toggle.setShortcut("Ctrl+Shift+P")
        self.addAction(pack_toggle)
        self.menus["view"].addSeparator()
        self.menus["view"].addAction(pack_toggle)
        self.addAction(dock.add_action)
        self.tree_menu.add_action(dock.add_action)
        self.search.add_result_action(dock.add_action)  # the results' context menu
        dock.pack_actions.install(self, self.menus["file"])
        dock.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))

    def _update_marks(self) -> None:
        from pfp_desktop.ui.personal.marks import personal_marks

        self.tree.set_marks(personal_marks(self.personal.personal))

    def selected_initiative_ids(self) -> list[str]:
        """What "Add to briefing pack" means: the results selected while the search shows,
        otherwise the tree's selected rows (a group row brings all its initiatives), otherwise
        the initiative on show; each once, in the order shown."""
        showing = self.panels_added and self.search.showing()
        ids = self.search.selected_ids() if showing else self.tree.selected_initiative_ids()
        current = self.history.current
        if not ids and current is not None and current[0] is NodeKind.INITIATIVE:
            ids = [current[1]]
        return list(dict.fromkeys(ids))

    def _documents(self) -> tuple[QTextDocument, ...]:
        """What the window shows in text: the page and the note (for search highlights)."""
        return (self.details.document(), self.note_panel.viewer.document())

    def _on_search_result(self, kind: str, key: str) -> None:
        self.show_page(NodeKind(kind), key, reveal=False)

    def open_catalogue(self, catalogue: CatalogueService, personal: Personal | None = None) -> None:
        """Show this catalogue (and the delegate's notes): tree, status, the last page seen."""
        from pfp_desktop.services.navigation import NavigationService, TreePaths
        from pfp_desktop.services.personal_navigation import PersonalGroups
        from pfp_desktop.ui.pages.composer import DetailPages

        self.add_panels()
        self.catalogue = catalogue
        self.pages = DetailPages(catalogue, self.theme, personal)
        groups = PersonalGroups(catalogue, personal) if personal else None
        self.tree.attach(NavigationService(catalogue, groups), TreePaths(catalogue))
        self.personal.attach(personal, catalogue)
        if not self.personal.claim_notes():
            from pfp_desktop.ui.personal.controller import read_only_text

            self.show_banner(read_only_text(personal is not None and personal.user.read_only))
        self.search.attach(catalogue, personal)
        self.pack_dock.attach(catalogue, personal)
        self._update_marks()
        self._restore_content()
        self.catalogue_shown.emit()

    def _connect(self) -> None:
        self.install_update = QAction(self.tr("&Install catalogue update…"), self)
        self.install_update.triggered.connect(self._install_catalogue_update)
        self.menus["file"].insertAction(self.commands.quit, self.install_update)
        self.menus["file"].insertSeparator(self.commands.quit)
        a = self.commands
        a.back.triggered.connect(self.go_back)
        a.home.triggered.connect(lambda: self.show_page(NodeKind.START, "start"))
        a.forward.triggered.connect(self.go_forward)
        for grouping, action in a.groupings.items():
            action.triggered.connect(lambda _=False, g=grouping: self.set_grouping(g))
        self.grouping_box.activated.connect(
            lambda i: self.set_grouping(Grouping(self.grouping_box.itemData(i)))
        )
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(None))
        a.focus_tree.triggered.connect(
            lambda: self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        a.focus_details.triggered.connect(
            lambda: self.details.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        a.shortcuts.triggered.connect(self._show_shortcuts)
        a.about.triggered.connect(self._about)
        a.quit.triggered.connect(self.close)
        self.tree.node_selected.connect(self._on_tree_selection)
        self.details.link_activated.connect(self._on_link)

    # -- pages and history ------------------------------------------------------------------

    def _install_catalogue_update(self) -> None:
        """File → Install catalogue update…: on success, the window switches to the new
        catalogue, marks what is new and says what changed."""
        from pfp_desktop.ui.updates.flow import choose_and_install
        from pfp_desktop.ui.updates.report import show_whats_new

        old = self.catalogue
        if old is None or not self.panels_added:
            return
        personal = self.personal.personal
        outcome = choose_and_install(self, old.path, personal)
        if outcome is None or outcome.catalogue is None or outcome.changes is None:
            return
        self.search.stop()  # the old catalogue closes; attach() starts a worker on the new one
        self.open_catalogue(outcome.catalogue, personal)
        old.close()
        self.mark_new_initiatives(outcome.data_dir)
        show_whats_new(self, personal, outcome.catalogue, outcome.changes)

    def mark_new_initiatives(self, data_dir: Path) -> None:
        """Show (and keep current) the tree's marks of an installed update's new initiatives."""
        from pfp_desktop.ui.updates.new_marks import NewInitiativeMarks

        if self._new_marks is None:
            catalogue = lambda: self.catalogue  # noqa: E731 (the one on show when asked)
            self._new_marks = NewInitiativeMarks(data_dir, catalogue, self.tree.set_new, self)
            self.tree.node_selected.connect(self._new_marks.seen)
        self._new_marks.refresh()

    def _show_shortcuts(self) -> None:
        from pfp_desktop.ui.dialogs import ShortcutsDialog

        ShortcutsDialog(self.actions(), self).exec()

    def _about(self) -> None:
        from pfp_desktop.ui.dialogs import show_about

        if self.catalogue is not None:
            notes = self.personal.personal if self.panels_added else None
            show_about(self, self.catalogue.info(), notes.user.data_dir if notes else None)

    def show_page(self, kind: NodeKind, key: str, reveal: bool = True, record: bool = True) -> None:
        """Show an item's page; select it in the tree when the grouping shows it."""
        if self.pages is None:  # a row of the first screen's picture: shown once the catalogue is
            self._asked_before_open = (kind, key)
            return
        if kind is NodeKind.START:
            self.details.setHtml(self.pages.welcome(self.recent))
        else:
            self.details.setHtml(self.pages.page(kind, key))
        self.note_panel.setVisible(kind is not NodeKind.START)  # the start page has no note
        self.personal.set_page(kind, key)
        if record:
            self.history.visit((kind, key))
        if record and kind is NodeKind.INITIATIVE:
            self.recent = [key, *(i for i in self.recent if i != key)][:RECENT_LIMIT]
        if reveal:
            self.tree.reveal(kind, key)
        self._update_history_actions()

    def _on_tree_selection(self, kind: str, key: str) -> None:
        if kind == NodeKind.SAVED_SEARCH:
            self.search.open_saved(key)
            return
        self.show_page(NodeKind(kind), key, reveal=False)

    def _on_link(self, kind: str, key: str) -> None:
        if kind == "originals":  # show or hide the original text of corrections, in place
            if self.pages is not None:
                self.pages.show_originals = key == "show"
            self._refresh()
            return
        if kind in PERSONAL_LINKS:
            self._on_personal_link(kind, key)
            return
        panels = (self.search, self.pack_dock)
        if self.panels_added and follow_command_link(
            kind, key, panels, self.personal.actions["star"]
        ):
            return
        try:
            self.show_page(NodeKind(kind), key)
        except ValueError:
            self.statusBar().showMessage(self.tr("That link leads nowhere."), 4000)

    def set_theme(self, theme: PageTheme) -> None:
        """Re-render the current page in the colours of a new palette."""
        self.theme = theme
        if self.pages is not None:
            self.pages.theme = theme
        self._refresh()

    def _refresh(self) -> None:
        if self.pages is None:
            self.details.setHtml(loading_html(self.theme))
        elif self.history.current is not None:
            self.show_page(*self.history.current, reveal=False, record=False)
        else:
            self.details.setHtml(self.pages.welcome(self.recent))
            self.note_panel.hide()

    def _on_personal_link(self, kind: str, key: str) -> None:
        current = self.history.current
        if kind == "revert" and current is not None:
            self.personal.revert_field(current[1], key)
        elif kind in ("edit-local", "delete-local"):
            self.personal.edit_addition(key, delete=kind == "delete-local")

    def apply_changes(self, changes: Changes) -> None:
        """Something changed: redraw what shows it."""
        if changes.page:
            self._refresh()
            self.search.highlight()
        if changes.groups:
            self.tree.reload(self.history.current)
            self.search.refresh()
        elif changes.saved_searches:
            self.tree.reload(None)

    def go_back(self) -> None:
        page = self.history.back()
        if page is not None:
            self.show_page(*page, record=False)

    def go_forward(self) -> None:
        page = self.history.forward()
        if page is not None:
            self.show_page(*page, record=False)

    # -- state across restarts --------------------------------------------------------------

    def _restore_content(self) -> None:
        self.set_grouping(self.tree.grouping)
        self._status.setText(self._status_text())
        kind, key = self.settings.get(keys.SELECTED_KIND), self.settings.get(keys.SELECTED_KEY)
        if self._asked_before_open is not None:
            kind, key = self._asked_before_open
        if kind in set(NodeKind):
            self.show_page(NodeKind(kind), key)
        else:
            self._refresh()
        if self.isActiveWindow() or not self.focusWidget():
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)  # where a delegate browses

    def text_panes(self) -> list[QWidget]:
        panes = super().text_panes()
        return [*panes, self.pack_dock] if self.panels_added else panes

    def _status_text(self) -> str:
        assert self.catalogue is not None
        info = self.catalogue.info()
        count = self.catalogue.initiative_count()
        return self.tr("%n initiative(s) · catalogue {version}", "", count).format(
            version=info.version
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        self.note_panel.close_down()
        if self.panels_added:
            self.personal.back_up(on_quit=True)
            self.personal.release_notes()
        if self.panels_added:
            self.pack_dock.close_down()
            self.search.stop()
        self.save_layout()
        super().closeEvent(event)

    def new_marks_folder(self) -> Path | None:
        """The data folder whose update marks the tree shows, if any."""
        return self._new_marks.data_dir if self._new_marks else None

    # -- the first screen, kept for the next start (services/first_screen.py) ---------------

    def first_screen(self) -> FirstScreen | None:
        """What the window shows now (None before the catalogue is shown)."""
        from pfp_desktop.services.first_screen import FirstScreen

        if self.pages is None:
            return None
        kind, key = self.history.current or ("", "")
        page = (str(kind), key)
        return FirstScreen(
            tuple(self.tree.roots()),
            page,
            self.details.page_html,
            self._status.text(),
            self.tree.open_rows(),
        )

    def close_databases(self) -> None:
        """Release the catalogue and the delegate's database (after the last window closed)."""
        if self.panels_added and self.personal.personal is not None:
            self.personal.personal.user.close()
        if self.catalogue is not None:
            self.catalogue.close()

    def _may_close(self) -> bool:
        """The last keystrokes are saved before anything else; if some text cannot be saved,
        the delegate decides what becomes of it."""
        unsaved = self.note_panel.unsaved()
        if not unsaved:
            return True
        from pfp_desktop.ui.personal.unsaved_notes import may_quit

        return may_quit(self, unsaved, self._title_of)

    def _title_of(self, target: Target) -> str:
        """A note's record as the delegate knows it: its title, else its key."""
        from pfp_desktop.domain.personal import TargetKind

        try:
            if self.catalogue is not None and target.kind is TargetKind.INITIATIVE:
                return self.catalogue.initiative(target.key).title
            if self.catalogue is not None and target.kind is TargetKind.SUMMIT:
                return self.catalogue.summit(int(target.key)).title
        except (LookupError, ValueError):  # one of the delegate's own, or gone from the catalogue
            pass
        return target.key
