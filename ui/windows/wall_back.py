"""The presenter view comes back after a crash or a flat battery.

Mid-session the laptop died with the wall on the projector; on restart the notes, the clock
and undo were all back, but the projector showed the desktop (or, on one screen, the main
window with its panels) until the facilitator thought of F5. Whether the view is up is kept
(QSettings, by the file's path, as it is shown or hidden); a window opening on a session
whose round is on the clock (running or paused) with the view kept up shows it again and
says so, when the session was changed in the last two hours (the laptop died in the room,
not the day before). Closing the window hides the view first, so a session closed on purpose
opens without it.

What the view shows is kept beside it: the session's commitments (Ctrl+F5) came back as the
round's notes while the room was reading them back, and the owners confirming them lost
their place. Kept in QSettings too, as the view's being up is (the file stays as it was),
and written as they go up or come down.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

# How long after the session's last change a restart still puts the view back.
BACK_WITHIN_S = 2 * 60 * 60
# The settings' key (by the file's path) of whether the view shows the commitments.
COMMITMENTS = "presenterCommitments"


def _key(window: Any, what: str = "presenterUp") -> str:
    return f"{what}/{Path(window.store.path).resolve().as_posix()}"


def _kept(value: object) -> bool:
    return value in (True, "true")


class WallBack(QObject):
    """Keeps whether `window`'s presenter view is up, and shows it again on opening."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.pending = self._was_up() and self._on_the_clock() and self._lately()
        self.commitments = self.pending and _kept(QSettings().value(_key(window, COMMITMENTS)))
        window.presenter.installEventFilter(self)
        window.presenter.commitments_shown.connect(self._keep_commitments)
        if self.pending:
            window.installEventFilter(self)
            # Said as the window opens, with what else is said then (the clock ran on).
            what = " with the commitments" if self.commitments else ""
            window.show_status(
                f"The presenter view is back{what}, as it was when the session closed."
            )

    def _was_up(self) -> bool:
        return _kept(QSettings().value(_key(self.window)))

    def _keep_commitments(self, on: bool) -> None:
        settings = QSettings()
        settings.setValue(_key(self.window, COMMITMENTS), on)
        settings.sync()  # as for the view itself: no later moment to write it

    def _lately(self) -> bool:
        """The session was last changed lately: the laptop died in the room. Opened the next
        day on the same laptop (to read it or export the minutes), the session had not come
        back up full screen over the desktop."""
        last = self.window.store.events(limit=1)
        return bool(last) and self.window.clock() - last[-1].at.timestamp() < BACK_WITHIN_S

    def _on_the_clock(self) -> bool:
        store = self.window.store
        rid = store.session().current_round_id
        rnd = store.round(rid) if rid is not None else None
        return rnd is not None and rnd.ended_at is None and (rnd.is_running or rnd.elapsed_s > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        # Hidden along with its window (the window hidden as a process ends) is not hidden
        # by the facilitator: only F5, Esc or closing the window say the view is down.
        hidden_by_hand = kind == QEvent.Type.Hide and self.window.isVisible()
        if watched is self.window.presenter and (kind == QEvent.Type.Show or hidden_by_hand):
            settings = QSettings()
            settings.setValue(_key(self.window), kind == QEvent.Type.Show)
            if kind == QEvent.Type.Show:  # what it shows, not what it showed another time
                showing = self.window.presenter.showing_commitments()
                settings.setValue(_key(self.window, COMMITMENTS), showing)
            settings.sync()  # a flat battery leaves no later moment to write it
        elif watched is self.window and kind == QEvent.Type.Show and self.pending:
            self.pending = False
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._show_again)
        return False

    def _show_again(self) -> None:
        if self.window.presenter.isVisible() or getattr(self.window, "_closed", False):
            return
        if self.commitments:
            self.window.commitments_back()
        self.window.toggle_presenter()
