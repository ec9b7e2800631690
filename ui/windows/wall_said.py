"""What the presenter view's top line says of a key pressed on the wall, in the room's
language (the "said." words of roundtable/export/languages/room_said.py).

On one screen the view covers the main window and the room reads its top line: in a German
session it read "Notes count as marketing now (Ctrl+1 sales, Ctrl+3 other)." and "Undone:
Add note …" in English above German questions. The facilitator still needs a word that
the key worked, so the view says it short, in the room's language; what the status bar
says in more detail (the re-planned minutes round by round, a name not on the roster)
waits in the main window, and the view says so. An English room reads the status bar's
own sentences, as before.
"""

from __future__ import annotations

import re

from roundtable.export.languages import Words
from roundtable.model import FUNCTIONS
from ui.windows.note_said import NoteRead

# The status bar's sentences these words stand for, by how they begin.
TOO_LONG = re.compile(r"A note can be at most (\d+) characters; this one has (\d+)")
PINNED = re.compile(r"The wall shows round (\d+) ")


def _side(words: Words, function: str) -> str:
    return words(f"page.{function}")  # as the phone page names the three sides


def _key(function: str) -> int:
    return list(FUNCTIONS).index(function) + 1


def said_of_key(words: Words, action: str, said: str) -> str:
    """The top line after the main window's `action` ran from the wall and its status bar
    said `said` (in English)."""
    ctrl = words("said.ctrl")
    function = action.removeprefix("function")
    if function in FUNCTIONS:
        keys = ", ".join(
            words("said.key", ctrl=ctrl, n=_key(f), side=_side(words, f))
            for f in FUNCTIONS
            if f != function
        )
        return words("said.function", side=_side(words, function), keys=keys)
    minutes = {"addMinuteAction": 1, "addFiveAction": 5}
    pinned = PINNED.match(said)
    if action == "openQuestionAction" and said.startswith("Marked "):
        return words("said.marked", ctrl=ctrl)
    if action == "openQuestionAction" and said.startswith("Added "):
        return words("said.asked", ctrl=ctrl)
    if action == "undoAction" and said.startswith("Undone"):
        return words("said.undone", ctrl=ctrl)
    if action == "redoAction" and said.startswith("Redone"):
        return words("said.redone", ctrl=ctrl)
    if action in minutes and " now has " in said:
        return words.count(minutes[action], "said.minutes", ctrl=ctrl)
    if action == "replanAction" and said.startswith("Re-planned"):
        return words("said.replanned", ctrl=ctrl)
    if action == "wallThisRoundAction" and said.startswith("The wall follows"):
        return words("said.follows")
    if action == "wallThisRoundAction" and pinned is not None:
        return words("said.pinned", n=pinned.group(1))
    return words("said.more")


def said_of_note(words: Words, said: str, *, refused: bool, read: NoteRead | None) -> str:
    """The top line after Enter on the wall: the note was refused (`said` is why), or it
    was added and `read` tells what it counted as."""
    if refused:
        too_long = TOO_LONG.match(said)
        if too_long is None:
            return words("said.not_added")
        return words("said.too_long", most=too_long.group(1), n=too_long.group(2))
    if read is None:
        return words("said.more")
    if read.after != read.before:
        ctrl = words("said.ctrl")
        text = words(
            "said.next_back",
            side=_side(words, read.after),
            ctrl=ctrl,
            n=_key(read.before),
            before=_side(words, read.before),
        )
    else:
        text = words("said.next", side=_side(words, read.after))
    if read.unknown is not None or read.hidden_by is not None:
        text += " " + words("said.more")
    return text
