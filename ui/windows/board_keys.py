"""Where the arrow keys go on the note board, and what a screen reader says for a card.

The board holds section headers ("Ungrouped", each theme) between its cards. Qt's own
arrow keys stopped on a header: nothing was selected there, so Del, F2 and Ctrl+M did
nothing, and the next Shift+arrow selected from the header. Here the arrows move between
cards only: Left and Right to the card before or after in reading order, Up and Down to the
nearest card in the row above or below, Home and End to the first and last card. Tab onto
the board and a delete leave the keyboard on a card, too.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRect
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from roundtable.model import Note, counted
from ui.windows.cards import ID, KIND

Move = QAbstractItemView.CursorAction
BACKWARD = (Move.MoveUp, Move.MoveLeft, Move.MovePrevious, Move.MovePageUp, Move.MoveHome)


def cards_in_order(board: QListWidget) -> list[QListWidgetItem]:
    """The board's shown cards, in the order they read (headers left out)."""
    items = (board.item(row) for row in range(board.count()))
    return [i for i in items if i.data(KIND) == "note" and not i.isHidden()]


def _nearest_in_next_row(
    board: QListWidget, cards: list[QListWidgetItem], here: QRect, up: bool
) -> QListWidgetItem | None:
    """The card in the nearest row above (or below) `here` closest to it across."""
    rects = [(card, board.visualItemRect(card)) for card in cards]
    if up:
        beyond = [(c, r) for c, r in rects if r.center().y() < here.top()]
        if not beyond:
            return None
        row = max(r.top() for _c, r in beyond)
    else:
        beyond = [(c, r) for c, r in rects if r.center().y() > here.bottom()]
        if not beyond:
            return None
        row = min(r.top() for _c, r in beyond)
    in_row = [(c, r) for c, r in beyond if r.top() == row]
    x = here.center().x()
    return min(in_row, key=lambda cr: abs(cr[1].center().x() - x))[0]


def card_to_move_to(
    board: QListWidget,
    action: QAbstractItemView.CursorAction,
    qt_choice: QListWidgetItem | None,
) -> QListWidgetItem | None:
    """The card a cursor key moves to from the board's current item; `qt_choice` is where
    Qt would go (used for Page Up / Page Down). None when there is no card to go to."""
    cards = cards_in_order(board)
    if not cards:
        return None
    current = board.currentItem()
    if action == Move.MoveHome:
        return cards[0]
    if action == Move.MoveEnd:
        return cards[-1]
    back = action in BACKWARD
    if current is None or current not in cards:
        # From a header (or nothing): the nearest card that way, else the first one.
        row = board.row(current) if current is not None else -1
        before = [c for c in cards if board.row(c) < row]
        after = [c for c in cards if board.row(c) > row]
        if back and before:
            return before[-1]
        return after[0] if after else cards[-1]
    if action in (Move.MovePageUp, Move.MovePageDown):
        if qt_choice is None or qt_choice in cards:
            return qt_choice or current
        row = board.row(qt_choice)
        before = [c for c in cards if board.row(c) < row]
        after = [c for c in cards if board.row(c) > row]
        if back:
            return before[-1] if before else cards[0]
        return after[0] if after else cards[-1]
    if action in (Move.MoveUp, Move.MoveDown):
        here = board.visualItemRect(current)
        found = _nearest_in_next_row(board, cards, here, action == Move.MoveUp)
        return found or current
    at = cards.index(current)
    if back:
        return cards[max(0, at - 1)]
    return cards[min(len(cards) - 1, at + 1)]


def card_after_deleting(board: QListWidget, note_ids: list[int]) -> int | None:
    """The note whose card takes the keyboard once these are deleted: the first card kept
    after the first of them in reading order, else the one before (None: none is left)."""
    cards = cards_in_order(board)
    gone = set(note_ids)
    at = [i for i, card in enumerate(cards) if card.data(ID) in gone]
    if not at:
        return None
    later = [c for c in cards[at[0] + 1 :] if c.data(ID) not in gone]
    earlier = [c for c in cards[: at[0]] if c.data(ID) not in gone]
    choice = later[0] if later else (earlier[-1] if earlier else None)
    return choice.data(ID) if choice is not None else None


def keyboard_onto_a_card(board: QListWidget) -> None:
    """The keyboard come onto the board (Tab, a shortcut) is on a card, selected and in
    view: Qt put it on the Ungrouped header, where Del and F2 did nothing."""
    current = board.currentItem()
    cards = cards_in_order(board)
    if current not in cards:
        current = cards[0] if cards else None
        if current is not None:
            board.setCurrentItem(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    elif current is not None and not board.selectedItems():
        current.setSelected(True)
    if current is not None:
        board.scrollToItem(current)


def card_spoken(note: Note, writer: str, proposal: str | None) -> str:
    """What a screen reader says for a card: the note, who wrote it and their function,
    and a proposed theme (the card's own text has a dash line and no function)."""
    who = f"{writer}, {note.function}" if writer else f"{note.function.capitalize()} note, no name"
    said = f"{note.text}. {who}."
    if note.open_question:
        said += " Open question."
    if proposal:
        said += f" Suggested theme: {proposal} (Ctrl+Return accepts)."
    return said


def header_spoken(theme: str | None, counts: dict[str, int], votes: int | None) -> str:
    """What a screen reader says for a section header: its counts in words, not the
    "S 1 · M 2 · O 0" shorthand the board shows."""
    parts = ", ".join(f"{counts.get(f, 0)} {f}" for f in ("sales", "marketing", "other"))
    said = f"Theme {theme}" if theme is not None else "Ungrouped"
    said += f": {counted(sum(counts.values()), 'note')} ({parts})"
    if votes is not None:
        said += f", {counted(votes, 'vote')}"
    return said + "."
