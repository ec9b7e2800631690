"""The presenter view's top line, beside the clock: what the facilitator types on the wall,
a word from the main window, and standing words (the session running late, notes from phones
waiting), over the hint of how to leave the view. `PresenterWindow` (presenter.py) makes the
line (`self.hint`) and mixes this in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from ui.windows.capture import hide_mentions

# The size of the note being typed, echoed in the view's top line (the timer is 48 points).
ECHO_POINTS = 24
# What the main window says of a key pressed here ("not on the roster", "Undone: ...").
SAY_POINTS = 16


class TopLine:
    """The top line's words; needs the view's `hint`, `timer`, `wall`, `_grey`, `_typed`,
    `_saying`, `_offer`, `_waiting`, `_echoed_beside` and `_place_key_later`."""

    def clock_set(self) -> None:
        """The clock was given its text: a wider one ("+00:10" after "00:10") left the note
        being typed, measured beside the narrower, too long for its line, which wrapped
        under the clock and pushed the question down until the next key."""
        other_width = self.timer.sizeHint().width() != self._echoed_beside
        if self._typed and not self._saying and other_width:
            self._echo(self._typed)

    def echo(self, text: str) -> None:
        """Show `text` as the note being typed (the line changed by a key of the window)."""
        self._echo(text)

    def say(self, text: str) -> None:
        """A word for the facilitator in the top line, until the next key typed: in dark
        type big enough to read from the keyboard (the hint's small grey was not)."""
        self._saying = True
        font = self.hint.font()
        font.setPointSize(SAY_POINTS)
        self.hint.setFont(font)
        self.hint.setStyleSheet("")
        self.hint.setText(text)
        self._place_key_later()  # clear of the word's lines

    def offer(self, text: str) -> None:
        """A standing word in the top line while nothing is typed or said ("" for none):
        on one screen the projected end and the Re-plan button are behind this view, and
        a round six minutes over showed only "+06:00". A new word of it takes the place of
        what the view last said (the last note's function stood there for minutes)."""
        if text == self._offer:
            return
        self._offer = text
        if not self._typed and (text or not self._saying):
            self._echo("")

    def waiting(self, text: str) -> None:
        """A standing word, as `offer`, that notes from phones wait to be let in ("" for
        none): on one screen the tray that shows them is behind this view, and a
        facilitator typing on the wall did not know that phone notes were waiting."""
        if text == self._waiting:
            return
        self._waiting = text
        if not self._typed and not self._saying:
            self._echo("")

    def _standing(self) -> str:
        return "  ·  ".join(word for word in (self._offer, self._waiting) if word)

    def _echo(self, text: str) -> None:
        """Show the note being typed in the top line, large enough to read from the
        facilitator's seat (the hint itself stays small and grey). A note longer than the
        line shows its end, where the typing is, after an ellipsis."""
        self._typed = text
        self._saying = False
        self._echoed_beside = self.timer.sizeHint().width()
        if not self.wall.show_names:  # the room must not read who said it
            text = hide_mentions(text, [p.name for p in self.wall.store.participants()])
        font = self.hint.font()
        # The late word as big as what the view says (the hint's small type was not read).
        font.setPointSize(
            ECHO_POINTS if text else SAY_POINTS if self._standing() else self.font().pointSize()
        )
        self.hint.setFont(font)
        if text:
            metrics = QFontMetrics(font)
            # The room beside the clock (the label's own width lags behind a fresh show).
            margins = self.layout().contentsMargins()
            room = self.width() - margins.left() - margins.right()
            room -= self.timer.sizeHint().width() + 2 * max(self.layout().spacing(), 6)
            w = self.wall.words
            line = w("room.typing", text=text)
            if metrics.horizontalAdvance(line) > room:  # no room for the reminder
                room -= metrics.horizontalAdvance(w("room.typing_short", text=""))
                tail = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, max(room, 40))
                line = w("room.typing_short", text=tail)
            self.hint.setText(line)
        else:
            self.hint.setText(self._standing() or self.wall.words("room.hint"))
        self.hint.setStyleSheet("" if text or self._standing() else self._grey)
        self._place_key_later()  # clear of the line's words
