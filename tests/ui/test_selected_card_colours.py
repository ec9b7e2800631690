"""A selected card keeps its function's colour (sales yellow, marketing blue, other green)
under a frame and a folded corner, in a light and a dark window: Qt's highlight filled every
selected card with one blue, so while picking notes for Ctrl+G nobody could see whose they
were. Measured on what is drawn (the board's grab)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from tests.ui.conftest import DARK, shown_window
from ui.windows.contrast import contrast
from ui.windows.note_board import COLOURS


@pytest.fixture(params=["light", "dark"])
def palette_window(request, qapp, qtbot, session_file, fake_clock):
    before = qapp.palette()
    if request.param == "dark":
        palette = QPalette(before)
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
        qapp.setPalette(palette)
    win = shown_window(qtbot, session_file, fake_clock)
    yield win
    win.close()
    qapp.setPalette(before)


def test_selected_cards_keep_their_functions_colour_and_look_selected(qtbot, palette_window):
    win = palette_window
    board = win.board
    typed = ("s: Lead scoring is unclear", "m: Campaigns lack follow-up", "o: Legal slows deals")
    for text in (*typed, "s: Quotas are set too late"):
        qtbot.keyClicks(win.entry, text)
        qtbot.keyClick(win.entry, Qt.Key.Key_Return)
    notes = win.store.notes(win.shown_round_id())
    qtbot.waitUntil(lambda: all(board.card(n.id) is not None for n in notes))
    qtbot.wait(10)
    picked, left = notes[:3], notes[3]
    for n in picked:  # Ctrl+click each, as the facilitator picks notes to group
        where = board.visualItemRect(board.card(n.id)).center()
        qtbot.mouseClick(
            board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, where
        )
    assert sorted(board.selected_note_ids()) == sorted(n.id for n in picked)
    win.entry.setFocus()  # the keyboard's own frame out of the way
    qtbot.waitUntil(lambda: not board.hasFocus())
    image = board.viewport().grab().toImage()

    def colour_at(point: QPoint) -> QColor:
        return QColor.fromRgb(image.pixel(point))

    def inside(note) -> QColor:  # low in the card, under its one line of text
        rect = board.visualItemRect(board.card(note.id))
        return colour_at(QPoint(rect.center().x(), rect.bottom() - 10))

    def edge(note) -> QColor:
        rect = board.visualItemRect(board.card(note.id))
        return colour_at(QPoint(rect.left() + 1, rect.center().y()))

    for n in picked:
        assert inside(n).name() == COLOURS[n.function], n.function
        # The frame stands out on the card's colour.
        assert contrast(edge(n), inside(n)) >= 3, n.function
    assert len({inside(n).name() for n in picked}) == 3
    # A card not selected has no frame: its edge is its own colour.
    assert edge(left).name() == inside(left).name() == COLOURS["sales"]
    assert edge(picked[0]).name() != edge(left).name()
