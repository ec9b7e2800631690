"""Quitting while phones are sending notes closes the app quietly. At the end of a session
with the phone server still on, Ctrl+Q closed the window and then showed "Unexpected
error: Something went wrong; the session is still open … Event loop stopped before Future
completed": Qt ended the app's loop as the last window closed, before the server's stop
(begun as the window closed) was done. The app runs in a child process, as started."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from roundtable.demo import write_demo

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, socket, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

app = QApplication(sys.argv[:1])
import ui.app
import ui.phones_action as phones_action

phones_action.join_addresses = lambda: ["127.0.0.1"]
seen = {}

def window():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")

def start_phones():
    win = window()
    win.findChild(QAction, "phonesAction").trigger()  # Session > Notes from phones…
    start = win.findChild(QDialog, "phonesDialog").findChild(QPushButton, "phonesStart")
    QTest.mouseClick(start, Qt.MouseButton.LeftButton)
    QTimer.singleShot(300, quit_when_served)

def quit_when_served():
    win = window()
    if win.phones.server.served is None:
        QTimer.singleShot(100, quit_when_served)
        return
    seen["port"] = win.phones.server.served.port
    win.findChild(QDialog, "phonesDialog").close()
    win.findChild(QAction, "quitAction").trigger()  # File > Quit

QTimer.singleShot(500, start_phones)
try:
    seen["rc"] = ui.app.main(["roundtable-app", sys.argv[1]])
except RuntimeError as err:
    seen["error"] = str(err)
try:
    socket.create_connection(("127.0.0.1", seen["port"]), timeout=1).close()
    seen["listening"] = True
except OSError:
    seen["listening"] = False
print(json.dumps(seen))
"""


def test_quit_with_phones_on_ends_without_an_error(tmp_path: Path) -> None:
    session = write_demo(tmp_path / "demo.roundtable")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_STATE_HOME": str(home / ".state"),
        "XDG_DATA_HOME": str(home / ".data"),
        "PYTHONPATH": str(ROOT),
    }
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(session)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert "error" not in seen, seen
    assert seen["rc"] == 0
    assert not seen["listening"]  # the server stopped with the app
    shutil.rmtree(home, ignore_errors=True)
