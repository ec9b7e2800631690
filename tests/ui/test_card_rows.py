"""Cards typed one after another line up in rows, each row as tall as its longest note, on
a board with hundreds of cards (only the row a new card joins is measured again)."""

from __future__ import annotations

from PySide6.QtCore import Qt

LONG = "Leads from the spring fair sat in a spreadsheet for two weeks " * 3


def test_a_new_card_takes_the_height_of_the_row_it_joins(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    for k in range(41):  # an odd number: the next card starts a row's second place
        store.add_note(rid, f"Old note {k}")
    board = window.board
    per_row = board._row_of_cards()[0]
    assert per_row >= 2
    for text in ("s: " + LONG, "m: Short one", "s: Another short one"):
        qtbot.keyClicks(window.entry, text)
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(store.notes(rid)) == 44)
    qtbot.wait(50)  # the new cards are sized a moment after they arrive
    cards = [board.card(n.id) for n in store.notes(rid)]
    rows: dict[int, list[int]] = {}
    for card in cards:
        rect = board.visualItemRect(card)
        rows.setdefault(rect.top(), []).append(card.sizeHint().height())
    for top, heights in rows.items():
        assert len(set(heights)) == 1, (top, heights)  # one height a row
    long_card = cards[-3]
    assert long_card.sizeHint().height() > cards[0].sizeHint().height()
