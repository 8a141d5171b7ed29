"""Benchmarks time the app as installed: pip compiles the bytecode of what it installs, and a
run from the source tree with PYTHONDONTWRITEBYTECODE=1 (as on some shared machines) would
otherwise compile every changed module again in every timed process."""

from __future__ import annotations

import compileall
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "src"


def compile_sources() -> None:
    """Write the bytecode of src/ where it is missing or stale, as an install does."""
    compileall.compile_dir(SOURCES, quiet=1)
