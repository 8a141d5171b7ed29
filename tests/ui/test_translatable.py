"""Every string the window shows can be translated: pyside6-lupdate (the tool translators'
files come from) extracts each into a named context, the one the code asks Qt for."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "pfp_desktop" / "ui"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _extracted(tmp_path: Path) -> dict[str, set[str]]:
    """Context -> source strings, as lupdate reads them from ui/."""
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    target = tmp_path / "strings.ts"
    subprocess.run([str(LUPDATE), *sources, "-ts", str(target)], check=True, capture_output=True)
    found: dict[str, set[str]] = {}
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.setdefault(name, set()).update(
            m.findtext("source") or "" for m in context.iter("message")
        )
    return found


def _translate_calls(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every QCoreApplication.translate("Ctx", "text") with literals."""
    calls = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("translate", "QT_TRANSLATE_NOOP")
        ) or (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"
        ):
            args = node.args[:2]
            if len(args) == 2 and all(isinstance(a, ast.Constant) for a in args):
                calls.append((str(args[0].value), str(args[1].value)))  # type: ignore[attr-defined]
    return calls


def test_no_string_lands_in_an_empty_or_borrowed_context(tmp_path: Path) -> None:
    found = _extracted(tmp_path)
    # A bare tr() outside a class is filed under "" or "QCoreApplication": the code then asks
    # for another context, and a translation never reaches the screen.
    assert found.get("", set()) == set()
    assert found.get("QCoreApplication", set()) == set()


def test_no_module_hides_strings_behind_a_local_translate_wrapper() -> None:
    wrappers = [
        p.name
        for p in UI.rglob("*.py")
        if any(
            isinstance(n, ast.FunctionDef) and n.name == "tr"
            for n in ast.parse(p.read_text(encoding="utf-8")).body
        )
    ]
    assert wrappers == []


def test_every_translate_call_is_extracted_in_its_own_context(tmp_path: Path) -> None:
    found = _extracted(tmp_path)
    missing = [
        (context, text)
        for path in UI.rglob("*.py")
        for context, text in _translate_calls(path)
        if text not in found.get(context, set())
    ]
    assert missing == []
