"""The wall takes a typed note once the facilitator's board has shown it.

With the wall on screen, a note typed into a round in themes was shown on the board and on
the wall in the same turn, and the wall's part (its columns planned again, every card put
in its place, its cards fitted to the room) came first half of the time: the facilitator
saw the card 20-30 ms after Enter on a 2,000-note session, where without the wall it took
5-7 ms. The board comes first now, and the wall in the turn right after the board's paint;
the room sees the card a few milliseconds later than before at most, the facilitator's
typing is answered at once, and notes that come in a burst (lines pasted) are placed on
the wall together.

Typed in the wall's own view (one screen, the wall in front), the wall is what the
facilitator looks at, and it takes the note at once.

When the board paints nothing (it shows another round than the wall, or the window is
minimised), the wall takes the notes after FALLBACK_MS.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

FALLBACK_MS = 20


class WallFollows(QObject):
    """Notes typed into the wall's round, put on the wall after the board's next paint."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._waiting: list[tuple[int, int]] = []  # (note id, the wall's round then)
        self._after_paint = False
        self._fallback = QTimer(self, singleShot=True, interval=FALLBACK_MS)
        self._fallback.timeout.connect(self.catch_up)
        window.board.viewport().installEventFilter(self)

    def note_added(self, note_id: int) -> None:
        presenter = self.window.presenter
        wall = presenter.wall
        if not presenter.isVisible() or presenter.isActiveWindow():
            # Hidden, it only keeps its list (wall.py); in front, it is the one looked at.
            wall.note_added(note_id)
            return
        self._waiting.append((note_id, wall.round_id))
        if not self._fallback.isActive():
            self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and self._waiting and not self._after_paint:
            self._after_paint = True
            QTimer.singleShot(0, self, self.catch_up)  # once this paint is done
        return False

    def catch_up(self) -> None:
        """Put the waiting notes on the wall now (also before anything else redraws it)."""
        self._after_paint = False
        self._fallback.stop()
        waiting, self._waiting = self._waiting, []
        wall = self.window.presenter.wall
        for note_id, round_id in waiting:
            # Redrawn since (it read the store) or moved to another round: nothing to add.
            if round_id == wall.round_id and wall.card(note_id) is None:
                wall.note_added(note_id)
        if waiting and waiting[-1][1] == wall.round_id:
            # The newest in view, also when a redraw (the view refitted) drew it first.
            wall.show_arrived(waiting[-1][0])

    def stop(self) -> None:
        self._fallback.stop()
        self._waiting.clear()
