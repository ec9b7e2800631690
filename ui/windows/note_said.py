"""What the status line says after a note is typed: who the note counted as and who the
next notes count as, whenever the line had a prefix (s:, m:, o:) or an @name.

Each note's message replaces the one before. Only a prefix changed it, so after an @name
note of a person of another function the line still read "The next notes count as
marketing too", which called the sales person's note a marketing note. A plain note says
nothing (the coloured function beside the line and its card say it), and the message an
earlier note left is taken away, since it spoke of that note.
"""

from __future__ import annotations

from dataclasses import dataclass

# The keys that set each function, as the status bar names them.
FUNCTION_KEYS = {"sales": "s: or Ctrl+1", "marketing": "m: or Ctrl+2", "other": "o: or Ctrl+3"}


@dataclass(frozen=True)
class NoteRead:
    """A note as it was added: its function, whose it is, and how the line set them."""

    function: str  # the function the note counts as
    before: str  # the function the line was set to before the note
    after: str  # the function the line is set to now (a prefix keeps its function)
    prefix: str | None = None  # "s", "m" or "o" when the line began with one
    person: str | None = None  # the roster name an @name matched
    person_function: str | None = None
    hidden_by: str | None = None  # the function filter that hides the new card
    unknown: str | None = None  # what to say of an @name that names nobody on the roster
    # False while the board hides writers' names (an anonymous session): the status line
    # must not say them either, on a screen the room may see.
    names_shown: bool = True


def next_notes(read: NoteRead) -> str:
    """ "the next notes count as marketing too (s: or Ctrl+1 switches back to sales)"."""
    if read.after != read.before:
        back = FUNCTION_KEYS[read.before]
        return f"the next notes count as {read.after} too ({back} switches back to {read.before})"
    if read.after == read.function:
        return f"the next notes count as {read.after} too"
    return f"the next notes still count as {read.after}"


def still_counts(before: str, now: str) -> str:
    """After Ctrl+Z on a note typed with a prefix, which the undo does not take back: "The
    next notes still count as marketing (s: or Ctrl+1 switches back to sales)."."""
    said = f"The next notes still count as {now}"
    if now != before and before in FUNCTION_KEYS:
        said += f" ({FUNCTION_KEYS[before]} switches back to {before})"
    return f"{said}."


def said_of_note(read: NoteRead) -> str:
    """The status line after the note, or "" when nothing about it needs saying."""
    said = []
    if read.unknown is not None:  # first: the name typed was not taken
        said.append(read.unknown)
    if read.hidden_by is not None:
        # Added, but its card is hidden by Alt+1/2/3: said, or it looks lost.
        said.append(
            f"Added as a {read.function} note; the board shows {read.hidden_by} notes only"
            " (Alt+0 shows all)."
        )
    if read.person is not None:
        # "s: @Ben": the prefix, not Ben's function, says what the note counts as.
        typed = f" ({read.prefix}: typed)" if read.person_function != read.function else ""
        whose = f"{read.person}'s note" if read.names_shown else "The note of the person named"
        said.append(f"{whose} counts as {read.function}{typed}; {next_notes(read)}.")
    elif read.unknown is not None:
        said.append(f"The note counts as {read.function}; {next_notes(read)}.")
    elif read.prefix is not None:
        text = next_notes(read)
        said.append(f"{text[:1].upper()}{text[1:]}.")
    return " ".join(said)
