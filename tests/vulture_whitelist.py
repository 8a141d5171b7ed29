"""Names that vulture cannot see being used: Qt and reportlab call them by name.

Not imported by anything; ``vulture`` reads it with src/ (see [tool.vulture] in pyproject.toml).
"""

import sqlite3

from pfp_desktop.export.document import PackDocTemplate
from pfp_desktop.export.markup import _PaperMarkdown
from pfp_desktop.services.catalogue_build import read_catalogue_contents
from pfp_desktop.services.catalogue_install import InstalledCatalogue
from pfp_desktop.services.json_views import summit_json
from pfp_desktop.services.notes import NotesService
from pfp_desktop.storage.catalogue_layout import layout_from_code
from pfp_desktop.storage.catalogue_schema import InitiativeLineRow
from pfp_desktop.storage.user_schema import StarRow
from pfp_desktop.ui.browse.tree_model import NavigationModel
from pfp_desktop.ui.common.detail_view import DetailView
from pfp_desktop.ui.packs.list_model import PackListModel
from pfp_desktop.ui.packs.list_view import PackItemDelegate
from pfp_desktop.ui.personal.dialogs import AddInitiativeDialog
from pfp_desktop.ui.personal.undo_commands import EditNoteCommand
from pfp_desktop.ui.search.controller import SearchController
from pfp_desktop.ui.search.filter_bar import SearchFilterBar
from pfp_desktop.ui.search.results import RichTextDelegate

__all__ = ["CALLED_BY_LIBRARIES", "CALLED_BY_QT", "KEPT"]  # what vulture should count as used

# reportlab's page-template and markdown-it's hooks.
CALLED_BY_LIBRARIES = (
    PackDocTemplate.afterPage,
    PackDocTemplate.afterFlowable,
    _PaperMarkdown.validateLink,
    sqlite3.Connection.isolation_level,  # read by the sqlite3 module
    sqlite3.Connection.text_factory,
)

# Qt's virtual methods, called by the views and the undo stack.
CALLED_BY_QT = (
    DetailView.loadResource,
    NavigationModel.columnCount,
    NavigationModel.hasChildren,
    NavigationModel.headerData,
    PackListModel.removeRows,
    PackListModel.supportedDropActions,
    PackListModel.supportedDragActions,
    PackListModel.mimeTypes,
    PackListModel.mimeData,
    PackListModel.dropMimeData,
    PackItemDelegate.sizeHint,
    PackItemDelegate.paint,
    RichTextDelegate.paint,
    RichTextDelegate.sizeHint,
    EditNoteCommand.mergeWith,
)

# Kept without a caller in src/: a table of the catalogue file's schema (empty, but part of
# the shipped file that the rebuild check compares), a field of catalogues.json, a column
# written by SQL, the window's Ctrl+F action, and what the tests use to read state back; the
# summits' JSON through the services and the catalogue layout made from the code, which the
# tests hold services/json_reader.py and storage/catalogue_layout.py to.
KEPT = (
    summit_json,
    layout_from_code,
    InitiativeLineRow,
    read_catalogue_contents,
    InstalledCatalogue.installed_at,
    StarRow.starred_at,
    SearchController.focus_action,
    NotesService.restore_revision,
    NotesService.all_notes,
    SearchFilterBar.chip_texts,
    SearchFilterBar.chips,
    AddInitiativeDialog.completer,  # kept for tests and for Python's reference to it
)
