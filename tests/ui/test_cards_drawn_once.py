"""The cards on the wall are drawn once and copied after (card_images.py): a note typed with
the wall open repainted the 40-odd cards in view, each laid out by Qt again (1.6 ms of every
Enter at 1024x768). What the room sees is the same as a card drawn afresh, after a note is
typed, edited, selected or made smaller."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_scrolls_readable import themed_round
from tests.ui.test_wall_typed_into_big_round import type_note
from ui.windows.cards import CardDelegate


def afresh(view):
    """The view's viewport as a delegate with nothing kept draws it."""
    kept = view.itemDelegate()
    view.setItemDelegate(CardDelegate(view))
    try:
        return view.viewport().grab().toImage()
    finally:
        view.setItemDelegate(kept)


def test_cards_in_view_are_drawn_once_and_copied_after(qtbot, window, monkeypatch):
    rid = themed_round(window, 90)  # too many to fit: the cards keep their size
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    wall = view.wall
    for k in range(2):  # an Ungrouped column, as while the room adds notes
        type_note(qtbot, window, view, f"s: the lead goes cold {k}")
    drawn: list[bool] = []  # a card drawn: on the wall?
    draw = CardDelegate._paint_plain

    def counted(delegate, painter, option, index) -> None:
        drawn.append(delegate.board is wall)
        draw(delegate, painter, option, index)

    monkeypatch.setattr(CardDelegate, "_paint_plain", counted)
    first = wall.viewport().grab().toImage()  # drawn as the wall was shown
    assert drawn == []  # copied, not drawn again
    assert first == afresh(wall)
    drawn.clear()
    type_note(qtbot, window, view, "o: nobody calls the lead back")
    # The new card drawn afresh, the 40-odd others in view copied.
    assert 1 <= drawn.count(True) <= 3
    assert wall.viewport().grab().toImage() == afresh(wall)


def test_a_card_changed_shows_its_change(qtbot, window):
    rid = themed_round(window, 12)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1366, 768))
    wall, board, store = view.wall, window.board, window.store
    wall.viewport().grab()
    board.viewport().grab()  # both have drawn every card once
    note = store.notes(rid)[0]
    store.update_note(note.id, text="Pricing changes reach sales after the customers")
    qtbot.waitUntil(lambda: wall.card(note.id).text().startswith("Pricing changes"))
    qtbot.wait(20)
    assert wall.viewport().grab().toImage() == afresh(wall)
    # On the board: selected, the card is framed; let go, it is plain again, as drawn before.
    board.card(note.id).setSelected(True)
    assert board.viewport().grab().toImage() == afresh(board)
    board.clearSelection()
    assert board.viewport().grab().toImage() == afresh(board)
    # A card in a type of its own (as a long note's on the wall) is drawn in that type.
    card = board.card(note.id)
    font = board.font()
    font.setPointSize(font.pointSize() - 3)
    card.setData(Qt.ItemDataRole.FontRole, font)
    assert board.viewport().grab().toImage() == afresh(board)
