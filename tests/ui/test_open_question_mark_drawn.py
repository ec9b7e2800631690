"""The "? Open question" mark is drawn apart from the note, in bold and its own colour: as a
plain line in the note's colour it read as the note's last words, on the board and the wall."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.ui.test_open_question_key import ctrl_shift_o
from ui.windows.cards import QUESTION_COLOUR


def _mark_pixels(view, note_id: int) -> int:
    """How many pixels of the note's card are in the mark's colour (or near it)."""
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rect = view.visualItemRect(view.card(note_id))
    want = QUESTION_COLOUR
    found = 0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - want.red())
                + abs(c.green() - want.green())
                + abs(c.blue() - want.blue())
                < 90
            ):
                found += 1
    return found


def test_the_mark_is_drawn_in_its_own_colour_on_board_and_wall(qtbot, window):
    window.resize(1366, 768)
    qtbot.keyClicks(window.entry, "s: How do the others split the events budget?")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    ctrl_shift_o(qtbot, window.entry)
    qtbot.keyClicks(window.entry, "m: Webinars bring the best leads")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    question, plain = window.store.notes(window.shown_round_id())
    assert question.open_question and not plain.open_question
    window.board.clearSelection()
    window.board.setCurrentItem(None)
    assert _mark_pixels(window.board, question.id) > 30
    assert _mark_pixels(window.board, plain.id) == 0
    window.toggle_presenter()
    wall = window.presenter.wall
    qtbot.waitUntil(lambda: wall.card(question.id) is not None)
    assert _mark_pixels(wall, question.id) > 30
