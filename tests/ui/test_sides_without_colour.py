"""Whose note a card is, readable without telling colours apart: a colour-blind participant
or a washed-out projector lost the sales/marketing split, which the wall showed only as pale
yellow, blue and green cards. Each card now carries its side's letter, and the wall a key."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from ui.windows.cards import ID, KIND

SAME = "Leads wait days for a call"


def dark_mask(board, note_id: int) -> list[tuple[int, int]]:
    """The dark pixels of the left third of a card as drawn, relative to the card."""
    board.viewport().repaint()
    image: QImage = board.viewport().grab().toImage()
    item = next(
        board.item(r)
        for r in range(board.count())
        if board.item(r).data(KIND) == "note" and board.item(r).data(ID) == note_id
    )
    rect = board.visualItemRect(item)
    out = []
    for x in range(rect.left(), rect.left() + rect.width() // 3):
        for y in range(rect.top(), rect.top() + rect.height()):
            if image.pixelColor(x, y).lightness() < 90:
                out.append((x - rect.left(), y - rect.top()))
    return out


def apart(a: list, b: list) -> bool:
    """Two cards' dark pixels differ by more than the edges of the same words drawn on two
    colours (5 pixels of 140 with nothing but the colour to tell them apart)."""
    return len(set(a) ^ set(b)) > 20


def three_sides(window) -> list[int]:
    store, rid = window.store, window.shown_round_id()
    return [store.add_note(rid, SAME, function=f).id for f in ("sales", "marketing", "other")]


def test_the_board_marks_each_card_with_its_side_not_only_its_colour(qtbot, window):
    ids = three_sides(window)
    board = window.board
    qtbot.waitUntil(lambda: board.card(ids[-1]) is not None)
    qtbot.wait(20)
    sales, marketing, other = (dark_mask(board, n) for n in ids)
    # The same words on each card: only a mark of the side can tell them apart in grey.
    assert sales and marketing and other
    assert apart(sales, marketing) and apart(marketing, other) and apart(sales, other)


def test_the_wall_marks_each_card_and_has_a_key_in_the_rooms_words(qtbot, window, presenter_up):
    ids = three_sides(window)
    wall = presenter_up.wall
    qtbot.waitUntil(lambda: all(n in wall._cards for n in ids))
    qtbot.wait(50)
    sales, marketing, other = (dark_mask(wall, n) for n in ids)
    assert apart(sales, marketing) and apart(marketing, other) and apart(sales, other)
    key = presenter_up.findChild(QWidget, "presenterSideKey")
    assert key is not None and key.isVisible()
    said = [label.text() for label in key.findChildren(QLabel)]
    assert said == ["S", "Sales", "M", "Marketing", "O", "Other"]
    # Over the wall or under it (test_wall_key_beside_question.py), covering nothing.
    spot = key.geometry()
    assert spot.bottom() < wall.geometry().top() or spot.top() >= wall.geometry().bottom()
    assert not spot.intersects(presenter_up.timer.geometry())


def test_the_wall_key_goes_with_the_notes_when_commitments_are_up(qtbot, window, presenter_up):
    key = presenter_up.findChild(QWidget, "presenterSideKey")
    presenter_up.show_commitments(True)
    assert not key.isVisible()
    presenter_up.show_commitments(False)
    assert key.isVisible()
