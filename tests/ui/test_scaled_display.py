"""The app on a laptop whose display is scaled (125%, 150%, 200%, as Windows and macOS set
many laptops): Qt draws it at QT_SCALE_FACTOR, so 1366x768 at 125% is a 1093x614 screen of
the app's pixels, each 1.25 of the screen's. The scale is fixed when Qt starts, so each
check runs the example session in an app of its own (a child process, offscreen, on a
screen of the given size) and reads back what it measured."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The child's start: the example session in a main window at the scale given, with its
# settings in a folder of their own; `settle()` lets queued work run, `report()` answers.
START = """
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

folder = Path(sys.argv[1])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
app = QApplication([])
from roundtable.demo import write_demo
from ui.app import open_window
from ui.windows.example_session import show_fullest_round

def settle(turns=20):
    for _ in range(turns):
        app.processEvents()
        time.sleep(0.01)

def report(**said):
    print(json.dumps(said), flush=True)

def finish():
    # The window closed (its file let go); then out at once: Qt's own teardown at the
    # interpreter's exit crashed now and then, after the report.
    win.close()
    settle()
    os._exit(0)

win = open_window(write_demo(folder / "example.roundtable"), clock=lambda: 1_800_000_000.0)
win.show()
show_fullest_round(win)  # round 3: five themes, 18 notes
win.activateWindow()
settle()
"""


def in_scaled_app(tmp_path: Path, scale: float, screen: tuple[int, int], steps: str) -> dict:
    """What `steps` report, run after START in an app at `scale` on a `screen` of that
    many of the screen's own pixels."""
    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
                    | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        ),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "PYTHONPATH": str(ROOT),
    }
    out = subprocess.run(
        [sys.executable, "-c", START + steps, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


SCALES = [(1.25, (1366, 768)), (1.5, (1920, 1080))]

CARDS = """
from ui.windows.card_images import CardImages

def as_shown_and_as_drawn(view):
    shown = view.viewport().grab().toImage()
    kept = CardImages.paint
    CardImages.paint = lambda self, painter, option, index, state, draw: draw(
        painter, option, index
    )
    try:
        view.viewport().update()
        drawn = view.viewport().grab().toImage()
    finally:
        CardImages.paint = kept
    return shown, drawn

board, board_drawn = as_shown_and_as_drawn(win.board)
win.toggle_presenter()  # F5: the wall, the whole screen
settle()
wall, wall_drawn = as_shown_and_as_drawn(win.presenter.wall)
report(
    ratio=board.devicePixelRatio(),
    board=board == board_drawn,
    wall=wall == wall_drawn,
)
finish()
"""


@pytest.mark.parametrize("scale,screen", SCALES)
def test_cards_are_as_sharp_as_drawn_at_a_scaled_display(tmp_path, scale, screen):
    # Plain cards are drawn once into an image and copied after (card_images.py). At 125%
    # and 150% a card's edges fall between the screen's pixels, and the copy was
    # stretched onto them: the board's and the wall's notes came out blurred.
    got = in_scaled_app(tmp_path, scale, screen, CARDS)
    assert got["ratio"] == scale
    assert got["board"], "the board's cards differ from the cards drawn directly"
    assert got["wall"], "the wall's cards differ from the cards drawn directly"


PHONES = """
import asyncio
import qasync
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
import ui.phones_action

loop = qasync.QEventLoop(app, already_running=False)
asyncio.set_event_loop(loop)
ui.phones_action.join_addresses = lambda: ["127.0.0.1"]  # this machine stands for the Wi-Fi

def until(condition):
    async def wait():
        for _ in range(1000):
            if condition():
                return
            await asyncio.sleep(0.01)
    loop.run_until_complete(wait())

def colours(window, label):
    # The colours of `label` in `window` as drawn on the screen's pixels.
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    where = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    part = image.copy(
        round(where.x() * ratio), round(where.y() * ratio),
        int(where.width() * ratio), int(where.height() * ratio),
    )
    seen = {QColor(part.pixel(x, y)).name() for y in range(part.height())
            for x in range(part.width())}
    return seen - {window.palette().color(window.backgroundRole()).name()}  # round the code

QTest.keyClick(win.entry, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier
               | Qt.KeyboardModifier.ShiftModifier)
dialog = win.findChild(QDialog, "phonesDialog")
QTest.mouseClick(dialog.findChild(QPushButton, "phonesStart"), Qt.MouseButton.LeftButton)
until(lambda: win.phones.server.served is not None)
settle()
area = dialog.screen().availableGeometry()
close = dialog.findChild(QPushButton, "phonesClose")
dialog_code = colours(dialog, dialog.findChild(QLabel, "phonesCode"))
win.toggle_presenter()  # F5: the wall, with the code beside the clock
settle()
wall = win.presenter
wall_code = colours(wall, wall.join.code)
report(
    screen=[area.x(), area.y(), area.width(), area.height()],
    dialog=[dialog.frameGeometry().x(), dialog.frameGeometry().y(),
            dialog.frameGeometry().width(), dialog.frameGeometry().height()],
    close_visible=close.isVisible(),
    close_on_screen=area.contains(QRect(close.mapToGlobal(QPoint(0, 0)), close.size())),
    dialog_code=sorted(dialog_code),
    wall_code=sorted(wall_code),
    wall_code_shown=wall.join.code.isVisible(),
)
win.close()
until(lambda: win.phones.server.served is None)
finish()
"""

BLACK_AND_WHITE = ["#000000", "#ffffff"]


@pytest.fixture(scope="module")
def phones_at(tmp_path_factory):
    """What PHONES measured at a scale and screen of SCALES (each run once)."""
    runs: dict[float, dict] = {}

    def measured(scale: float, screen: tuple[int, int]) -> dict:
        if scale not in runs:
            folder = tmp_path_factory.mktemp(f"phones-{scale}")
            runs[scale] = in_scaled_app(folder, scale, screen, PHONES)
        return runs[scale]

    return measured


@pytest.mark.parametrize("scale,screen", SCALES)
def test_the_phone_dialog_started_stays_on_a_scaled_screen(phones_at, scale, screen):
    got = phones_at(scale, screen)
    # Started, the dialog grows by the code and the address, down from where it opened:
    # at 125% on 1366x768 (a 614-pixel screen) Copy address, Stop and Close went below
    # the screen's foot.
    x, y, width, height = got["screen"]
    dx, dy, dwidth, dheight = got["dialog"]
    assert got["close_visible"] and got["close_on_screen"], got
    assert x <= dx and dx + dwidth <= x + width and y <= dy and dy + dheight <= y + height, got


@pytest.mark.parametrize("scale,screen", SCALES)
def test_the_code_to_scan_is_crisp_at_a_scaled_display(phones_at, scale, screen):
    got = phones_at(scale, screen)
    # Black squares on white, nothing between, in the dialog and on the wall: made at the
    # app's pixels and stretched by the display's scale, every square's edge was a grey
    # blur, which a phone reading the projected wall blurs further.
    assert got["dialog_code"] == BLACK_AND_WHITE
    assert got["wall_code_shown"] and got["wall_code"] == BLACK_AND_WHITE


def test_the_code_to_scan_is_crisp_at_twice_the_pixels(phones_at):
    # At 200% a code whose size in the screen's pixels is odd is half a pixel of the app's
    # too wide: the label handed back a copy resized by a pixel, and the wall's code was
    # drawn stretched, every square's edge grey.
    got = phones_at(2.0, (2560, 1600))
    assert got["dialog_code"] == BLACK_AND_WHITE
    assert got["wall_code_shown"] and got["wall_code"] == BLACK_AND_WHITE
