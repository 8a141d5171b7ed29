"""Each `pfp` command loads only what it needs: parsing the command line loads none of the
heavy packages, so `pfp --help` answers at once and a script of 200 searches does not pay for
reportlab 200 times. Run as real processes (what a person waits for)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from pfp_desktop import cli

HEAVY = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "cryptography",
    "PySide6",
    "markdown_it",
    "platformdirs",
    "pfp_desktop.domain.models",
)
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


def test_show_json_reads_the_notes_database_without_sqlalchemy(private_data_dir: Path) -> None:
    assert cli.main(["note", "eu-diaspora-facility", "--set", "Ask about phase 2"]) == 0
    assert _loaded("show", "eu-diaspora-facility", "--json") == set()


@pytest.mark.parametrize(
    "args",
    [("summits", "--json"), ("show", "eu-diaspora-facility"), ("search", "diaspora"), ("list",)],
)
def test_reading_commands_load_neither_the_pdf_nor_the_signing_nor_qt(
    args: tuple[str, ...],
) -> None:
    assert _loaded(*args) <= {"sqlalchemy", "pfp_desktop.domain.models", "platformdirs"}


@pytest.mark.parametrize(
    "args", [("summits", "--json"), ("show", "eu-diaspora-facility", "--json")]
)
def test_json_reading_commands_load_no_sqlalchemy_nor_the_domain_models(
    args: tuple[str, ...],
) -> None:
    """Read with sqlite3 alone (services/json_reader.py) when the delegate has no notes
    database yet (each test gets an empty data folder); with one, its part loads SQLAlchemy."""
    assert _loaded(*args) == set()


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    found = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(next(found).choices)


def test_the_table_of_commands_names_every_command_and_the_module_that_adds_it() -> None:
    assert _commands(cli.parser()) == set(cli.COMMAND_MODULES)
    assert set(cli._command_modules()) == set(cli.COMMAND_MODULES.values())
    for command in cli.COMMAND_MODULES:
        assert command in _commands(cli.parser(command))


@pytest.mark.parametrize(
    ("words", "command"),
    [
        (["--data-dir", "summits", "show", "x"], "show"),
        (["--catalogue=list", "search", "list"], "search"),
        (["--help"], None),
        (["no-such-command"], "no-such-command"),
    ],
)
def test_the_command_word_is_found_past_the_global_options(
    words: list[str], command: str | None
) -> None:
    assert cli.command_word(words) == command


def test_an_unknown_command_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["no-such-command"])
    assert "choose from 'summits'" in capsys.readouterr().err
