"""Counts in the window read as English: the plural forms ship with the app and cover every
"%n" text the window uses."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from pfp_desktop.domain.languages import Language
from pfp_desktop.ui.startup import create_application
from pfp_desktop.ui.translations import install_translations
from tests.conftest import REPO

TS = REPO / "resources" / "translations" / "pfp_en.ts"
UI = REPO / "src" / "pfp_desktop" / "ui"
_SELF_TR = re.compile(r'self\.tr\(\s*"([^"]*%n[^"]*)"')
_TRANSLATE = re.compile(r'translate\(\s*"(\w+)",\s*"([^"]*%n[^"]*)"')
_CLASS = re.compile(r"^class (\w+)", re.M)


def _numerus_texts() -> set[tuple[str, str]]:
    """(context, source) of every plural text in ui/: a class's self.tr, or translate()."""
    found = set()
    for path in UI.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        classes = [(m.start(), m.group(1)) for m in _CLASS.finditer(code)]
        for match in _SELF_TR.finditer(code):
            context = [name for start, name in classes if start < match.start()][-1]
            found.add((context, match.group(1)))
        found |= {(m.group(1), m.group(2)) for m in _TRANSLATE.finditer(code)}
    return found


def _english_forms() -> dict[tuple[str, str], list[str]]:
    forms = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            texts = [f.text or "" for f in message.iter("numerusform")]
            forms[(name, message.findtext("source", ""))] = texts
    return forms


def test_every_plural_text_of_the_window_has_its_english_forms() -> None:
    texts, forms = _numerus_texts(), _english_forms()
    assert ("PackDock", "%n initiative(s)") in texts
    for key in texts:
        assert len(forms.get(key, [])) == 2, f"{key} has no English singular and plural in {TS}"
        assert all("(s)" not in form for form in forms[key])


@pytest.mark.skipif(
    shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lrelease is not installed beside this Python (PySide6's tools)",
)
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    compiled = tmp_path / "pfp_en.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "resources/translations/pfp_en.qm is stale: run scripts/translations_build.py"
    )


def test_the_app_counts_in_english(qapp: QApplication) -> None:
    installed = qapp.findChild(QTranslator, "pfpTranslation")  # by the fixture, as the app does
    assert installed is not None
    qapp.removeTranslator(installed)
    installed.setParent(None)
    create_application([])
    install_translations(qapp, "en")  # as pfp-desktop does with the system's language
    one = QCoreApplication.translate("PackDock", "%n initiative(s)", "", 1)
    many = QCoreApplication.translate("PackDock", "%n initiative(s)", "", 2)
    none = QCoreApplication.translate("PackExportFlow", "%n page(s)", "", 0)
    assert (one, many, none) == ("1 initiative", "2 initiatives", "0 pages")


# -- French and Spanish ------------------------------------------------------------------------

LANGUAGE_FILES = {
    lang: REPO / "resources" / "translations" / f"pfp_{lang}.ts" for lang in ("fr", "es")
}
# %1, %n, {name}, {0}, {limit:,}: what Qt or str.format fills in.
_QT_PLACEHOLDER = re.compile(r"%\d|%n|\{[^{}]*\}")
_ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


def _messages(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            source = message.findtext("source", "")
            found.append((context.findtext("name", ""), source, forms, finished))
    return found


def _lupdate_again(ts: Path, tmp_path: Path) -> Path:
    """What scripts/update_translations.sh would make of ``ts`` from today's code."""
    copy = tmp_path / ts.name
    copy.write_bytes(ts.read_bytes())
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    args = [str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts"]
    subprocess.run([*args, str(copy)], check=True, capture_output=True)
    fix = [sys.executable, str(REPO / "scripts" / "ts_plurals.py"), str(ts), str(copy)]
    subprocess.run(fix, check=True)
    return copy


@pytest.mark.parametrize("language", LANGUAGE_FILES)
def test_the_window_translation_is_up_to_date_and_finished(language: str, tmp_path: Path) -> None:
    ts = LANGUAGE_FILES[language]
    again = _lupdate_again(ts, tmp_path)
    assert again.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
        f"{ts.name} is out of date with the code: run scripts/update_translations.sh"
    )
    messages = _messages(ts)
    assert len(messages) > 300
    assert [(c, s) for c, s, _, finished in messages if not finished] == []
    assert [(c, s) for c, s, forms, _ in messages if not all(forms)] == []


@pytest.mark.parametrize("language", LANGUAGE_FILES)
def test_window_translations_keep_placeholders_and_accelerators(language: str) -> None:
    broken = []
    for context, source, forms, _ in _messages(LANGUAGE_FILES[language]):
        wanted = sorted(set(_QT_PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(_QT_PLACEHOLDER.findall(form))) != wanted:
                broken.append((context, source, form))
            if len(_ACCELERATOR.findall(source)) != len(_ACCELERATOR.findall(form)):
                broken.append((context, source, form))
    assert broken == []


def test_the_checks_see_a_dropped_placeholder_or_accelerator() -> None:
    assert _QT_PLACEHOLDER.findall("%n page(s) of {name}") == ["%n", "{name}"]
    assert _ACCELERATOR.findall("&Fichier") == ["&"] and _ACCELERATOR.findall("Fichier") == []
    assert _ACCELERATOR.findall("Q&&A") == []


@pytest.mark.parametrize(
    ("language", "file_menu", "pages", "qt_cancel"),
    [("fr", "&Fichier", "2 pages", "Annuler"), ("es", "&Archivo", "2 páginas", "Cancelar")],
)
def test_the_window_speaks_french_and_spanish_with_qts_own_words(
    qapp: QApplication, language: Language, file_menu: str, pages: str, qt_cancel: str
) -> None:
    try:
        assert install_translations(qapp, language) == language
        assert QCoreApplication.translate("MainWindow", "&File") == file_menu
        assert QCoreApplication.translate("PackExportFlow", "%n page(s)", "", 2) == pages
        # Qt's own strings (standard buttons, file dialogs), from the Qt install.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == qt_cancel
        assert QLocale().toString(date(2016, 12, 10), "d MMMM yyyy") != "10 December 2016"
    finally:
        install_translations(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
