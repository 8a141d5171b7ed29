"""`pfp export` run as a program: the PDF says when it was made, unless the build asks for
reproducible output the standard way (SOURCE_DATE_EPOCH)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader


def _export(target: Path, epoch: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    pfp = str(Path(sys.executable).parent / "pfp")
    command = [pfp, "--data-dir", str(target.parent / "notes"), "export", "--summit", "8"]
    return subprocess.run(
        [*command, "--out", str(target)], env=env, capture_output=True, text=True, check=False
    )


def test_a_pack_exported_today_says_today(tmp_path: Path) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    assert _export(tmp_path / "pack.pdf", None).returncode == 0
    meta = PdfReader(tmp_path / "pack.pdf").metadata
    assert meta is not None and meta.creation_date is not None
    assert before <= meta.creation_date <= datetime.now(UTC)
    assert meta.modification_date == meta.creation_date


def test_with_source_date_epoch_two_exports_are_byte_identical(tmp_path: Path) -> None:
    for name in ("one.pdf", "two.pdf"):
        assert _export(tmp_path / name, "1700000000").returncode == 0
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
    meta = PdfReader(tmp_path / "one.pdf").metadata
    assert meta is not None
    assert meta.creation_date == datetime.fromtimestamp(1700000000, UTC)


def test_a_malformed_source_date_epoch_is_one_line(tmp_path: Path) -> None:
    result = _export(tmp_path / "pack.pdf", "last tuesday")
    assert result.returncode == 1
    assert result.stderr == (
        "pfp: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, "
        "not 'last tuesday'.\n"
    )
    assert not (tmp_path / "pack.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != "notes"] == []
