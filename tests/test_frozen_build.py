"""The frozen build, as a delegate gets it: packaging/build-linux.sh builds the portable tarball
and the .deb (kept by content hash, so only the first run after a change takes minutes); each
program then runs with a bare environment (no Python, no virtualenv on PATH, offscreen Qt)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tarfile
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from tests.conftest import REPO

pytestmark = pytest.mark.frozen_build

VERSION = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
TARBALL = REPO / "dist" / f"pfp-desktop-{VERSION}-linux-x86_64.tar.gz"
DEB = REPO / "dist" / f"pfp-desktop_{VERSION}_amd64.deb"
ENTRY = "org.gfmd.PfPDesktop.desktop"
INITIATIVE = "rising-nations-climate-mobility"
BUILD_LIMIT_S = 3600  # a cold build takes about 5 minutes on a busy 2-core machine


@pytest.fixture(scope="module")
def built() -> None:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("the Linux packages are built on Debian or Ubuntu (no dpkg-deb here)")
    done = subprocess.run(
        [str(REPO / "packaging" / "build-linux.sh")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=BUILD_LIMIT_S,
    )
    assert done.returncode == 0, done.stderr[-4000:]


@pytest.fixture
def folder(built: None, tmp_path: Path) -> Path:
    """The tarball unpacked where a delegate would, e.g. on a USB stick (a path with a space)."""
    with tarfile.open(TARBALL) as tar:
        tar.extractall(tmp_path / "USB stick", filter="tar")
    return tmp_path / "USB stick" / f"pfp-desktop-{VERSION}"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def bare_run(command: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``env -i``: a home folder, offscreen Qt and a PATH with nothing on it (no Python)."""
    empty = home.parent / "empty-path"
    empty.mkdir(exist_ok=True)
    clean = {"HOME": str(home), "PATH": str(empty), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(command, env=clean, capture_output=True, text=True, timeout=300)


def screenshot(program: Path, home: Path, shot: Path) -> QImage:
    done = bare_run([str(program), "--screenshot", str(shot), "--select", INITIATIVE], home)
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    return image


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_the_tarball_holds_both_programs_and_the_delegate_files(folder: Path) -> None:
    for name in ("pfp-desktop", "pfp", "install-desktop-entry.sh"):
        assert (folder / name).stat().st_mode & 0o111, name
    assert f"PfP Desktop {VERSION}" in (folder / "README.txt").read_text()


def test_the_window_opens_the_shipped_catalogue_with_no_python(
    folder: Path, home: Path, tmp_path: Path
) -> None:
    image = screenshot(folder / "pfp-desktop", home, tmp_path / "shot.png")
    # A drawn window, not a blank one: the tree and the page give many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20


def test_the_cli_finds_the_catalogue_and_writes_a_pack_in_the_shipped_fonts(
    folder: Path, home: Path, tmp_path: Path
) -> None:
    listed = bare_run([str(folder / "pfp"), "list"], home)
    assert listed.returncode == 0 and INITIATIVE in listed.stdout, listed.stderr
    pdf = tmp_path / "pack.pdf"
    done = bare_run([str(folder / "pfp"), "export", "--all", "--out", str(pdf)], home)
    assert done.returncode == 0 and done.stdout.startswith(f"Wrote {pdf}"), done.stderr
    reader = PdfReader(pdf)
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages[:3]
        for font in page["/Resources"]["/Font"].get_object().values()
    }
    assert len(reader.pages) > 10 and any("DejaVuSans" in f for f in fonts)


