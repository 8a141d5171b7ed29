"""Each `pfp` command loads only what it needs: parsing the command line loads none of the
heavy packages, so `pfp --help` answers at once and a script of 200 searches does not pay for
reportlab 200 times. Run as real processes (what a person waits for)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pfp_desktop import cli
from pfp_desktop.cli.command_table import COMMANDS

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
    modules = {module for module, _ in COMMANDS.values()}
    assert set(cli._command_modules()) == modules
    for name, module in cli._command_modules().items():
        commands = argparse.ArgumentParser().add_subparsers()
        module.register(commands)
        assert set(commands.choices) == {c for c, (m, _) in COMMANDS.items() if m == name}
    assert _commands(cli.parser()) == set(COMMANDS)
    for command in COMMANDS:
        assert command in _commands(cli.parser(command))


def test_pfp_help_lists_every_command_with_the_line_its_module_gives_it() -> None:
    listed = subprocess.run(
        [sys.executable, "-c", "from pfp_desktop.cli import run; run()", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for command, (_, line) in COMMANDS.items():
        assert re.search(rf"^ +{re.escape(command)}\s+{re.escape(line)}$", listed, re.M), command


def test_pfp_help_builds_no_command_parser_and_imports_neither_pathlib_nor_typing() -> None:
    """`pfp --help` lists the commands from command_table.py alone; pathlib and typing are
    ~5 ms of it. Compared with what a Python importing argparse loads (a site may add some)."""
    watched = ["pathlib", "typing", *(f"pfp_desktop.cli.{m}" for m in cli._command_modules())]
    bare = _loaded_by("import argparse", watched)
    ours = _loaded_by("from pfp_desktop.cli import main; main(['--help'])", watched)
    assert "pfp_desktop.cli.catalogue_commands" not in ours
    assert ours <= bare


def _loaded_by(code: str, watched: list[str]) -> set[str]:
    probe = f"""
import atexit, sys
atexit.register(lambda: print("loaded:", *(m for m in {watched!r} if m in sys.modules)))
{code}
"""
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    return set(done.stdout.splitlines()[-1].split()[1:])


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
