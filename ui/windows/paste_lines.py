"""Several lines pasted into the capture line: a note a line, added in one undoable step.

They come from Ctrl+V, Shift+Insert or the menu's Paste, or are dropped on the line or
pasted with the middle button (capture_ways_in.py).

A facilitator pastes a list from a chat or an email. Each line that says something is read
as Enter reads a typed line (an `s:` / `m:` / `o:` prefix that stays set for the lines
after it, `@name` at its start or end); the notes are added in one transaction, and one
Ctrl+Z takes all of them back. What was already typed in the line stays as it was.

A line the Enter path would refuse (too long, nothing left once its name is read) is not
lost: the status bar names it and why, and it goes into the empty note line to correct;
with the line in use (or for a second such line) it is put on the clipboard instead, so
Ctrl+V brings it back once the line is free. A read-only window changes nothing and says
so, as it does for Enter.

Text bigger than the note line can hold (32,767 characters, where QLineEdit cut a paste
without a word) is never put in it: a paste that big (or a drop, or the middle button's
paste) is refused whole and said, and a pasted line that big goes to the clipboard, not
cut into the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable.model import (
    MAX_NOTE_CHARS,
    Function,
    InvalidInput,
    counted,
    validate_note_text,
)
from roundtable.store import NewNote, SessionFileError
from roundtable.word_lists import listed
from ui.commands import AddNotes
from ui.windows.capture import has_prefix, split_prefix
from ui.windows.note_said import FUNCTION_KEYS


@dataclass
class ReadLines:
    """Pasted lines read as notes: what can be added, what cannot (line number, line,
    reason), the names kept as typed, and the function set for the notes after them."""

    notes: list[NewNote] = field(default_factory=list)
    refused: list[tuple[int, str, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    function: Function = "sales"
    prefixed: bool = False  # a line had a prefix (s:, m:, o:), so the function may change


def read_lines(window: Any, round_id: int, lines: list[str]) -> ReadLines:
    """Read each line as the capture line reads a typed one, in order."""
    read = ReadLines(function=window.function)
    for number, line in enumerate(lines, 1):
        body, sticky = split_prefix(line, read.function)
        read.prefixed = read.prefixed or has_prefix(line)
        if has_prefix(line) and not body:  # "m:" alone: the lines after it count for marketing
            read.function = sticky
            continue
        text, fn, pid, unknown = window._read_marks(line, read.function)
        read.function = sticky
        try:
            text = validate_note_text(text)
        except InvalidInput as err:
            read.refused.append((number, line, str(err)))
            continue
        read.notes.append(NewNote(round_id, text, fn, pid, source="facilitator"))
        if unknown is not None and unknown not in read.unknown:
            read.unknown.append(unknown)
    return read


def add_pasted_lines(window: Any, lines: list[str], how: str = "clipboard") -> bool:
    """Add a note for each pasted line (see the module's docstring): pasted from the
    clipboard (`how` "clipboard"), dropped on the line ("drop") or the selected text pasted
    with the middle button ("selection"). False when no round is shown, so the paste stays
    the line edit's own."""
    rid = window.shown_round_id()
    if rid is None:
        return False
    read = read_lines(window, rid, lines)
    before = window.function
    if read.notes:
        line_before = before if read.prefixed else None
        try:
            command = AddNotes(window.store, read.notes, line_before)
            if not window.undo_stack.push(command):
                return True  # read-only: the stack said so, and nothing changed
            window.typed_note_id = max(command.ids, default=None)  # Ctrl+Shift+O marks it
        except InvalidInput as err:
            window.show_status(f"The {_LINES[how]} were not added: {err}")
            return True
        except SessionFileError as err:  # a full disk: no note of the paste was kept
            still = "still"
            if how != "clipboard":  # kept where Ctrl+V finds them, as a paste's are
                QApplication.clipboard().setText("\n".join(lines))
                still = "now"
            lines_said = _LINES[how]
            said = (
                f"{lines_said.capitalize()} not saved; they are {still} on the clipboard"
                " (Ctrl+V tries again)."
            )
            window.show_status(said)
            window._capture_error = said  # goes once typing resumes
            QMessageBox.warning(
                window,
                "Notes not saved",
                f"{err}\n\nThe {lines_said} are {still} on the clipboard: press Ctrl+V in the"
                " note line to try again.",
            )
            return True
    window._set_function(read.function)
    said = (
        [f"Added {counted(len(read.notes), 'note')} from the {_LINES[how]}."] if read.notes else []
    )
    if read.function != before:
        said.append(
            f"The next notes count as {read.function} ({FUNCTION_KEYS[before]} switches back"
            f" to {before})."
        )
    shown_only = window.board.function_filter
    hidden = [n for n in read.notes if shown_only not in (None, n.function)]
    if hidden:
        said.append(
            f"{len(hidden)} of them {'is' if len(hidden) == 1 else 'are'} hidden: the board"
            f" shows {shown_only} notes only (Alt+0 shows all)."
        )
    said.extend(_names_kept(window, read.unknown))
    if read.refused:
        said.append(_keep_refused(window, read.refused))
        window.show_status(" ".join(said))
        window._capture_error = " ".join(said)  # goes once typing resumes
    else:
        window.clear_capture_error()
        window.show_status(" ".join(said))
        window._note_said = " ".join(said)  # the next note typed takes its place
    return True


# The lines, by how they came (see add_pasted_lines).
_LINES = {"clipboard": "pasted lines", "drop": "dropped lines", "selection": "pasted lines"}


def _names_kept(window: Any, unknown: list[str]) -> list[str]:
    if len(unknown) == 1:
        return [window.unknown_text(unknown[0])]
    if unknown:
        names = ", ".join(f"“{n}”" for n in unknown[:-1]) + f" and “{unknown[-1]}”"
        return [
            f"{names} name nobody on the roster (or more than one person), so their notes"
            " keep the names as typed."
        ]
    return []


def _keep_refused(window: Any, refused: list[tuple[int, str, str]]) -> str:
    """Say which lines were not added and why, and keep them: the first in the empty note
    line, the others (or all, when the line is in use) on the clipboard."""
    why = " ".join(f"Line {n} was not added: {reason}" for n, _line, reason in refused)
    rest = refused
    where = []
    if not window.entry.text() and len(refused[0][1]) <= window.entry.maxLength():
        number, line, _reason = refused[0]
        window.entry.setText(line)
        rest = refused[1:]
        where.append(f"line {number} is in the note line to correct")
    if rest:
        QApplication.clipboard().setText("\n".join(line for _n, line, _r in rest))
        numbers = _numbers([n for n, _line, _r in rest])
        where.append(f"{numbers} {'is' if len(rest) == 1 else 'are'} on the clipboard (Ctrl+V)")
    kept = " and ".join(where)
    return f"{why} Nothing is lost: {kept}."


# What was refused, by how it came (see say_paste_too_big).
_REFUSED = {
    "clipboard": "Not pasted: the clipboard holds",
    "drop": "Not dropped: the text holds",
    "selection": "Not pasted: the selected text holds",
}


def say_paste_too_big(window: Any, length: int, how: str = "clipboard") -> None:
    """Say that `length` characters were refused, the line cannot hold them: pasted from
    the clipboard (`how` "clipboard"), dropped on the line ("drop"), or the selected text
    pasted with the middle button ("selection")."""
    said = (
        f"{_REFUSED[how]} {length:,} characters, more than the note line takes"
        f" ({window.entry.maxLength():,}); a note may have at most {MAX_NOTE_CHARS}."
    )
    if how == "clipboard":
        said += (
            " It is still on the clipboard: break it into lines of a note each, then paste it"
            " again (each line becomes a note)."
        )
    else:  # not on the clipboard: Ctrl+V would paste something else
        said += (
            " Copy it in lines of a note each and paste it with Ctrl+V (each line becomes a note)."
        )
    window.show_status(said)
    window._capture_error = said  # goes once typing resumes


def _numbers(numbers: list[int]) -> str:
    """ "line 4", "lines 2 and 4", "lines 2, 4 and 7"."""
    if len(numbers) == 1:
        return f"line {numbers[0]}"
    return "lines " + listed([str(n) for n in numbers])
