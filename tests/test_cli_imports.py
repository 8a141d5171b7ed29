"""Each `pfp` command loads only what it needs: parsing the command line loads none of the
heavy packages, so `pfp --help` answers at once and a script of 200 searches does not pay for
reportlab 200 times. Run as real processes (what a person waits for)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "alembic", "reportlab", "cryptography", "PySide6", "markdown_it")
PROBE = """
import atexit, sys
atexit.register(lambda: print(" ".join(m for m in {heavy!r} if m in sys.modules),
                              file=sys.stderr))
from pfp_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _loaded(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return set(done.stderr.strip().splitlines()[-1].split()) if done.stderr.strip() else set()


@pytest.mark.parametrize(
    "args", [("--help",), ("export", "--help"), ("search", "--help"), ("catalogue", "--help")]
)
def test_help_loads_nothing_heavy(args: tuple[str, ...]) -> None:
    assert _loaded(*args) == set()


@pytest.mark.parametrize(
    "args",
    [("summits", "--json"), ("show", "eu-diaspora-facility"), ("search", "diaspora"), ("list",)],
)
def test_reading_commands_load_neither_the_pdf_nor_the_signing_nor_qt(
    args: tuple[str, ...],
) -> None:
    assert _loaded(*args) <= {"sqlalchemy"}
