#!/usr/bin/env bash
# Sets up everything PfP Desktop needs, idempotently: checks Python 3.11+, the Debian
# libraries Qt needs, creates .venv and installs the exact pins of requirements/<kind>.txt.
# Usage: scripts/bootstrap.sh run|dev     (run: the app; dev: the app plus the test tools)
set -euo pipefail

kind=${1:?usage: scripts/bootstrap.sh run|dev}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$root/.venv"
python=${PFP_PYTHON:-python3}

say() { printf 'pfp setup: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

check_python() {
  command -v "$python" >/dev/null || die "Python 3.11 or newer is needed ('$python' not found; set PFP_PYTHON)."
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "Python 3.11 or newer is needed; '$python' is $("$python" -V 2>&1)."
}

# Offscreen Qt (tests, screenshots) needs these; a real window also needs the xcb ones.
qt_packages="libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 fonts-dejavu-core"
# The test suite also checks exported PDFs with qpdf and renders them with poppler, prints
# packs on a private CUPS with the cups-pdf virtual printer, and checks the frozen build's
# packages with the freedesktop validators and lintian.
dev_packages="qpdf poppler-utils cups printer-driver-cups-pdf desktop-file-utils appstream lintian"
xcb_packages="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

missing_packages() {
  local wanted="$qt_packages" pkg
  [ "$kind" = run ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && wanted="$wanted $xcb_packages"
  [ "$kind" = dev ] && wanted="$wanted $dev_packages"
  "$python" -c 'import ensurepip' 2>/dev/null || wanted="$wanted python3-venv"
  for pkg in $wanted; do
    # Ubuntu 24.04 renamed some libraries with a t64 suffix.
    installed "$pkg" || installed "${pkg}t64" || echo "$pkg"
  done
}

check_system_packages() {
  command -v dpkg-query >/dev/null || { say "not a Debian/Ubuntu system: skipping the library check"; return; }
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  [ -z "${missing// /}" ] && return
  if [ "$(id -u)" -eq 0 ]; then
    say "installing system libraries: $missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  else
    die "these system libraries are missing. Install them, then run this again:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing"
  fi
}

make_venv() {
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sys' 2>/dev/null; then
    say "creating $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
  fi
}

install_pins() {
  local lock="$root/requirements/$kind.txt" stamp="$venv/.pfp-$kind.sha256" digest
  digest=$(cat "$root/requirements/"*.txt "$root/pyproject.toml" | sha256sum | cut -d' ' -f1)
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$digest" ] && return
  say "installing the pinned packages of requirements/$kind.txt"
  # (The grep drops pip's notes about unreadable local index folders of this machine.)
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$lock" 2> >(grep -v "^WARNING: Location" >&2)
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e "$root"
  echo "$digest" > "$stamp"
}

# Bytecode for our sources, as an installed package would have: where PYTHONDONTWRITEBYTECODE
# is set, every start would otherwise compile them again (~60 ms of start-up). Up-to-date
# files are skipped, so this costs nothing after the first run.
compile_sources() {
  "$venv/bin/python" -m compileall -q "$root/src" >/dev/null
}

# The translations (.mo for packs and pages, .qm for the window) from their sources, each run:
# an edited .po or .ts shows on the next ./run.sh.
compile_translations() {
  "$venv/bin/python" "$root/scripts/translations_build.py"
}

check_python
check_system_packages
make_venv
install_pins
compile_sources
compile_translations
