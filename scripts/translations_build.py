"""Compiles the translations the app ships from their committed sources, in place:
  src/pfp_desktop/locale/<lang>/LC_MESSAGES/pfp.po -> pfp.mo   (Babel, the packs and pages)
  resources/translations/pfp_<lang>.ts             -> .qm      (pyside6-lrelease, the window)
Run by scripts/bootstrap.sh (so ./run.sh has them), packaging/build-linux.sh, and hatch as the
wheel's build hook (pyproject.toml), which also adds the .mo files to the wheel (they are not
committed, so .gitignore would keep them out). Usage: python scripts/translations_build.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "src" / "pfp_desktop" / "locale"
QT_TRANSLATIONS = ROOT / "resources" / "translations"


def compile_catalogues(root: Path = ROOT) -> list[Path]:
    """Every .po of the locale folder as a .mo beside it; the .mo files written."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted((root / "src" / "pfp_desktop" / "locale").glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as handle:
            catalogue = read_po(handle, abort_invalid=True)
        mo = po.with_suffix(".mo")
        with mo.open("wb") as handle:
            write_mo(handle, catalogue)  # fuzzy entries left out, as msgfmt does
        written.append(mo)
    return written


def lrelease() -> str:
    """PySide6's pyside6-lrelease: beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials first")
    return found


def compile_window(root: Path = ROOT) -> list[Path]:
    """Every resources/translations/*.ts as a .qm beside it; the .qm files written."""
    sources = sorted((root / "resources" / "translations").glob("*.ts"))
    for ts in sources:
        subprocess.run(
            [lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )
    return [ts.with_suffix(".qm") for ts in sources]


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """hatch: compile before the wheel is assembled."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile; a standard wheel also gets the .mo files, which .gitignore would drop."""
        root = Path(self.root)
        compile_window(root)
        if version == "editable":  # runs from the source tree, where they were just written
            compile_catalogues(root)
            return  # resources/ is force-included whole, .qm files with it
        for mo in compile_catalogues(root):
            inside = mo.relative_to(root / "src")
            build_data["force_include"][str(mo)] = str(inside)


if __name__ == "__main__":
    compile_catalogues()
    compile_window()