def test_the_pack_comes_out_in_french_from_the_frozen_build(
    folder: Path, home: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "pack.pdf"
    args = [str(folder / "pfp"), "export", "--summit", "11", "--language", "fr", "--out", str(pdf)]
    done = bare_run(args, home)
    assert done.returncode == 0, done.stderr
    first = PdfReader(pdf).pages[0].extract_text()
    assert "DOSSIER D'INFORMATION" in first and "Page 1 sur" in first
    assert list(folder.glob("_internal/pfp_desktop/shipped/resources/translations/pfp_fr.qm"))


def test_qt_translations_are_kept_for_english_french_and_spanish_only(folder: Path) -> None:
    (translations,) = folder.glob("_internal/PySide6/Qt/translations")
    names = {p.name for p in translations.iterdir()}
    assert {"qtbase_en.qm", "qtbase_fr.qm", "qtbase_es.qm"} <= names
    assert "qtbase_de.qm" not in names


def test_portable_mode_keeps_notes_and_settings_beside_the_programs(
    folder: Path, home: Path, tmp_path: Path
) -> None:
    (folder / "portable").touch()
    noted = bare_run([str(folder / "pfp"), "note", INITIATIVE, "--append", "Met at lunch"], home)
    assert noted.returncode == 0, noted.stderr
    screenshot(folder / "pfp-desktop", home, tmp_path / "shot.png")
    shown = bare_run([str(folder / "pfp"), "note", INITIATIVE], home)
    assert "Met at lunch" in shown.stdout
    data = folder / "data"
    assert (data / "pfp-user.sqlite").is_file() and list(data.glob("backups/*.sqlite"))
    assert list(data.rglob("*.ini")), "the window's settings are kept in data/ too"
    assert files_under(home) == []


def test_without_the_portable_file_notes_go_to_the_home_folder(folder: Path, home: Path) -> None:
    noted = bare_run([str(folder / "pfp"), "note", INITIATIVE, "--append", "Met at lunch"], home)
    assert noted.returncode == 0, noted.stderr
    assert (home / ".local/share/PfP Desktop/pfp-user.sqlite").is_file()
    assert not (folder / "data").exists()


def test_the_folders_menu_entry_launches_the_window(
    folder: Path, home: Path, tmp_path: Path
) -> None:
    added = subprocess.run(
        [str(folder / "install-desktop-entry.sh")],
        capture_output=True,
        text=True,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    assert added.returncode == 0, added.stderr
    entry = home / ".local/share/applications" / ENTRY
    subprocess.run(["desktop-file-validate", str(entry)], check=True)
    assert (home / ".local/share/icons/hicolor/48x48/apps/pfp-desktop.png").is_file()
    program = Path(shlex.split(desktop_key(entry, "Exec"))[0])
    assert program == folder / "pfp-desktop"
    screenshot(program, home, tmp_path / "shot.png")


def desktop_key(entry: Path, key: str) -> str:
    (value,) = [
        line.split("=", 1)[1]
        for line in entry.read_text().splitlines()
        if line.startswith(f"{key}=")
    ]
    return value


@pytest.fixture
def deb_root(built: None, tmp_path: Path) -> Path:
    subprocess.run(["dpkg-deb", "-x", str(DEB), str(tmp_path / "root")], check=True)
    return tmp_path / "root"


def installed(deb_root: Path, command: str) -> Path:
    """What ``command`` on PATH runs once the .deb is installed: its /usr/bin link, followed
    inside the scratch root (the link is absolute, as Debian wants)."""
    target = os.readlink(deb_root / "usr/bin" / command)
    assert target == f"/opt/pfp-desktop/{command}"
    return deb_root / target.lstrip("/")


def test_the_deb_installs_programs_menu_entry_and_icons(
    deb_root: Path, home: Path, tmp_path: Path
) -> None:
    listed = bare_run([str(installed(deb_root, "pfp")), "list"], home)
    assert listed.returncode == 0 and INITIATIVE in listed.stdout, listed.stderr
    share = deb_root / "usr/share"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / f"icons/hicolor/{size}x{size}/apps/pfp-desktop.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/pfp-desktop.svg").is_file()
    entry = share / "applications" / ENTRY
    screenshot(installed(deb_root, desktop_key(entry, "Exec")), home, tmp_path / "shot.png")
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(DEB), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert "libxcb-cursor0" in depends and "libegl1" in depends


def test_the_deb_passes_the_freedesktop_validators_and_lintian(deb_root: Path) -> None:
    share = deb_root / "usr/share"
    subprocess.run(["desktop-file-validate", str(share / "applications" / ENTRY)], check=True)
    metainfo = share / "metainfo/org.gfmd.PfPDesktop.metainfo.xml"
    subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], check=True, capture_output=True
    )
    report = subprocess.run(
        ["lintian", "--no-tag-display-limit", str(DEB)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    errors = [line for line in report.stdout.splitlines() if line.startswith("E:")]
    assert errors == [], "\n".join(errors)
