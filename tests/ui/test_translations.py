"""Counts in the window read as English: the plural forms ship with the app and cover every
"%n" text the window uses."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from pfp_desktop.ui.startup import create_application
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
        "resources/translations/pfp_en.qm is stale: run pyside6-lrelease on pfp_en.ts"
    )


def test_the_app_counts_in_english(qapp: QApplication) -> None:
    installed = qapp.findChild(QTranslator, "pfpEnglish")  # by the fixture, as the app does
    assert installed is not None
    qapp.removeTranslator(installed)
    installed.setParent(None)
    create_application([])
    one = QCoreApplication.translate("PackDock", "%n initiative(s)", "", 1)
    many = QCoreApplication.translate("PackDock", "%n initiative(s)", "", 2)
    none = QCoreApplication.translate("PackExportFlow", "%n page(s)", "", 0)
    assert (one, many, none) == ("1 initiative", "2 initiatives", "0 pages")
