"""The window's language: its own translations (resources/translations/pfp_<lang>.qm), Qt's
(qtbase_<lang>.qm: standard buttons, file dialogs, context menus), QLocale for dates and
numbers, and the language of the Qt-free pages (pfp_desktop.locale). English has a file too:
its plural forms, so that a count written once as ``tr("%n initiative(s)", "", n)`` reads
"1 initiative", "2 initiatives"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pfp_desktop import locale
from pfp_desktop.domain.languages import Language
from pfp_desktop.services.locations import shipped_resource

_OURS, _QTS = "pfpTranslation", "qtTranslation"
# The territory whose conventions a language's dates and numbers follow here.
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}


def system_language() -> Language:
    """The desktop's language if the window is offered in it, English otherwise."""
    return locale.as_language(QLocale.system().name())


def install_translations(app: QCoreApplication, language: Language | None = None) -> Language:
    """Make ``language`` (None: the system's) the window's, replacing any installed before;
    widgets made afterwards speak it. A missing file leaves the source texts (English)."""
    chosen = language or system_language()
    for name in (_OURS, _QTS):
        for previous in app.findChildren(QTranslator, name):
            app.removeTranslator(previous)
            previous.setObjectName("")  # gone before deleteLater takes it
            previous.deleteLater()
    _install(app, _OURS, str(shipped_resource(f"translations/pfp_{chosen}.qm")))
    if chosen != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _install(app, _QTS, f"{qt_folder}/qtbase_{chosen}.qm")
    QLocale.setDefault(QLocale(_LOCALES[chosen]))
    locale.set_language(chosen)
    return chosen


def _install(app: QCoreApplication, name: str, path: str) -> None:
    translator = QTranslator(app)
    translator.setObjectName(name)
    if translator.load(path):
        app.installTranslator(translator)
    else:
        translator.deleteLater()
