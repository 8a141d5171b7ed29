"""Several processes writing the same notes database at once: every acknowledged write lands,
and a busy database is one plain line, never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pfp_desktop.domain.personal import Target, TargetKind, WriteFailedError, WriteFailure
from pfp_desktop.services.notes import NotesService
from pfp_desktop.services.user_data import open_user_data
from pfp_desktop.storage.user_db import USER_DB_NAME

APPENDS = 150
SHARED = Target(TargetKind.INITIATIVE, "shared-note")


def _stored_paragraphs(data_dir: Path, key: str = "shared-note") -> set[str]:
    with sqlite3.connect(data_dir / USER_DB_NAME) as connection:
        row = connection.execute("SELECT text FROM notes WHERE target_key = ?", (key,))
        return set(row.fetchone()[0].split("\n\n"))


def test_two_processes_appending_at_once_lose_nothing(tmp_path: Path) -> None:
    open_user_data(tmp_path).close()  # created once, so both children time only appends
    appender = [sys.executable, "-m", "tests.services.note_appender", str(tmp_path)]
    pipe = subprocess.PIPE
    children = [
        subprocess.Popen(
            [*appender, name, str(APPENDS)], stdin=pipe, stdout=pipe, stderr=pipe, text=True
        )
        for name in ("left", "right")
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
    outputs = [child.communicate("go\n", timeout=300) for child in children]
    acknowledged = {
        f"{name}-{line}"
        for name, (out, _err) in zip(("left", "right"), outputs, strict=True)
        for line in out.split()
    }
    assert [err for _out, err in outputs] == ["", ""]
    assert len(acknowledged) == 2 * APPENDS
    assert acknowledged <= _stored_paragraphs(tmp_path)


def test_cli_appends_queued_behind_a_writer_all_land(tmp_path: Path) -> None:
    """Six `pfp note --append` wait while another writer holds the database (as a long
    `pfp notes import` does), then all go at once: each acknowledged append is kept."""
    open_user_data(tmp_path).close()
    pfp = [str(Path(sys.executable).parent / "pfp"), "--data-dir", str(tmp_path)]
    holder = sqlite3.connect(tmp_path / USER_DB_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    runs = [
        subprocess.Popen(
            [*pfp, "note", "eu-diaspora-facility", "--append", f"cli-{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(6)
    ]
    time.sleep(3.0)  # lets them start and queue up (they wait up to 5 s for the lock)
    holder.execute("ROLLBACK")
    results = [(run.wait(timeout=120), run.communicate()) for run in runs]
    assert [err for _code, (_out, err) in results] == [""] * 6
    assert [code for code, _ in results] == [0] * 6
    stored = _stored_paragraphs(tmp_path, "eu-diaspora-facility")
    assert {f"cli-{n}" for n in range(6)} <= stored


def test_a_held_write_lock_waits_then_says_so_in_one_line(tmp_path: Path) -> None:
    open_user_data(tmp_path).close()
    holder = sqlite3.connect(tmp_path / USER_DB_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # as a long `pfp notes import` does
    try:
        notes = NotesService(open_user_data(tmp_path), wait_ms=200)
        try:
            notes.append(SHARED, "while locked")
        except WriteFailedError as exc:
            assert exc.failure is WriteFailure.BUSY
            assert str(exc).startswith("Not saved: another program")
        else:
            raise AssertionError("the append claimed success under a held lock")
        cli = subprocess.run(
            [
                str(Path(sys.executable).parent / "pfp"),
                "--data-dir",
                str(tmp_path),
                "note",
                "local-x",
                "--append",
                "while locked",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        holder.execute("ROLLBACK")
    assert cli.returncode == 1
    assert cli.stderr.count("\n") == 1 and "Traceback" not in cli.stderr
    assert "another program" in cli.stderr
    notes = NotesService(open_user_data(tmp_path))
    assert notes.text(SHARED) == ""


def test_an_append_between_two_saves_of_a_line_merges_without_a_copy(tmp_path: Path) -> None:
    """The window saved "Mine: " (a delegate typing), `pfp note --append` added a paragraph,
    then the window saves "Mine: xx" from the base "Mine: ": the append left the delegate's
    line as it was, so the edit applies to it, and nothing is doubled."""
    user = open_user_data(tmp_path)
    window, cli = NotesService(user), NotesService(open_user_data(tmp_path))
    target = Target(TargetKind.INITIATIVE, "shared-note")
    window.save_edit(target, "", "Mine: ")
    cli.append(target, "cli-0")
    saved = window.save_edit(target, "Mine: ", "Mine: xx")
    assert saved.text == "Mine: xx\n\ncli-0" and saved.merged and not saved.overlapped
