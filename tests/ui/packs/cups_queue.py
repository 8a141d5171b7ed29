"""A real CUPS print service for a test: a private cupsd (own configuration, spool and socket
in a temporary folder) with a cups-pdf queue that writes each printed job as a PDF into a
folder of the test. The system's CUPS, if any, is left alone.

cups-pdf reads its settings from /etc/cups/cups-pdf-<queue>.conf (a path built into it), so
the fixture writes one for its own queue name there and removes it afterwards."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CONFIG_DIR = Path("/etc/cups")
START_WAIT = 15.0  # seconds for cupsd to answer on its socket


@dataclass
class CupsQueue:
    name: str
    out: Path  # where cups-pdf writes what is printed
    socket: Path
    process: subprocess.Popen[bytes]

    def admin(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a CUPS command (lpadmin, lpstat, ...) against this service."""
        return subprocess.run(
            list(args), env=_env(self.socket), capture_output=True, text=True, timeout=30
        )

    def stop(self) -> None:
        """Stop the print service (as when CUPS is not running)."""
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def printed(self, timeout: float = 60.0) -> list[Path]:
        """The PDFs cups-pdf wrote, once every job of the queue is done."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pending = self.admin("lpstat", "-o", self.name).stdout.strip()
            done = sorted(self.out.glob("*.pdf"))
            if done and not pending:
                return done
            time.sleep(0.2)
        raise AssertionError(f"nothing printed to {self.out}: {self.log()}")

    def log(self) -> str:
        error_log = self.socket.parent / "log" / "error_log"
        return error_log.read_text(errors="replace")[-2000:] if error_log.exists() else ""


def _env(socket: Path) -> dict[str, str]:
    return {**os.environ, "CUPS_SERVER": str(socket), "LC_ALL": "C"}


def _why_not() -> str | None:
    if os.geteuid() != 0:
        return "a private cupsd and the cups-pdf settings in /etc/cups need root"
    for path in (CUPSD, CUPS_PDF_BACKEND, CUPS_PDF_PPD):
        if not path.exists():
            return (
                f"{path} is missing: apt-get install cups printer-driver-cups-pdf "
                "(scripts/bootstrap.sh dev installs them)"
            )
    if shutil.which("lp") is None or shutil.which("lpadmin") is None:
        return "lp and lpadmin are missing: apt-get install cups-client"
    return None


def _write_config(root: Path, socket: Path) -> None:
    for folder in ("etc/ppd", "spool/tmp", "cache", "state", "log", "out"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    root.chmod(0o755)  # the filters run as lp
    (root / "etc" / "cupsd.conf").write_text(
        f"Listen {socket}\nWebInterface No\nLogLevel info\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    places = {
        "ServerRoot": "etc",
        "RequestRoot": "spool",
        "TempDir": "spool/tmp",
        "CacheDir": "cache",
        "StateDir": "state",
        "ErrorLog": "log/error_log",
        "AccessLog": "log/access_log",
        "PageLog": "log/page_log",
        "Printcap": "state/printcap",
    }
    lines = [f"{key} {root / value}" for key, value in places.items()]
    lines += ["User lp", "Group lp", "SystemGroup root", "FileDevice No"]
    (root / "etc" / "cups-files.conf").write_text("\n".join(lines) + "\n")


def _start(root: Path, socket: Path) -> subprocess.Popen[bytes]:
    etc = root / "etc"
    process = subprocess.Popen(
        [str(CUPSD), "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + START_WAIT
    while time.monotonic() < deadline and process.poll() is None:
        answer = subprocess.run(
            ["lpstat", "-r"], env=_env(socket), capture_output=True, text=True, timeout=10
        )
        if "is running" in answer.stdout and "not" not in answer.stdout:
            return process
        time.sleep(0.1)
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=10)
    pytest.skip(f"cupsd did not start here (a container without the rights it needs?): {root}")


def _use_server(socket: Path | None) -> None:
    """Point this process's libcups (Qt's printer list) at ``socket``; None: the default.

    libcups reads CUPS_SERVER once per thread and keeps it, so setting the variable is not
    enough once Qt has asked for printers."""
    name = ctypes.util.find_library("cups")
    if name is None:
        return
    cups = ctypes.CDLL(name)
    cups.cupsSetServer.argtypes = [ctypes.c_char_p]
    cups.cupsSetServer(str(socket).encode() if socket else None)


@pytest.fixture
def cups_queue(monkeypatch: pytest.MonkeyPatch) -> Iterator[CupsQueue]:
    """A running private CUPS with a cups-pdf queue, the default destination of this test."""
    reason = _why_not()
    if reason is not None:
        pytest.skip(reason)
    # Not under pytest's folder: that is private to root, and the filters run as lp. A short
    # path, too: a Unix socket's path must fit in 108 bytes.
    root = Path(tempfile.mkdtemp(prefix="pfp-cups-"))
    socket = root / "s"
    _write_config(root, socket)
    name = f"pfp-{uuid.uuid4().hex[:8]}"
    config = CONFIG_DIR / f"cups-pdf-{name}.conf"
    config.write_text(f"Out {root / 'out'}\nAnonDirName {root / 'out'}\nLabel 0\nGrp root\n")
    queue: CupsQueue | None = None
    try:
        queue = CupsQueue(name, root / "out", socket, _start(root, socket))
        added = queue.admin(
            "lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{name}", "-P", str(CUPS_PDF_PPD)
        )
        assert added.returncode == 0, added.stderr
        queue.admin("lpadmin", "-d", name)
        monkeypatch.setenv("CUPS_SERVER", str(socket))
        _use_server(socket)
        yield queue
    finally:
        _use_server(None)
        if queue is not None:
            queue.stop()
        config.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
