#!/usr/bin/env bash
# Set up if needed, then start the Roundtable app. With no session file given, the app
# opens its start screen, where the example session is one click away.
#   bash scripts/start.sh [SESSION.roundtable]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec "${ROUNDTABLE_VENV:-.venv}/bin/roundtable-app" "$@"
