#!/usr/bin/env bash
# Sets up (first run) and launches PfP Desktop on the shipped catalogue.
# Extra arguments go to pfp-desktop (see .venv/bin/pfp-desktop --help).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
scripts/bootstrap.sh run
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
  echo "run.sh: no desktop display here, so the window cannot open." >&2
  echo "run.sh: rendering it to pfp-desktop.png instead (open that file to see it)." >&2
  exec .venv/bin/pfp-desktop --screenshot pfp-desktop.png "$@"
fi
exec .venv/bin/pfp-desktop "$@"
