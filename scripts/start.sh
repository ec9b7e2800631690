#!/usr/bin/env bash
# Set up if needed, then start the Roundtable app. With no session file given, the first run
# opens the example session (written to the user's data folder); later runs show the start
# screen with recent sessions, new session from a template, and the example.
#   bash scripts/start.sh [SESSION.roundtable]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
PY="${ROUNDTABLE_VENV:-.venv}/bin/python"

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: start Roundtable from a desktop session (or under xvfb-run)." >&2
  exit 1
fi

# On X11, Qt 6 needs the xcb helper libraries that some desktops do not install. The probe
# runs in a subshell so that its abort (the libraries missing) prints nothing alarming.
if [ -n "${DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] &&
   ! ("$PY" -c "from PySide6.QtWidgets import QApplication; QApplication([])"; exit $?) >/dev/null 2>&1; then
  pkgs="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
        libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the X11 libraries Qt needs to open a window..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null
  else
    echo "Qt cannot open a window: install these first: sudo apt-get install" $pkgs >&2
    exit 1
  fi
fi

exec "${ROUNDTABLE_VENV:-.venv}/bin/roundtable-app" --example-on-first-run "$@"
