#!/usr/bin/env bash
# Sets up (first run) and launches PfP Desktop on the shipped catalogue.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
scripts/bootstrap.sh run
# Until the desktop window lands, the app is the catalogue listing.
.venv/bin/pfp summits
echo
exec .venv/bin/pfp list "$@"
