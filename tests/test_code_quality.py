"""ruff (lint and format) and mypy --strict on src/ are part of the suite, so CI enforces them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    result = _run(str(BIN / "ruff"), "check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout


def test_code_is_formatted() -> None:
    result = _run(str(BIN / "ruff"), "format", "--check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout


def test_vulture_finds_no_dead_code() -> None:
    # Paths, and the names Qt or reportlab call by name, are in pyproject.toml's [tool.vulture].
    result = _run(str(BIN / "vulture"))
    assert result.returncode == 0, result.stdout


def test_mypy_strict_passes_on_src() -> None:
    result = _run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout
