"""Showing what Ctrl+Z or Ctrl+Shift+Z changed: its cards selected and in view, its themes.

A command says what it changes with `cards_to_show(undone)` (note ids) and, when it changes
a theme itself (a rename, a merge), `themes_to_show(undone)` (theme ids); each part of a
macro is asked. Once the board shows the store (BatchRedraws.after_board), the window
shows the round they are in when it is another, selects the cards in one selection change
(the 150 cards of an Accept all undone: no second redraw), puts the first in view with the
keyboard, and has the Themes panel select the themes. Grouping, taking out, merging and
renaming left the selection where it was, so the room could not see what the step had done.
A part that answers `selection_after(undone)` (note ids: Accept all, Sort the rest) has
those selected instead, its cards only put in view: with the 150 cards of an Accept all
undone selected, the next Ctrl+G or Delete took them all.

Steps shown elsewhere than on the board say so the same way: `rounds_to_show(undone)` (round
ids: the first still there is shown and selected in the agenda), `votes_to_show(undone)`
((theme id, function or None) for the Votes panel) and `actions_to_show(undone)` ((action
id, field or None) for the Action items panel). The window hands the last two to the panels
with `rows_stepped(kind, rows)`; the panel comes to the front even when there is no row left
to select (an added item undone). Cards the function filter hides cannot be selected: the
status bar says how many, and how to show them.

A re-plan says `timeboxes_to_show(undone)`: the agenda lines of the rounds whose minutes
changed are marked until the next step, the board staying on its round (a note typed next
went to the round shown). A round added again by a redo (`added_to_show`) is marked the same
way, the board staying where the add itself left it. The dots per person say
`dots_to_show(undone)`: the Votes panel comes forward with the setting marked. A part's
`said_after(undone)` adds a sentence to the status bar's "Undone: …" ("Undone: Re-plan."
said nothing of the minutes it put back).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QUndoCommand
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from roundtable.store import Store
from ui.round_commands import RoundTimerCommand
from ui.windows.cards import ID, KIND

# A line or a control a step changed, marked until the next step (as the filter banner).
MARK_BACKGROUND, MARK_TEXT = "#fff4ce", "#5c4400"


def what_changed(command: QUndoCommand, undone: bool) -> tuple[list[int], list[int]]:
    """The notes and the themes a step changed, each once, in the order the step names them."""
    parts = [command.child(i) for i in range(command.childCount())] or [command]
    notes: dict[int, None] = {}
    themes: dict[int, None] = {}
    for part in parts:
        if hasattr(part, "cards_to_show"):
            notes.update(dict.fromkeys(part.cards_to_show(undone)))
        if hasattr(part, "themes_to_show"):
            themes.update(dict.fromkeys(part.themes_to_show(undone)))
    return list(notes), list(themes)


def selection_kept(command: QUndoCommand, undone: bool) -> list[int] | None:
    """The notes to select after the step when a part says so (`selection_after(undone)`),
    instead of the cards it moved; None when no part does."""
    parts = [command.child(i) for i in range(command.childCount())] or [command]
    asked = [part.selection_after(undone) for part in parts if hasattr(part, "selection_after")]
    if not asked:
        return None
    return [nid for ids in asked for nid in ids]


def rows_to_show(command: QUndoCommand, undone: bool) -> dict[str, list]:
    """What a step changed outside the board, by kind ("rounds", "timeboxes", "votes",
    "dots", "actions"): a kind is there when a part of the step answers for it, even with
    nothing left to show."""
    parts = [command.child(i) for i in range(command.childCount())] or [command]
    rows: dict[str, list] = {}
    for part in parts:
        for kind in ("rounds", "timeboxes", "added", "votes", "dots", "actions"):
            ask = getattr(part, f"{kind}_to_show", None)
            if ask is not None:
                kept = rows.setdefault(kind, [])
                kept += [row for row in ask(undone) if row not in kept]
    return rows


def said_after(command: QUndoCommand, undone: bool) -> str:
    """What the parts of a step add to "Undone: …" ("42 notes are ungrouped again.")."""
    parts = [command.child(i) for i in range(command.childCount())] or [command]
    words = (part.said_after(undone) for part in parts if hasattr(part, "said_after"))
    return " ".join(w for w in words if w)


def said_of_clock(window, command: QUndoCommand, undone: bool) -> str:
    """What "Undone: Next round." adds: the round the clock is back on and, when the board
    shows another round (it stays there), that Alt+Home shows the clock's."""
    if not (undone and isinstance(command, RoundTimerCommand) and command.action == "next"):
        return ""
    rounds = {r.id: r for r in window.store.rounds()}
    clock = rounds.get(window.store.session().current_round_id)
    if command.next_id is None or clock is None:
        return ""
    said = f"The clock is back on round {clock.position}, “{clock.title}”"
    shown = rounds.get(window.shown_round_id())
    if shown is not None and shown.id != clock.id:
        said += f"; the board shows round {shown.position} (Alt+Home shows the round on the clock)"
    return f"{said}."


def round_of(store: Store, note_ids: Sequence[int], theme_ids: Sequence[int]) -> int | None:
    """The round of the first of these notes still on a board (else of the first theme still
    there), or None when the step took them all away."""
    for nid in note_ids:
        try:
            note = store.note(nid)
        except Exception:  # noqa: BLE001 (a note no longer in the file shows nothing)
            continue
        if note.deleted_at is None:
            return note.round_id
    for tid in theme_ids:
        try:
            theme = store.theme(tid)
        except Exception:  # noqa: BLE001
            continue
        if any(t.id == tid for t in store.themes(theme.round_id)):
            return theme.round_id
    return None


