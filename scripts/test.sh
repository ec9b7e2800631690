#!/usr/bin/env bash
# Set up if needed, then run the whole test suite (Qt runs offscreen; no display needed).
#   bash scripts/test.sh [PYTEST ARGS...]
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
"${ROUNDTABLE_VENV:-.venv}/bin/python" -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure, not a pass." >&2
  exit 1
fi
exit "$rc"
