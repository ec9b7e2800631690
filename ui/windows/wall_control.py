"""The presenter view's round: the round on the clock, or one put there by hand.

MainWindow mixes this in; it expects presenter, store, entry, _shown, _current, show_status
and activateWindow (the main window's own).
"""

from __future__ import annotations

from typing import Any


class WallControl:
    """F5 shows or hides the wall; Shift+F5 puts the round open here on it."""

    presenter: Any
    store: Any
    entry: Any
    _shown: int | None
    _wall_pin: int | None  # a round put on the wall by hand, until the clock moves on

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
