#!/usr/bin/env bash
# Builds PfP Desktop for Linux from this checkout, into dist/:
#   pfp-desktop-<version>-linux-x86_64.tar.gz   portable folder (no Python needed)
#   pfp-desktop_<version>_amd64.deb             installs to /opt/pfp-desktop
# Usage: packaging/build-linux.sh
# A build is kept under $PFP_BUILD_CACHE (default ~/.cache/pfp-desktop-build), named by the
# hash of everything that goes into it, so building unchanged sources again only copies files.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PFP_PYTHON:-python3}
cache=${PFP_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pfp-desktop-build}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/pyproject.toml" | head -n1)
name=pfp-desktop-$version
tarball=$name-linux-x86_64.tar.gz
deb=pfp-desktop_${version}_amd64.deb

say() { printf 'pfp build: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# The tools, and the X libraries Qt's xcb platform needs: PyInstaller copies them into the
# portable folder only if they are on this machine (not every delegate's Linux has them).
build_packages="binutils python3-venv libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"

check_tools() {
  local missing=() pkg
  command -v dpkg-query >/dev/null || die "this script builds on Debian or Ubuntu (dpkg-deb)"
  for pkg in $build_packages; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  "$python" -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -eq 0 ]; then
    say "installing build packages: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends "${missing[@]}"
  else
    die "missing packages. Install them, then run this again:
    sudo apt-get install -y --no-install-recommends ${missing[*]}"
  fi
}

# Everything the build reads: tracked (or new, not ignored) files of these paths, and Python
# (documentation and the other platforms' files are left out: editing them changes no byte).
content_hash() {
  local paths=(src data/pfp.sqlite data/source/partner-relations.csv resources pyproject.toml
    requirements/run.txt scripts/translations_build.py
    requirements/packaging.txt packaging/build-linux.sh packaging/pfp-desktop.spec
    packaging/entry_window.py packaging/entry_cli.py packaging/make_icons.py packaging/linux)
  {
    cd "$root"
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
      git ls-files -co --exclude-standard -- "${paths[@]}"
    else
      find "${paths[@]}" -type f -not -path '*/__pycache__/*'
    fi | LC_ALL=C sort | while IFS= read -r file; do [ -f "$file" ] && sha256sum "$file"; done
    "$python" -VV; uname -m
  } | sha256sum | cut -c1-16
}

# The build's own venv: the app's pins plus PyInstaller (requirements/packaging.txt).
build_venv() {
  local key venv
  key=$({ cat "$root/requirements/run.txt" "$root/requirements/packaging.txt"; "$python" -VV; } \
    | sha256sum | cut -c1-16)
  venv=$cache/venv-$key
  if [ ! -f "$venv/.complete" ]; then
    say "creating the build venv $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check \
      -r "$root/requirements/packaging.txt" 2> >(grep -v "^WARNING: Location" >&2)
    touch "$venv/.complete"
  fi
  echo "$venv"
}

freeze() {  # $1 venv, $2 work folder -> $2/dist/pfp-desktop
  say "rendering the icons"
  "$1/bin/python" "$root/packaging/make_icons.py" "$2/icons"
  say "compiling the translations"
  "$1/bin/python" "$root/scripts/translations_build.py"
  say "freezing with PyInstaller (a few minutes)"
  PFP_ICONS="$2/icons" QT_QPA_PLATFORM=offscreen "$1/bin/python" -m PyInstaller \
    --noconfirm --clean --log-level WARN --distpath "$2/dist" --workpath "$2/pyinstaller" \
    "$root/packaging/pfp-desktop.spec"
}

make_tarball() {  # $1 work folder, $2 output folder
  local stage=$1/tar/$name
  mkdir -p "$stage"
  cp -a "$1/dist/pfp-desktop/." "$stage/"
  sed "s/@VERSION@/$version/" "$root/packaging/linux/README-delegate.txt" > "$stage/README.txt"
  cp "$root/packaging/linux/install-desktop-entry.sh" "$stage/"
  cp "$root/packaging/linux/org.gfmd.PfPDesktop.desktop" "$stage/"
  cp -a "$1/icons/hicolor" "$stage/icons"
  say "packing $tarball"
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@"$(source_date)" \
    -C "$1/tar" -cf - "$name" | gzip -9n > "$2/$tarball"
}

source_date() {
  git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s
}

make_deb() {  # $1 work folder, $2 output folder
  local stage=$1/deb size
  "$root/packaging/linux/deb-tree.sh" "$1/dist/pfp-desktop" "$1/icons/hicolor" "$stage" \
    "$version" "$(source_date)"
  size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
  sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$stage/DEBIAN/control"
  say "packing $deb"
  dpkg-deb --root-owner-group -Zxz --build "$stage" "$2/$deb" >/dev/null
}

work=
build() {  # $1 output folder
  local venv
  check_tools
  mkdir -p "$cache"
  venv=$(build_venv)
  work=$(mktemp -d "$cache/work.XXXXXX")
  trap 'rm -rf "${work:?}"' EXIT
  freeze "$venv" "$work"
  mkdir -p "$work/out"
  make_tarball "$work" "$work/out"
  make_deb "$work" "$work/out"
  rm -rf "$1" && mv "$work/out" "$1"
}

main() {
  local hash kept
  hash=$(content_hash)
  kept=$cache/$hash
  if [ -f "$kept/$tarball" ] && [ -f "$kept/$deb" ]; then
    say "unchanged sources: reusing the build $kept"
  else
    build "$kept"
    # Older builds only take room: keep the three newest.
    ls -1dt "$cache"/[0-9a-f]*[0-9a-f] 2>/dev/null | tail -n +4 | xargs -r rm -rf
  fi
  mkdir -p "$root/dist"
  cp "$kept/$tarball" "$kept/$deb" "$root/dist/"
  say "wrote dist/$tarball ($(du -m "$root/dist/$tarball" | cut -f1) MB)"
  say "wrote dist/$deb ($(du -m "$root/dist/$deb" | cut -f1) MB)"
}

main
