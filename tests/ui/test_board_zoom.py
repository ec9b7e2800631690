"""View > Larger cards / Smaller cards / Cards at normal size (Ctrl++, Ctrl+-, Ctrl+0)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import shown_window
from tests.ui.test_main_window import type_note

CTRL = Qt.KeyboardModifier.ControlModifier


def first_card(win):
    return next(
        win.board.item(i)
        for i in range(win.board.count())
        if win.board.item(i).data(Qt.ItemDataRole.UserRole) == "note"
    )


def zoom(qtbot, win, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(win.entry, key, CTRL)


def test_larger_cards_grow_their_type_and_come_back_with_ctrl_0(qtbot, window):
    type_note(qtbot, window, "Leads from the trade fair sit in a spreadsheet for two weeks")
    points = window.board.font().pointSizeF()
    qtbot.wait(100)  # the new card is sized once the Enter is over
    rect = window.board.visualItemRect(first_card(window))

    zoom(qtbot, window, Qt.Key.Key_Plus, 3)
    assert window.statusBar().currentMessage() == "Cards at 150%. Ctrl+0: normal size."
    assert window.board.font().pointSizeF() == points * 1.5
    qtbot.waitUntil(
        lambda: window.board.visualItemRect(first_card(window)).height() > rect.height()
    )
    zoom(qtbot, window, Qt.Key.Key_0)
    assert window.board.font().pointSizeF() == points
    qtbot.waitUntil(lambda: window.board.visualItemRect(first_card(window)) == rect)


def test_cards_stop_at_the_smallest_and_largest_steps(qtbot, window):
    zoom(qtbot, window, Qt.Key.Key_Minus, 5)
    assert window.statusBar().currentMessage() == (
        "Cards at 80% (the smallest). Ctrl+0: normal size."
    )
    zoom(qtbot, window, Qt.Key.Key_Equal, 12)  # Ctrl+= as well as Ctrl++
    assert window.statusBar().currentMessage().startswith("Cards at 200% (the largest).")


def test_the_card_size_is_kept_for_the_next_start(qtbot, window, session_file, fake_clock):
    points = window.board.font().pointSizeF()
    zoom(qtbot, window, Qt.Key.Key_Plus, 2)
    window.close()
    again = shown_window(qtbot, session_file, fake_clock)
    try:
        assert again.board.font().pointSizeF() == points * 1.3
    finally:
        again.close()


def test_the_largest_cards_stay_inside_a_narrow_board(qtbot, window):
    window.resize(640, 480)  # the board at its narrowest
    for i in range(3):
        type_note(qtbot, window, f"Webinar leads go cold after a week, note {i}")
    zoom(qtbot, window, Qt.Key.Key_Plus, 5)
    qtbot.wait(200)
    board = window.board
    room = board.viewport().width()
    cards = [board.item(i) for i in range(board.count())]
    cards = [c for c in cards if c.data(Qt.ItemDataRole.UserRole) == "note"]
    assert board.card_size.width() > room  # the largest card is wider than this board
    for card in cards:
        assert board.visualItemRect(card).right() < room, card.text()
    assert board.horizontalScrollBar().maximum() == 0
