"""The layers of STYLE.md hold: checked by import-linter on the real code, and shown to bite."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

from tests.conftest import REPO

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
UI = "pfp_desktop.ui"


def _lint(src: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"],
        cwd=cwd,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_layer_contracts_are_kept() -> None:
    result = _lint(REPO / "src", REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 kept, 0 broken" in result.stdout


def _copy_project(tmp_path: Path) -> Path:
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    shutil.copytree(REPO / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_qt_outside_ui_breaks_the_check(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    module = project / "src" / "pfp_desktop" / "services" / "catalogue_service.py"
    module.write_text("import PySide6.QtCore  # noqa\n" + module.read_text(encoding="utf-8"))
    result = _lint(project / "src", project)
    assert result.returncode != 0
    assert "Only ui imports Qt BROKEN" in result.stdout


def test_a_lower_layer_importing_a_higher_one_breaks_the_check(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    module = project / "src" / "pfp_desktop" / "domain" / "text.py"
    module.write_text(
        "import pfp_desktop.services.catalogue_service  # noqa\n" + module.read_text()
    )
    result = _lint(project / "src", project)
    assert result.returncode != 0
    assert "Layers: ui/cli over services" in result.stdout and "BROKEN" in result.stdout


def test_the_window_paints_without_importing_the_heavy_libraries() -> None:
    """Start-up: SQLAlchemy, Alembic and reportlab load after the first paint, and so do the
    panels a first paint does not show (README, Performance). Importing the window's modules
    must not pull them in."""
    later = (
        "sqlalchemy",
        "alembic",
        "reportlab",
        "pfp_desktop.ui.packs.dock",
        "pfp_desktop.ui.search.controller",
        "pfp_desktop.ui.personal.controller",
    )
    probe = (
        "import sys, pfp_desktop.ui.startup\n"
        f"print(sorted(m for m in {later!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_feature_importing_another_breaks_the_check(tmp_path: Path) -> None:
    """Only the main window composes the feature packages: the pack panel may not reach into
    the search pane (it once walked window.search.panel.results)."""
    project = _copy_project(tmp_path)
    module = project / "src" / "pfp_desktop" / "ui" / "packs" / "dock.py"
    module.write_text("import pfp_desktop.ui.search.panel  # noqa\n" + module.read_text())
    result = _lint(project / "src", project)
    assert result.returncode != 0
    assert "pfp_desktop.ui.packs is not allowed to import pfp_desktop.ui.search" in result.stdout


def test_a_feature_importing_the_main_window_breaks_the_check(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    module = project / "src" / "pfp_desktop" / "ui" / "browse" / "tree_menu.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    import pfp_desktop.ui.main_window  # noqa\n" + module.read_text()
    )
    result = _lint(project / "src", project)
    assert result.returncode != 0
    assert "Window: the shell composes features" in result.stdout


def test_qt_in_the_pages_breaks_the_check(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    module = project / "src" / "pfp_desktop" / "ui" / "pages" / "page.py"
    module.write_text("import PySide6.QtGui  # noqa\n" + module.read_text())
    result = _lint(project / "src", project)
    assert result.returncode != 0
    assert "Pages are Qt-free HTML BROKEN" in result.stdout


def _import_circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan's strongly
    connected components); imports made only for type checking count too."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in order:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], order[imported])
        if low[module] == order[module]:
            group = [stack.pop()]
            while group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in order:
            visit(module)
    return circles


def test_no_module_imports_itself_round_a_circle() -> None:
    graph = grimp.build_graph("pfp_desktop")
    assert _import_circles(graph) == []


def test_the_circle_check_sees_a_type_only_circle() -> None:
    graph = grimp.build_graph("pfp_desktop")
    graph.add_import(importer="pfp_desktop.ui.browse.tree", imported="pfp_desktop.ui.main_window")
    (circle,) = _import_circles(graph)
    assert {"pfp_desktop.ui.browse.tree", "pfp_desktop.ui.main_window"} <= set(circle)


def test_every_module_of_the_shell_is_in_the_window_contract() -> None:
    """A module left out of a layers contract is not checked at all: the shell's list must
    name every module directly in ui/, and the features' every package."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    (window,) = [
        c for c in config["tool"]["importlinter"]["contracts"] if c.get("containers") == [UI]
    ]
    named = {m.strip() for layer in window["layers"] for m in re.split(r"[:|]", layer)}
    folder = REPO / "src" / "pfp_desktop" / "ui"
    modules = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    packages = {p.parent.name for p in folder.glob("*/__init__.py")}
    assert modules | packages == named
