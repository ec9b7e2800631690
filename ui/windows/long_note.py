"""The warning under the note line while it holds more than a note may have.

Enter refuses a note over MAX_NOTE_CHARS with a message in the status bar, and the message
went at the next key while the text stayed in the line: the notes typed next ran on into it
and were all refused, unnoticed in front of a room. The warning stays under the line, saying
how far over it is and what to do, until the text is short enough; the text is never cut.

Each change of the line costs one length check; the note is read (prefix, `@name`) only
while the line is longer than a note may be.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy

from roundtable.model import MAX_NOTE_CHARS

# A pale red box with dark red words: it reads the same on a light or a dark window, and
# does not look like the amber "only sales notes shown" banner under it.
STYLE = (
    "QLabel { background: #fde7e9; color: #8a1116; border: 1px solid #d9898f;"
    " border-radius: 3px; padding: 3px 6px; font-weight: bold; }"
)


def too_long_text(length: int) -> str:
    """What the warning says of a note of `length` characters (over the limit)."""
    over = length - MAX_NOTE_CHARS
    return (
        f"{over:,} character{'s' if over != 1 else ''} too long for one note ({length:,}; the"
        f" most is {MAX_NOTE_CHARS}), so Enter will not add it. Shorten it, or split it:"
        " select the end, Ctrl+X, Enter, then Ctrl+V."
    )


class LongNoteWarning(QLabel):
    """Shown under `entry` while the note it holds (as `note_length` reads the line) is
    longer than MAX_NOTE_CHARS; hidden as soon as it is not."""

    def __init__(self, entry: QLineEdit, note_length: Callable[[str], int]) -> None:
        super().__init__(objectName="longNoteWarning")
        self.note_length = note_length
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        # As the filter banner: a wrapped line must not ask the window for width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(STYLE)
        self.setAccessibleName("Note too long")
        self.hide()
        entry.textChanged.connect(self.follow)

    def follow(self, text: str) -> None:
        # A line no longer than a note may be holds no note too long (the note is the line
        # less its prefix and name): the common case, one comparison.
        length = self.note_length(text) if len(text) > MAX_NOTE_CHARS else 0
        if length <= MAX_NOTE_CHARS:
            if not self.isHidden():
                self.hide()
            return
        said = too_long_text(length)
        if self.text() != said:
            self.setText(said)
        if self.isHidden():
            self.show()
