#!/usr/bin/env bash
# Set up if needed, then start the Roundtable app. With no session file given, the first run
# opens the example session (written to the user's data folder); later runs show the start
# screen with recent sessions, new session from a template, and the example.
#   bash scripts/start.sh [SESSION.roundtable]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec "${ROUNDTABLE_VENV:-.venv}/bin/roundtable-app" --example-on-first-run "$@"
