"""Ctrl+Shift+O: mark notes as questions the room could not answer, or unmark them.

On the board it takes the selected cards; from the note line, or the wall being typed into,
the note just typed, or the note still in the line: it is added first, then marked.

The minutes list open questions on their summary page, and a follow-up session starts with
them (roundtable.follow_up). The mark is an edit of the note like any other: one undo step
for all the notes marked at once, kept through a restart.
"""

from __future__ import annotations

from typing import Any

from roundtable.model import counted
from ui.commands import UpdateNote, brief

KEYS = "Ctrl+Shift+O"


def notes_to_mark(window: Any) -> list[int]:
    """On the board, the selected cards; anywhere else (the note line, the wall typed into
    on one screen, a panel) the note just typed or pasted in this window, even when a
    phone's note came in after it (else the round's newest)."""
    if window.board.hasFocus():
        return list(window.selected_note_ids())
    rid = window.shown_round_id()
    notes = window.store.notes(rid) if rid is not None else []
    typed = window.typed_note_id
    if typed in {n.id for n in notes}:
        # Typed here, not the newest note: a phone's note that came in since took the mark.
        return [typed]
    if typed is not None and window.store.note(typed).deleted:
        # The note typed last was deleted or undone: an older note took the mark.
        return []
    return [max(n.id for n in notes)] if notes else []


def add_typed_note(window: Any) -> tuple[bool, str]:
    """A question typed in the note line but not added yet (Enter not pressed) is the one
    meant: it was left in the line while the note before it was marked. Added as Enter adds
    it; (whether a note was added, what adding it said)."""
    if window.board.hasFocus() or not window.entry.text().strip():
        return False, ""
    rid = window.shown_round_id()
    newest = max((n.id for n in window.store.notes(rid)), default=0) if rid is not None else 0
    before = window.statusBar().currentMessage()
    window.capture()  # says why when it cannot add it (too long, disk full), and keeps it
    said = window.statusBar().currentMessage()
    rid = window.shown_round_id()
    added = rid is not None and any(n.id > newest for n in window.store.notes(rid))
    return added, (said if said != before else "")


def toggle_open_question(window: Any) -> None:
    """Mark the notes as open questions, or unmark them when every one is marked."""
    typed, said = add_typed_note(window)
    if not typed and window.entry.text().strip() and not window.board.hasFocus():
        return  # the line's note could not be added: what capture said stands
    ids = notes_to_mark(window)
    if not ids:
        window.show_status(
            f"Type the question as a note or select its card, then press {KEYS} to mark it"
            " as an open question."
        )
        return
    notes = [window.store.note(i) for i in ids]
    mark = not all(n.open_question for n in notes)
    changing = [n for n in notes if n.open_question != mark]
    label = "Mark as open question" if mark else "Unmark open question"
    stack = window.undo_stack
    if len(changing) > 1:
        stack.beginMacro(f"{label}: {counted(len(changing), 'note')}")
    try:
        with window.signals.batch():
            for n in changing:
                stack.push(
                    UpdateNote(window.store, n.id, f"{label} “{brief(n.text)}”", open_question=mark)
                )
    finally:
        if len(changing) > 1:
            stack.endMacro()
    one = len(notes) == 1
    what = f"“{brief(notes[0].text)}”" if one else counted(len(notes), "note")
    it = "it" if one else "them"
    if typed:
        window.show_status(
            f"Added {what} as an open question: the minutes list it, and a follow-up session"
            " starts with it (Ctrl+Z unmarks it, Ctrl+Z again takes the note out)."
            + (f" {said}" if said else "")  # what adding it said: a name not on the roster
        )
    elif mark:
        window.show_status(
            f"Marked {what} as {'an open question' if one else 'open questions'}: the minutes"
            f" list {it}, and a follow-up session starts with {it} (Ctrl+Z undoes)."
        )
    else:
        window.show_status(
            f"{what[0].upper()}{what[1:]}: no longer an open question (Ctrl+Z undoes)."
        )
