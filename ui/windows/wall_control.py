"""The presenter view's round (the round on the clock, or one put there by hand) and the
main window's keys that work in the view, and in the window's other windows (the comparison
chart on its own).

MainWindow mixes this in; it expects presenter, store, entry, _shown, _current, show_status
and activateWindow (the main window's own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from roundtable.model import FUNCTIONS
from roundtable.timing import session_over
from ui.windows.wall_said import said_of_key, said_of_note

# Keys of the main window that work in the presenter view too (on one screen it has the
# keyboard while notes are typed into it): the clock's, the function of the next notes, and
# undo and redo. Ctrl+2 and Ctrl+Z did nothing there: a note typed as sales stayed sales.
# Ctrl+R too: a round that overran was re-planned only after Esc to the main window, and
# the key pressed on the wall did nothing, saying nothing.
WALL_KEYS = (
    ("Ctrl+Space", "startAction"),
    ("Ctrl+Right", "nextAction"),
    ("Ctrl+Up", "addMinuteAction"),
    ("Ctrl+Shift+Up", "addFiveAction"),
    ("Ctrl+R", "replanAction"),
    ("Shift+F5", "wallThisRoundAction"),  # back to the clock's round from the wall
    ("Ctrl+F5", "wallActionsAction"),  # the commitments on the wall, and back
    ("Ctrl+1", "functionsales"),
    ("Ctrl+2", "functionmarketing"),
    ("Ctrl+3", "functionother"),
    ("Ctrl+Z", "undoAction"),
    ("Ctrl+Shift+Z", "redoAction"),
    ("Ctrl+Shift+O", "openQuestionAction"),  # the note just typed on the wall
)

# Keys of the facilitator's own work that need the main window: pressed on the wall (one
# screen, the wall in front) after a round, Ctrl+T, Ctrl+Shift+V or Ctrl+Shift+A did nothing
# and said nothing until Esc. They bring the main window back, as Esc does, and run there.
BACK_TO_WORK_KEYS = (
    "Ctrl+T",  # suggest themes
    "Ctrl+Shift+T",  # sort the rest into themes
    "Ctrl+Shift+V",  # votes
    "Ctrl+Alt+V",  # vote from phones
    "Ctrl+Shift+A",  # action items
    "Ctrl+F",  # find notes
    "Ctrl+Shift+J",  # notes from phones
    "Ctrl+Shift+P",  # people
    "Ctrl+E",  # export minutes
    "F1",  # the keys
)

# Keys that act on the cards selected on the board: not from a window that shows no cards.
BOARD_ONLY = ("editNoteAction", "deleteNoteAction")


def pass_keys(
    view: QWidget, keys: Iterable[tuple[str, QAction]], run: Callable[[QAction], None]
) -> list[QShortcut]:
    """Shortcuts in `view`, another window, that run the main window's actions through `run`:
    an action's shortcut works only while its own window is active."""
    passed = []
    for sequence, action in keys:
        shortcut = QShortcut(QKeySequence(sequence), view)
        shortcut.setAutoRepeat(False)  # a held key must not run through the agenda
        shortcut.activated.connect(lambda action=action: run(action))
        passed.append(shortcut)
    return passed