def select_cards(board: QListWidget, note_ids: Sequence[int]) -> bool:
    """Select the shown cards of these notes and nothing else, the first in reading order
    current and in view; False when none of them is on the board."""
    found = (board.card(nid) for nid in note_ids)  # type: ignore[attr-defined]
    cards = sorted((c for c in found if c is not None and not c.isHidden()), key=board.row)
    if not cards:
        return False
    # Runs of cards next to each other as one range each: one selection change for all.
    model, selection = board.model(), QItemSelection()
    rows = [board.row(c) for c in cards]
    start = rows[0]
    for before, row in zip(rows, [*rows[1:], None], strict=True):
        if row != before + 1:
            selection.select(model.index(start, 0), model.index(before, 0))
            start = row if row is not None else start
    chosen = board.selectionModel()
    chosen.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen.setCurrentIndex(
        board.indexFromItem(cards[0]), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    board.scrollToItem(cards[0])
    board.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


def show_cards_unselected(board: QListWidget, note_ids: Sequence[int], kept: Sequence[int]) -> bool:
    """Put the first shown card of `note_ids` in view, and select the shown cards of `kept`
    only, with the keyboard on them. None of `kept` shown: nothing selected, no current card,
    and the keyboard stays where it was (the board selects a card as it takes the keyboard).
    False when none of `note_ids` is on the board."""
    found = (board.card(nid) for nid in note_ids)  # type: ignore[attr-defined]
    cards = sorted((c for c in found if c is not None and not c.isHidden()), key=board.row)
    if not select_cards(board, kept):
        board.clearSelection()
        board.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
        )
    if not cards:
        return False
    board.scrollToItem(cards[0])
    return True


def theme_header(board: QListWidget, theme_id: int) -> QListWidgetItem | None:
    """The board's header line of this theme, if it is on the board."""
    for row in range(board.count()):
        item = board.item(row)
        if item.data(KIND) == "theme" and item.data(ID) == theme_id:
            return item
    return None


def show_rounds(window, round_ids: Sequence[int]) -> None:
    """Show the first of these rounds still in the agenda (selected there, in view)."""
    ids = [r.id for r in window.store.rounds()]
    rid = next((r for r in round_ids if r in ids), None)
    if rid is None:
        return
    if rid != window.shown_round_id():
        window.show_round(rid)
    window.agenda.scrollToItem(window.agenda.item(ids.index(rid)))


def mark_timeboxes(
    window, round_ids: Sequence[int], tip: str = "Its minutes changed with the last undo or redo"
) -> None:
    """Mark the agenda lines of the rounds whose minutes a step changed (the re-plan), the
    first in view, until the next step; the board stays on its round, so the next note typed
    still goes where it went."""
    ids = [r.id for r in window.store.rounds()]
    rows = [ids.index(rid) for rid in round_ids if rid in ids]
    if not rows:
        return
    agenda = window.agenda
    for row in rows:
        item = agenda.item(row)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setBackground(QColor(MARK_BACKGROUND))
        item.setForeground(QColor(MARK_TEXT))
        item.setToolTip(tip)
    agenda.scrollToItem(agenda.item(rows[0]))
    window.undo_stack.until_moved(window.refresh_agenda)


def hidden_words(hidden: int, of: int, function: str) -> str:
    """ "2 of the 3 notes are not shown: …", for a step whose cards the filter hides."""
    if of == 1:
        which = "the note is not shown"
    elif hidden == of:
        which = f"none of the {of} notes is shown"
    else:
        which = f"{hidden} of the {of} notes are not shown"
    return f"{which}: the board shows {function} notes only (Alt+0 shows all)."


def say_hidden(window, note_ids: Sequence[int]) -> None:
    """Add to the status bar's "Undone: …" how many of the step's cards the filter hides."""
    board = window.board
    cards = [c for c in (board.card(nid) for nid in note_ids) if c is not None]
    hidden = sum(1 for c in cards if c.isHidden())
    if hidden and board.function_filter is not None:
        said = window.statusBar().currentMessage().rstrip(".")
        window.show_status(f"{said} — {hidden_words(hidden, len(cards), board.function_filter)}")


def show_step(window) -> None:
    """After Ctrl+Z or Ctrl+Shift+Z (and the board's redraw): show what the step changed."""
    step = window.undo_stack.last_step
    if step is None:
        return
    rows = rows_to_show(*step)
    show_rounds(window, rows.pop("rounds", []))
    mark_timeboxes(window, rows.pop("timeboxes", []))
    mark_timeboxes(window, rows.pop("added", []), "Added again with the last redo")
    for kind, changed in rows.items():
        window.rows_stepped.emit(kind, changed)
    note_ids, theme_ids = what_changed(*step)
    if not note_ids and not theme_ids:
        return
    rid = round_of(window.store, note_ids, theme_ids)
    if rid is not None and rid != window.shown_round_id():
        # Moved to another round (a move redone), or changed in a round not on screen.
        window.show_round(rid)
    kept = selection_kept(*step)
    if kept is None:
        shown = select_cards(window.board, note_ids)
    else:  # (Accept all: its many cards selected, the next Ctrl+G or Delete took them all)
        shown = show_cards_unselected(window.board, note_ids, kept)
    say_hidden(window, note_ids)
    if theme_ids:
        window.themes_stepped.emit(theme_ids)
        header = theme_header(window.board, theme_ids[0])
        if not shown and header is not None:
            window.board.scrollToItem(header)
