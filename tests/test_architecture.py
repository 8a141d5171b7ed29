"""The layers of STYLE.md hold: checked by import-linter on the real code, and shown to bite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


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
    assert "3 kept, 0 broken" in result.stdout


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
        "pfp_desktop.ui.pack_dock",
        "pfp_desktop.ui.search_controller",
        "pfp_desktop.ui.personal_controller",
    )
    probe = (
        "import sys, pfp_desktop.ui.startup\n"
        f"print(sorted(m for m in {later!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
