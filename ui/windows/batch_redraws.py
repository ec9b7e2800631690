"""Redrawing the board and the wall once per batch of changes, and a big batch in two turns.

A command that moves many notes (Accept all, a merge, an undo of either) is announced as one
batch (ui.bridge). The board and the wall are redrawn once, when the batch is announced. A
board of a hundred cards or more is redrawn a moment later: in the same turn as the store's
write, Accept all on a 150-note round held the UI for about 60 ms, over the 50 ms a
facilitator may notice. A wall not on screen is not redrawn at all (showing it draws it,
`MainWindow.toggle_presenter`): each vote typed or note moved redrew the hidden wall of a
150-note round (about 20 ms) for nobody. The Votes panel, redrawn whole after a batch, waits
for a big board too and is redrawn in a turn of its own after it (`after_board_turn`): in
the click's turn it made Accept all on 150 notes hold the UI for about 22 ms, and the
board's turn after it another 28 ms. (The Themes panel is not made to wait: a new theme's
name editor opens in it right after Ctrl+G.) The wall on screen, a hundred items or more,
is redrawn after a batch in a turn of its own after the board's and the panels'
(`_wall_now`): in the click's turn it held the UI for about 23 ms of the click's 33-45 ms,
and its fit, layout and paint right after took the longest stall to 65-90 ms.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from ui.windows.wall_follows import WallFollows

# What the facilitator does on the board: the board must show the store first.
_HANDS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.DragEnter,
    }
)

# After a batch, a board of this many cards and headers is redrawn a moment later: redrawing
# them is what takes the time (about 0.1 ms a card); a smaller round is redrawn at once.
BIG_BOARD = 100


class BatchRedraws(QObject):
    """What a batch of changes asks to redraw, and when it is redrawn."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.board = self.wall = False
        self._then: list = []  # what waits for the board to show the store (after_board)
        self.board_later = QTimer(self, singleShot=True, interval=0)
        self.board_later.timeout.connect(self._board_now)
        self._panels: list = []  # panel redraws waiting for the turn after the board's
        self.panels_later = QTimer(self, singleShot=True, interval=0)
        self.panels_later.timeout.connect(self._panels_now)
        self._wall_waits = False  # the wall's redraw waits for the board's and the panels'
        self.wall_later = QTimer(self, singleShot=True, interval=0)
        self.wall_later.timeout.connect(self._wall_now)
        window.board.installEventFilter(self)
        window.board.viewport().installEventFilter(self)
        self.follows = WallFollows(window)  # a note typed: the board first, then the wall

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """A key or a click on the board while its redraw waits: the redraw is done first.
        Del pressed right after Accept all moved the keyboard by the old board's order."""
        if event.type() in _HANDS and self.board_later.isActive():
            self.board_later.stop()
            self._board_now()
        return False

    def note(self, *, shown: bool) -> None:
        """One change of the batch; `shown` when it is in the round on the board."""
        self.board |= shown
        self.wall = True

    def flushed(self) -> None:
        """The batch is announced: redraw what it changed."""
        board, wall = self.board, self.wall
        big = self.window.board.count() >= BIG_BOARD
        self.board = self.wall = False
        if board and big:
            self.board_later.start()
        elif board:
            self.window.board.rebuild()
        if wall:
            self._wall_after_batch()

    def _wall_after_batch(self) -> None:
        """A big wall on screen waits for a turn of its own, after the board's redraw and the
        panels' when they wait too; a small one is redrawn now."""
        presenter = self.window.presenter
        if not presenter.isVisible() or presenter.wall.count() < BIG_BOARD:
            self.redraw_wall()
            return
        self._wall_waits = True
        if not self.board_later.isActive() and not self.panels_later.isActive():
            self.wall_later.start()
        # Else _board_now or _panels_now starts it once their own turn is done.

    def redraw_wall(self) -> None:
        """Redraw the wall if it is on screen (a hidden one is drawn when shown)."""
        self._wall_waits = False
        self.wall_later.stop()
        if self.window.presenter.isVisible():
            self.window.presenter.wall.rebuild()

    def after_board(self, step) -> None:
        """Call `step` once the board shows the store: now, or right after its redraw a moment
        later. Ctrl+Z after a delete on a board of a hundred cards looked for the card it
        brought back on the board not yet redrawn, and left it unselected."""
        if self.board_later.isActive():
            self._then.append(step)
        else:
            step()

    def after_board_turn(self, redraw) -> None:
        """Call a panel's `redraw` now, or, while the board's redraw waits, in a turn of its
        own after the board's (once however often it is asked). What shows a row of such a
        panel goes through here too, so it comes after the redraw that would undo it."""
        if not self.board_later.isActive() and not self.panels_later.isActive():
            redraw()
        elif redraw not in self._panels:
            self._panels.append(redraw)

    def _board_now(self) -> None:
        self.window.board.rebuild()
        if self._panels:
            # Not in this turn: the board's redraw and its painting are what this turn holds.
            # Started first, so that a step below showing a panel's row waits for it too.
            self.panels_later.start()
        elif self._wall_waits:
            self.wall_later.start()
        then, self._then = self._then, []
        for step in then:
            step()

    def _panels_now(self) -> None:
        panels, self._panels = self._panels, []
        for redraw in panels:
            redraw()
        if self._wall_waits and not self.board_later.isActive():
            self.wall_later.start()

    def _wall_now(self) -> None:
        if self._wall_waits:
            self.redraw_wall()

    def stop(self) -> None:
        self.follows.stop()
        self.board_later.stop()
        self.panels_later.stop()
        self.wall_later.stop()
        self._wall_waits = False
        self._then.clear()
        self._panels.clear()