class WallControl:
    """F5 shows or hides the wall; Shift+F5 puts the round open here on it."""

    presenter: Any
    store: Any
    entry: Any
    _shown: int | None
    _wall_pin: int | None  # a round put on the wall by hand, until the clock moves on
    _wall_pin_clock: int | None = None  # the round on the clock when it was put there
    _commitments_clock: int | None = None  # the round on the clock when they were put up
    clock: Any
    findChild: Any
    statusBar: Any
    actions: Any
    menuBar: Any
    _capture_error: str | None
    note_read: Any

    def _wire_wall_keys(self) -> None:
        actions = [(keys, self.findChild(QAction, name)) for keys, name in WALL_KEYS]
        shortcuts = pass_keys(self.presenter, actions, self._key_on_the_wall)
        names = [name for _keys, name in WALL_KEYS]
        self._presenter_keys = list(zip(shortcuts, names, strict=True))

    def wire_work_keys_on_the_wall(self) -> None:
        """BACK_TO_WORK_KEYS on the wall; called once the panels' actions are all there."""
        keys = [(k, a) for k, a in self.window_keys() if k in BACK_TO_WORK_KEYS]
        self._wall_work_keys = pass_keys(self.presenter, keys, self._back_to_work)

    def _back_to_work(self, action: QAction) -> None:
        if not action.isEnabled():
            # Off (read-only, or busy, as an export running): the wall stays and its top
            # line says why, as the main window's status bar does for the same key.
            self.presenter.say(self._why_off(action))
            return
        self.presenter.close_view()  # the main window back, with the keyboard, as Esc
        self.run_passed_key(action)

    def _why_off(self, action: QAction) -> str:
        """The wall's top line for a key whose action is off: in a read-only session, what
        the main window says of it (its reason); else that it waits in the main window."""
        what = action.text().replace("&", "").rstrip("…")
        words = self.presenter.wall.words
        reason = self.store.read_only_reason if self.store.read_only else None
        if reason is not None:
            if words.code != "en":
                return words("said.read_only")
            return f"Read-only: {what} cannot be used here. {reason}"
        if words.code != "en":
            return words("said.more")
        return f"{what} is not available right now: the main window says why (Esc)."

    def window_keys(self) -> list[tuple[str, QAction]]:
        """Each shortcut of the window's actions and menu entries (but the board's own), with
        its action: what another window of it passes on with `pass_keys`."""
        actions = list(self.actions())
        menus = [a.menu() for a in self.menuBar().actions() if a.menu()]
        while menus:
            menu = menus.pop()
            for a in menu.actions():
                if a.menu():
                    menus.append(a.menu())
                elif a not in actions:
                    actions.append(a)
        keys: dict[str, QAction] = {}
        for a in actions:
            if a.objectName() not in BOARD_ONLY:
                for sequence in a.shortcuts():
                    keys.setdefault(sequence.toString(), a)
        return list(keys.items())

    def run_passed_key(self, action: QAction) -> bool:
        """Run `action` for its key pressed in another window; False when it was undo or redo
        and took back the typing of a half-typed note instead, as in the main window."""
        line = self.entry
        if action.objectName() in ("undoAction", "redoAction") and line.text():
            line.undo() if action.objectName() == "undoAction" else line.redo()
            return False
        action.trigger()  # a disabled entry (the session is over, or read-only) does nothing
        return True

    def _key_on_the_wall(self, action: QAction) -> None:
        """Through the menu entry: a disabled one (the session is over, or read-only) does
        nothing from the view either. What the main window says of it is behind the view,
        so the view says it in its top line."""
        before, typed = self.statusBar().currentMessage(), self.entry.text()
        if not self.run_passed_key(action):  # a note half typed: the line's own undo first
            self.presenter.echo(self.entry.text())
            return
        if action.objectName() == "wallActionsAction":
            return  # the wall itself shows what the key did
        if self.entry.text() != typed:  # Ctrl+Shift+O added the note being typed
            self.presenter.echo(self.entry.text())
        said = self.statusBar().currentMessage()
        fn = action.objectName().removeprefix("function")
        words = self.presenter.wall.words
        if words.code != "en":  # the room reads the top line: in its language, short
            if fn in FUNCTIONS or (said and said != before):
                self.presenter.say(said_of_key(words, action.objectName(), said))
            return
        if fn in FUNCTIONS:
            keys = ", ".join(f"Ctrl+{i} {f}" for i, f in enumerate(FUNCTIONS, 1) if f != fn)
            self.presenter.say(f"Notes count as {fn} now ({keys}).")
        elif action.objectName() == "openQuestionAction" and said != before:
            # The window's sentence (what the minutes and a follow-up do with it) ran to five
            # lines on an 800x600 wall and pushed the question down: the room needs less.
            if said.startswith("Marked "):
                said = "Marked as an open question (Ctrl+Z undoes)."
            elif said.startswith("Added "):
                said = "Added as an open question (Ctrl+Z unmarks it, Ctrl+Z again takes it out)."
            self.presenter.say(said)
        elif said and said != before:
            self.presenter.say(said)

    def note_said_on_the_wall(self, said: str) -> str:
        """What the wall's top line says of a note typed there, for which the status bar
        says `said`: that sentence in an English room, else its room's words."""
        words = self.presenter.wall.words
        if words.code == "en":
            return said
        refused = said == self._capture_error
        return said_of_note(words, said, refused=refused, read=self.note_read)

    def toggle_presenter(self) -> None:
        if self.presenter.isVisible():
            self.presenter.hide()
            return
        self._sync_presenter()
        if self.presenter.present(self):  # on the projector: typing goes on here
            self.activateWindow()
            self.entry.setFocus()
        elif self.entry.text():
            # A note half typed in the line (before F5, or back after a crash) was not on
            # the view's top line, and keys typed there went on after the hidden words.
            self.presenter.echo(self.entry.text())

    def _sync_presenter(self) -> None:
        cur = self._current()
        if self.presenter.showing_commitments() and self._commitments_clock != (
            cur.id if cur is not None else None
        ):
            self.presenter.show_commitments(False)  # the next round started: its notes
        r = self._wall_round()
        if r is not None:
            cur = self._current()
            question = r.prompt
            if cur is not None and cur.id != r.id:
                # Under "Round 2 · 19:59", round 1's question did not say it was round 1's.
                question = self.presenter.wall.words(
                    "room.round_question", n=r.position, title=r.title, prompt=r.prompt
                )
            self.presenter.show_round(r.id, question)

    def _wall_round(self):
        """The round on the wall: the one put there (Shift+F5) until the clock moves on,
        else the round on the clock; once the session is over, the round open here."""
        rounds = {r.id: r for r in self.store.rounds()}
        cur = self._current()
        if self._wall_pin is not None:
            # Let go once the clock is on another round than when it was put there: Next
            # round starts the next one without a "current round set" event, and round 1
            # stayed on the wall under round 3's clock.
            clock_moved = (cur.id if cur is not None else None) != self._wall_pin_clock
            if self._wall_pin in rounds and not clock_moved:
                return rounds[self._wall_pin]
            self._wall_pin = None
        listed = list(rounds.values())
        over = cur is not None and session_over(
            cur, listed, self.clock(), self.added_since_the_end(cur, listed)
        )
        if over and self._shown in rounds:
            # No clock to follow: the wall showed the last round ("Done", its two notes)
            # while an organizer went through round 3's themes with the room afterwards.
            return rounds[self._shown]
        return cur

    def wall_this_round(self) -> None:
        """Put the round shown here on the wall (the room votes on round 1's themes while
        round 2's clock runs); again, or for the round on the clock, the wall follows the
        clock."""
        cur = self._current()
        shown = self._shown
        if shown is None:
            return
        if self.presenter.showing_commitments():
            self.presenter.show_commitments(False)  # a round on the wall: its notes again
        if self._wall_pin == shown or (cur is not None and cur.id == shown):
            self._wall_pin = None
            said = "The wall follows the round on the clock again."
        else:
            self._wall_pin = shown
            self._wall_pin_clock = cur.id if cur is not None else None
            # By number, not title: a long title ran the sentence to three lines of an
            # 800-pixel status bar, and the wall and the agenda show the title anyway.
            ids = [r.id for r in self.store.rounds()]
            back = f"round {ids.index(cur.id) + 1}" if cur is not None else "the clock's round"
            said = (
                f"The wall shows round {ids.index(shown) + 1} until the next round starts"
                f" (Shift+F5 again: back to {back})."
            )
        self._sync_presenter()
        if not self.presenter.isVisible():
            self.toggle_presenter()
        self.show_status(said)

    def commitments_back(self) -> None:
        """The commitments in the wall's place again, for the round on the clock (the view
        comes back after a crash as it was: wall_back.py)."""
        cur = self._current()
        self._commitments_clock = cur.id if cur is not None else None
        self.presenter.show_commitments(True)

    def wall_commitments(self) -> None:
        """Put the session's commitments on the wall in place of the notes (the room reads
        them back and each owner confirms); again, the notes come back. The next round, or
        a round put on the wall (Shift+F5), brings the notes back too."""
        closed = not self.presenter.isVisible()
        on = closed or not self.presenter.showing_commitments()
        if on:
            self.commitments_back()
        else:
            self.presenter.show_commitments(False)
        if closed:
            self.toggle_presenter()
        self.show_status(
            "The wall was not open: it opens with the commitments (F5 closes it)."
            if closed
            else "The wall shows the commitments (Ctrl+F5 again: back to the notes)."
            if on
            else "The wall shows the notes again."
        )
