"""View > Larger cards / Smaller cards / Cards at normal size (Ctrl++, Ctrl+-, Ctrl+0).

The board's type and its smallest card grow and shrink together, in steps from 80% to
200%: for a laptop screen mirrored to the room without the presenter view, for tired eyes
late in the day, or for more cards at once on a small screen. The size is kept for the
next start (it belongs to the screen and the facilitator, not to the session file). The
presenter view sizes its own cards to fit the wall and is not changed by it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QFont, QKeySequence

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
KEY = "board/zoom"


class BoardZoom:
    """The zoom step of one window's board."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.board = window.board
        self.points = self.board.font().pointSizeF()
        self.card = QSize(self.board.card_size)
        self.step = STEPS.index(1.0)
        kept = QSettings().value(KEY)
        try:
            if kept is not None and float(kept) in STEPS:
                self.apply(STEPS.index(float(kept)), say=False)
        except (TypeError, ValueError):
            pass  # a hand-edited settings file: normal size

    def apply(self, step: int, say: bool = True) -> None:
        step = max(0, min(len(STEPS) - 1, step))
        scale = STEPS[step]
        if step != self.step:
            self.step = step
            font = QFont(self.board.font())
            font.setPointSizeF(self.points * scale)
            self.board.setFont(font)
            # Cards widen less than their type grows: at 150% two columns still fit where
            # two did (a card 1.5 times as wide left one column on a 1366-pixel screen).
            w, h = self.card.width() * scale**0.5, self.card.height() * scale
            self.board.card_size = QSize(round(w), round(h))
            self.board.rebuild()
            QSettings().setValue(KEY, scale)
        if say:
            edge = {0: " (the smallest)", len(STEPS) - 1: " (the largest)"}.get(step, "")
            back = "" if scale == 1.0 else " Ctrl+0: normal size."
            self.window.show_status(f"Cards at {round(scale * 100)}%{edge}.{back}")


def install(window: MainWindow) -> None:
    zoom = BoardZoom(window)
    window.board_zoom = zoom
    entries = (
        ("Larger cards", ("Ctrl++", "Ctrl+="), 1, "zoomInAction"),
        ("Smaller cards", ("Ctrl+-",), -1, "zoomOutAction"),
        ("Cards at normal size", ("Ctrl+0",), 0, "zoomResetAction"),
    )
    for text, keys, by, name in entries:
        action = QAction(text, window, objectName=name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        if by:
            action.triggered.connect(lambda _=False, by=by: zoom.apply(zoom.step + by))
        else:
            action.triggered.connect(lambda _=False: zoom.apply(STEPS.index(1.0)))
        window.menu("View").addAction(action)
        window.addAction(action)
