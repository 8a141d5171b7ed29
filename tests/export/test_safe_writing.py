"""Writing a pack never leaves a partial PDF or a temporary file, and says why it failed."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader

from pfp_desktop.export import PackExportCancelled, PackExportError, export_pack
from pfp_desktop.export.errors import describe_os_error
from tests.export.conftest import FONTS, PackFactory

NOBODY = 65534


@contextmanager
def unprivileged() -> Iterator[None]:
    """Run as an ordinary user: root may write anywhere, whatever the folder's permissions."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def _export(pack_factory: PackFactory, target: Path, **kwargs: object) -> None:
    pack = pack_factory(pack_factory().initiatives[:3])
    export_pack(pack, target, fonts_dir=FONTS, **kwargs)  # type: ignore[arg-type]


def test_a_read_only_folder_gives_a_clear_error_and_no_file(
    make_pack: PackFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with unprivileged(), pytest.raises(PackExportError) as error:
            _export(make_pack, folder / "pack.pdf")
    finally:
        folder.chmod(0o755)
    assert str(error.value) == f"Permission denied: cannot write {folder / 'pack.pdf'}."
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_named(make_pack: PackFactory, tmp_path: Path) -> None:
    with pytest.raises(PackExportError, match=r"The folder .*/absent does not exist\."):
        _export(make_pack, tmp_path / "absent" / "pack.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "name",
    [
        "a" * 246 + ".pdf",  # 250 bytes
        "é" * 5 + "a" * 241 + ".pdf",  # 250 characters, 255 bytes in UTF-8: the most allowed
    ],
)
def test_a_name_of_up_to_255_bytes_is_written(
    make_pack: PackFactory, tmp_path: Path, name: str
) -> None:
    """The temporary file was called ".<name>.<random>.part", which passed 255 bytes."""
    assert len(name) == 250 and len(name.encode()) <= 255
    _export(make_pack, tmp_path / name)
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert len(PdfReader(tmp_path / name).pages) > 3


def test_a_folder_as_target_is_refused(make_pack: PackFactory, tmp_path: Path) -> None:
    with pytest.raises(PackExportError, match="is a folder, not a file name"):
        _export(make_pack, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_cancelling_midway_leaves_nothing_behind(make_pack: PackFactory, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    with pytest.raises(PackExportCancelled):
        export_pack(
            make_pack(),
            tmp_path / "pack.pdf",
            fonts_dir=FONTS,
            progress=lambda done, total: steps.append((done, total)),
            is_cancelled=lambda: len(steps) >= 20,
        )
    assert 0 < len(steps) < steps[-1][1]  # stopped midway, not at the end
    assert list(tmp_path.iterdir()) == []


def test_progress_counts_up_to_its_total(make_pack: PackFactory, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    _export(make_pack, tmp_path / "pack.pdf", progress=lambda d, t: steps.append((d, t)))
    done = [d for d, _ in steps]
    assert done == sorted(done) and steps[-1][0] == steps[-1][1] > 0


def test_a_failed_export_keeps_the_previous_pack(make_pack: PackFactory, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    _export(make_pack, target)
    before = target.read_bytes()
    with pytest.raises(PackExportCancelled):
        _export(make_pack, target, is_cancelled=lambda: True)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "Cannot write /out/pack.pdf: the disk is full."),
        (errno.EROFS, "Permission denied: cannot write /out/pack.pdf (the disk is read-only)."),
        (errno.EACCES, "Permission denied: cannot write /out/pack.pdf."),
        (errno.EPERM, "Permission denied: cannot write /out/pack.pdf."),
        (errno.ENOENT, "The folder /out does not exist."),
        (errno.EIO, "Cannot write /out/pack.pdf: Input/output error."),
    ],
)
def test_each_os_failure_is_one_clear_line(code: int, message: str) -> None:
    error = OSError(code, os.strerror(code), "/out/pack.pdf")
    assert describe_os_error(error, Path("/out/pack.pdf")) == message
