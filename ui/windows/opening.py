"""What the status line says as a session opens: everything that needs saying, a line each.

Several things may need saying when a window opens on a session: the round's clock ran on
while it was closed, a note typed and not added is back in the note line, the board is on
the round looked at when it closed rather than the clock's, the file is read-only, a
damaged file was rescued into a copy. Each was shown as it came, so only the last one was
left to read. While the window opens (until it is shown, so what File > Open says just
after building it counts too, or the event loop's first turn if that comes first), what is
said is gathered into one message, a line each, in the order said, shown 8 seconds a line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from roundtable.timing import format_clock, remaining, round_after

SHOWN_MS_A_LINE = 8000


class OpeningWords(QObject):
    """Gathers the window's status messages while it opens (see the module's docstring)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.lines: list[str] = []
        self.opening = True
        window.installEventFilter(self)
        QTimer.singleShot(0, self, self.opened)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.opened()
        return False

    def say(self, text: str) -> bool:
        """Add `text` to the opening message and show it all; False once the window is open
        (the caller then shows it as any message)."""
        if not self.opening:
            return False
        if text and text not in self.lines:
            self.lines.append(text)
        shown = "\n".join(self.lines)
        self.window.statusBar().showMessage(shown, SHOWN_MS_A_LINE * max(1, len(self.lines)))
        return True

    def opened(self) -> None:
        if self.opening:
            self.opening = False
            self.window.removeEventFilter(self)


def _how_long(seconds: float) -> str:
    """A while in words: "under a minute", "4 min", "2 h 5 min"."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return "under a minute"
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"


def _state(left: float, timebox_s: int, *, then: bool) -> str:
    """ "has 05:00 left", "is 06:43 over its 20 min" (or "had", "was" for `then`)."""
    if left >= 0:
        return f"{'had' if then else 'has'} {format_clock(left)} left"
    if then:
        return f"was {format_clock(-left)} over"
    return f"is {format_clock(-left)} over its {timebox_s // 60} min"


def say_clock_ran_on(window: Any) -> None:
    """Opened with a round's clock running (after a flat battery, say): the clock went on
    while the session was closed, which the room may not expect; it said nothing. Said
    with where the round stood at the file's last change and where it is now: "ran on
    while closed: 06:43 over" read as if all of it was run over while the app was down."""
    rid = window.store.session().current_round_id
    rnd = window.store.round(rid) if rid is not None else None
    if rnd is None or not rnd.is_running:
        return
    now = window.clock()
    left = remaining(rnd, now)
    ran_on = f"Round {rnd.position}'s clock ran on while the app was closed"
    last = window.store.events(limit=1)
    saved = last[0].at.timestamp() if last else None
    if saved is not None and saved <= now:
        # The last change on disk: the app was open then, closed some time after.
        ran_on += (
            f". At the last change saved, {_how_long(now - saved)} ago, the round"
            f" {_state(remaining(rnd, saved), rnd.timebox_s, then=True)}; now it"
        )
    else:
        ran_on += ": now it"
    if left >= 0:
        window.show_status(
            f"{ran_on} {_state(left, rnd.timebox_s, then=False)}. Ctrl+Space pauses it;"
            " Ctrl+Up gives a minute more."
        )
        return
    # Past its timebox while closed: it said "+12:00 left" and offered one more minute.
    after = round_after(rnd, window.store.rounds())
    then = (
        f"goes on to round {after.position}, {after.title}"
        if after is not None
        else "ends the session"
    )
    window.show_status(
        f"{ran_on} {_state(left, rnd.timebox_s, then=False)}. Ctrl+Space pauses it;"
        f" Ctrl+Right {then}."
    )


def tell_notes_may_be_missing(
    parent: Any, text: str, *, title: str = "Notes may be missing"
) -> None:
    """A box that stays until read, over `parent`, for a file copied while its session was
    open: an eight-second status line went unread among the other words of opening, and
    once the file had been opened for writing and closed, no later opening said it again.
    Not blocking (window-modal, `open`), so the window behind is ready when it is closed."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("notesMayBeMissingBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
