"""The presenter view's round (the round on the clock, or one put there by hand) and the
main window's keys that work in the view.

MainWindow mixes this in; it expects presenter, store, entry, _shown, _current, show_status
and activateWindow (the main window's own).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence, QShortcut

from roundtable.model import FUNCTIONS

# Keys of the main window that work in the presenter view too (on one screen it has the
# keyboard while notes are typed into it): the clock's, the function of the next notes, and
# undo and redo. Ctrl+2 and Ctrl+Z did nothing there: a note typed as sales stayed sales.
WALL_KEYS = (
    ("Ctrl+Space", "startAction"),
    ("Ctrl+Right", "nextAction"),
    ("Ctrl+Up", "addMinuteAction"),
    ("Ctrl+Shift+Up", "addFiveAction"),
    ("Shift+F5", "wallThisRoundAction"),  # back to the clock's round from the wall
    ("Ctrl+1", "functionsales"),
    ("Ctrl+2", "functionmarketing"),
    ("Ctrl+3", "functionother"),
    ("Ctrl+Z", "undoAction"),
    ("Ctrl+Shift+Z", "redoAction"),
)


class WallControl:
    """F5 shows or hides the wall; Shift+F5 puts the round open here on it."""

    presenter: Any
    store: Any
    entry: Any
    _shown: int | None
    _wall_pin: int | None  # a round put on the wall by hand, until the clock moves on
    findChild: Any
    statusBar: Any

    def _wire_wall_keys(self) -> None:
        self._presenter_keys = []
        for keys, name in WALL_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self.presenter)
            shortcut.setAutoRepeat(False)  # a held key must not run through the agenda
            action = self.findChild(QAction, name)
            shortcut.activated.connect(lambda action=action: self._key_on_the_wall(action))
            self._presenter_keys.append((shortcut, name))

    def _key_on_the_wall(self, action: QAction) -> None:
        """Through the menu entry: a disabled one (the session is over, or read-only) does
        nothing from the view either. What the main window says of it is behind the view,
        so the view says it in its top line."""
        line = self.entry
        if action.objectName() in ("undoAction", "redoAction") and line.text():
            # A note half typed: the line's own undo first, as in the main window.
            line.undo() if action.objectName() == "undoAction" else line.redo()
            self.presenter.echo(line.text())
            return
        before = self.statusBar().currentMessage()
        action.trigger()
        said = self.statusBar().currentMessage()
        fn = action.objectName().removeprefix("function")
        if fn in FUNCTIONS:
            keys = ", ".join(f"Ctrl+{i} {f}" for i, f in enumerate(FUNCTIONS, 1) if f != fn)
            self.presenter.say(f"Notes count as {fn} now ({keys}).")
        elif said and said != before:
            self.presenter.say(said)

    def toggle_presenter(self) -> None:
        if self.presenter.isVisible():
            self.presenter.hide()
            return
        self._sync_presenter()
        if self.presenter.present(self):  # on the projector: typing goes on here
            self.activateWindow()
            self.entry.setFocus()

    def _sync_presenter(self) -> None:
        r = self._wall_round()
        if r is not None:
            self.presenter.show_round(r.id, r.prompt)

    def _wall_round(self):
        """The round on the wall: the one put there (Shift+F5) until the clock moves on,
        else the round on the clock."""
        if self._wall_pin is not None:
            pinned = next((r for r in self.store.rounds() if r.id == self._wall_pin), None)
            if pinned is not None:
                return pinned
            self._wall_pin = None
        return self._current()

    def wall_this_round(self) -> None:
        """Put the round shown here on the wall (the room votes on round 1's themes while
        round 2's clock runs); again, or for the round on the clock, the wall follows the
        clock."""
        cur = self._current()
        shown = self._shown
        if shown is None:
            return
        if self._wall_pin == shown or (cur is not None and cur.id == shown):
            self._wall_pin = None
            said = "The wall follows the round on the clock again."
        else:
            self._wall_pin = shown
            title = self.store.round(shown).title
            said = (
                f"The wall shows “{title}” until the next round starts"
                " (Shift+F5 again: back to the round on the clock)."
            )
        self._sync_presenter()
        if not self.presenter.isVisible():
            self.toggle_presenter()
        self.show_status(said)
