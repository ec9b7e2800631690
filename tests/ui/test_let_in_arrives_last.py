"""A note from a phone let in arrives as a note typed at that moment does: after the notes
typed while it waited, on the board and on the wall, and in view; it keeps that place after
undo and redo and after the file is opened again; undo puts it back in the tray."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from roundtable.store import NewNote, Store
from tests.ui.conftest import shown_window
from tests.ui.test_main_window import card_texts
from tests.ui.test_phones import CTRL_SHIFT, post
from tests.ui.test_phones_held import WORDS, holding, on_a_network, tray, waiting, wall_texts

__all__ = ["on_a_network"]  # the fixture, used by name


def type_note(qtbot, window, text: str) -> None:
    qtbot.keyClicks(window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text in card_texts(window))


def in_front(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.entry.setFocus()


def test_a_note_let_in_comes_after_the_notes_typed_while_it_waited(
    qtbot, qloop, window, on_a_network, fake_clock
):
    holding(qtbot, qloop, window).close()
    in_front(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)  # the wall, as the room sees it
    qtbot.waitUntil(window.presenter.isVisible)
    in_front(qtbot, window)
    assert post(qloop, window.phones.url(), {"text": WORDS, "function": "sales"}) == 201
    qtbot.waitUntil(lambda: waiting(window) == [WORDS])
    fake_clock.advance(300)  # it waits five minutes while the room types on
    type_note(qtbot, window, "Typed while it waited")
    type_note(qtbot, window, "Typed just now")
    typed = ["Typed while it waited", "Typed just now"]

    listed = window.findChild(QListWidget, "heldList")
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Return)  # Enter in the tray lets it in
    assert card_texts(window) == [*typed, WORDS]
    qtbot.waitUntil(lambda: wall_texts(window) == [*typed, WORDS])
    qtbot.waitUntil(lambda: not tray(window).isVisible())

    in_front(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: waiting(window) == [WORDS])
    assert card_texts(window) == typed
    qtbot.waitUntil(lambda: wall_texts(window) == typed)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not tray(window).isVisible())
    assert card_texts(window) == [*typed, WORDS]
    qtbot.waitUntil(lambda: wall_texts(window) == [*typed, WORDS])

    path = window.store.path
    window.close()
    with Store.open(path, read_only=True) as reopened:
        assert [n.text for n in reopened.notes()] == [*typed, WORDS]
    again = shown_window(qtbot, path, fake_clock)
    try:
        assert card_texts(again) == [*typed, WORDS] and not tray(again).isVisible()
        in_front(qtbot, again)
        qtbot.keyClick(again.entry, Qt.Key.Key_F5)
        qtbot.waitUntil(again.presenter.isVisible)
        qtbot.waitUntil(lambda: wall_texts(again) == [*typed, WORDS])
        in_front(qtbot, again)
        qtbot.keyClick(again.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: waiting(again) == [WORDS])
        assert card_texts(again) == typed
        qtbot.keyClick(again.entry, Qt.Key.Key_Z, CTRL_SHIFT)  # in its place again
        qtbot.waitUntil(lambda: card_texts(again) == [*typed, WORDS])
    finally:
        again.close()


def test_let_all_in_keeps_the_order_they_were_sent_in_after_what_came_before(
    qtbot, qloop, window, on_a_network
):
    holding(qtbot, qloop, window).close()
    url = window.phones.url()
    for text in ("One", "Two", "Three"):
        assert post(qloop, url, {"text": text, "function": "marketing"}) == 201
    qtbot.waitUntil(lambda: waiting(window) == ["One", "Two", "Three"])
    in_front(qtbot, window)
    type_note(qtbot, window, "Typed")
    listed = window.findChild(QListWidget, "heldList")
    listed.setFocus()
    listed.setCurrentRow(1)
    qtbot.keyClick(listed, Qt.Key.Key_Return)  # "Two" first
    qtbot.waitUntil(lambda: waiting(window) == ["One", "Three"])
    in_front(qtbot, window)
    type_note(qtbot, window, "Typed later")
    qtbot.keyClick(window.entry, Qt.Key.Key_I, CTRL_SHIFT)  # the other two, together
    qtbot.waitUntil(lambda: not tray(window).isVisible())
    order = ["Typed", "Two", "Typed later", "One", "Three"]
    assert card_texts(window) == order
    assert [n.text for n in window.store.snapshot().notes] == order  # the minutes' order


def in_view(view, card) -> bool:
    return card is not None and view.viewport().rect().contains(view.visualItemRect(card))


def test_a_note_let_in_is_scrolled_into_view_on_a_board_read_from_its_top(
    qtbot, qloop, window, on_a_network
):
    holding(qtbot, qloop, window).close()
    for text in (WORDS, "Sent next"):
        assert post(qloop, window.phones.url(), {"text": text, "function": "sales"}) == 201
    qtbot.waitUntil(lambda: waiting(window) == [WORDS, "Sent next"])
    rid = window.shown_round_id()
    window.store.add_notes([NewNote(rid, f"Typed note {i}") for i in range(40)])
    board = window.board
    qtbot.waitUntil(lambda: len(card_texts(window)) == 40)
    qtbot.waitUntil(lambda: board.verticalScrollBar().maximum() > 0)
    board.verticalScrollBar().setValue(0)  # the facilitator reads the first notes

    held = window.store.held_notes()[0]
    in_front(qtbot, window)
    listed = window.findChild(QListWidget, "heldList")
    listed.setFocus()
    listed.setCurrentRow(0)
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: board.card(held.id) is not None)
    assert card_texts(window)[-1] == WORDS
    qtbot.waitUntil(lambda: in_view(board, board.card(held.id)))
    assert listed.hasFocus()  # the next waiting note is one Enter away still


def test_down_from_the_note_line_selects_the_note_just_let_in_as_the_newest(
    qtbot, qloop, window, on_a_network
):
    holding(qtbot, qloop, window).close()
    assert post(qloop, window.phones.url(), {"text": WORDS, "function": "sales"}) == 201
    qtbot.waitUntil(lambda: waiting(window) == [WORDS])
    in_front(qtbot, window)
    type_note(qtbot, window, "Typed while it waited")
    qtbot.keyClick(window.entry, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: card_texts(window) == ["Typed while it waited", WORDS])
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)
    assert window.board.hasFocus()
    assert [i.text() for i in window.board.selectedItems()] == [WORDS]
