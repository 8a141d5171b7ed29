#!/bin/sh
# Adds PfP Desktop to your applications menu, for you only (no administrator rights needed).
# Run it from the unpacked folder: ./install-desktop-entry.sh   (--remove takes the entry away)
# If you move the folder, run it again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry=$data/applications/org.gfmd.PfPDesktop.desktop

if [ "${1:-}" = --remove ]; then
  rm -f "$entry"
  find "$data/icons/hicolor" -name pfp-desktop.png -path '*/apps/*' -delete 2>/dev/null || true
  echo "PfP Desktop is no longer in your applications menu."
  exit 0
fi

for icon in "$here"/icons/*/apps/pfp-desktop.png; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$icon" "$data/icons/hicolor/$size/apps/pfp-desktop.png"
done
mkdir -p "$data/applications"
# The menu runs this folder's program; quotes keep a path with spaces in one piece.
sed "s|^Exec=pfp-desktop\$|Exec=\"$here/pfp-desktop\"|" "$here/org.gfmd.PfPDesktop.desktop" \
  > "$entry.tmp"
mv "$entry.tmp" "$entry"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "PfP Desktop is now in your applications menu (it runs $here/pfp-desktop)."
