"""The note board from the keyboard: arrows, Home and End go from card to card (never onto
a theme's header), the card with the keyboard is selected and in view, and a screen reader
hears a card's note, its writer and their function."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible

from roundtable.store import Store
from tests.ui.test_main_window import writer_names_on
from ui.windows.cards import ID, KIND, SELECTED_WIDTH

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def notes_and_a_theme(window) -> tuple[list[int], int]:
    """Three ungrouped notes by Ana, then a theme "Pricing" holding two more."""
    store, rid = window.store, window.shown_round_id()
    ana = store.participants()[0].id
    ids = [
        store.add_note(rid, f"note {i}", function="sales", participant_id=ana).id for i in range(5)
    ]
    theme = store.add_theme(rid, "Pricing", note_ids=ids[3:])
    return ids, theme.id


def on_the_board(qtbot, window) -> None:
    """Down from the note line: the keyboard on the newest card."""
    window.entry.setFocus()
    qtbot.keyClick(window.entry, KEY.Key_Down)
    assert window.board.hasFocus()


def card_with_keyboard(window) -> int | None:
    item = window.board.currentItem()
    assert item is not None and item.data(KIND) == "note", "the keyboard is on a header"
    assert item.isSelected()
    return item.data(ID)


def test_arrows_never_stop_on_a_header(qtbot, window):
    ids, _theme = notes_and_a_theme(window)
    qtbot.waitUntil(lambda: window.board.count() == 7)
    on_the_board(qtbot, window)
    board = window.board
    assert card_with_keyboard(window) == ids[4]
    qtbot.keyClick(board, KEY.Key_Left)  # first card under "Pricing"
    assert card_with_keyboard(window) == ids[3]
    qtbot.keyClick(board, KEY.Key_Left)  # over the header, to the last ungrouped card
    assert card_with_keyboard(window) == ids[2]
    qtbot.keyClick(board, KEY.Key_Right)
    assert card_with_keyboard(window) == ids[3]
    qtbot.keyClick(board, KEY.Key_Up)  # Qt stopped on the "Pricing" header here
    assert card_with_keyboard(window) in ids[:3]
    qtbot.keyClick(board, KEY.Key_Down)
    assert card_with_keyboard(window) in ids[3:]
    qtbot.keyClick(board, KEY.Key_Home)  # Qt went to the "Ungrouped" header
    assert card_with_keyboard(window) == ids[0]
    qtbot.keyClick(board, KEY.Key_Up)  # nothing above the first row: it stays put
    assert card_with_keyboard(window) == ids[0]
    qtbot.keyClick(board, KEY.Key_End)
    assert card_with_keyboard(window) == ids[4]


def test_del_after_up_from_a_theme_deletes_the_card_above(qtbot, window, session_file, fake_clock):
    ids, _theme = notes_and_a_theme(window)
    qtbot.waitUntil(lambda: window.board.count() == 7)
    on_the_board(qtbot, window)
    qtbot.keyClick(window.board, KEY.Key_Left)
    qtbot.keyClick(window.board, KEY.Key_Up)  # from "note 3" to a card of the row above
    above = card_with_keyboard(window)
    qtbot.keyClick(window.board, KEY.Key_Delete)
    window.close()
    with Store.open(session_file, clock=fake_clock) as store:
        kept = {n.id for n in store.notes()}
    assert above in ids[:3]
    assert kept == set(ids) - {above}


def test_ctrl_m_after_left_onto_a_theme_merges_from_the_card(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    a = store.add_note(rid, "webinar leads", function="marketing").id
    b = store.add_note(rid, "fair leads", function="marketing").id
    events = store.add_theme(rid, "Webinars", note_ids=[a]).id
    fairs = store.add_theme(rid, "Fairs", note_ids=[b]).id
    qtbot.waitUntil(lambda: window.board.count() == 5)
    on_the_board(qtbot, window)  # on "fair leads"
    qtbot.keyClick(window.board, KEY.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert set(window.selected_note_ids()) == {a, b}
    qtbot.keyClick(window.board, KEY.Key_M, CTRL)
    themes = [t.id for t in store.themes(rid)]
    assert len(themes) == 1 and themes[0] in (events, fairs)


def card_in_view(board, note_id: int) -> bool:
    shown = board.viewport().rect()
    return shown.contains(board.visualItemRect(board.card(note_id)))


def test_the_card_with_the_keyboard_is_always_in_view(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, f"hope number {i}", function="other").id for i in range(40)]
    qtbot.waitUntil(lambda: window.board.count() == 41)
    board = window.board
    qtbot.waitUntil(lambda: board.verticalScrollBar().maximum() > 0)  # more than it shows
    on_the_board(qtbot, window)
    qtbot.waitUntil(lambda: card_in_view(board, ids[-1]))
    qtbot.keyClick(board, KEY.Key_Home)
    assert card_with_keyboard(window) == ids[0]
    assert card_in_view(board, ids[0])
    for _ in range(6):
        qtbot.keyClick(board, KEY.Key_Down)
        assert card_in_view(board, card_with_keyboard(window))
    qtbot.keyClick(board, KEY.Key_End)
    assert card_with_keyboard(window) == ids[-1]
    assert card_in_view(board, ids[-1])


def test_tab_onto_the_board_puts_the_keyboard_on_a_card(qtbot, window):
    ids, _theme = notes_and_a_theme(window)
    qtbot.waitUntil(lambda: window.board.count() == 7)
    window.entry.setFocus()
    qtbot.keyClick(window.entry, KEY.Key_Tab)
    assert window.board.hasFocus()
    assert card_with_keyboard(window) == ids[0]
    qtbot.keyClick(window.board, KEY.Key_F2)  # the card's editor opens: F2 acts on it
    assert window.board.state() == window.board.State.EditingState


def test_a_screen_reader_hears_the_note_its_writer_and_function(qtbot, window):
    writer_names_on(qtbot, window)  # an anonymous session hides them
    ids, _theme = notes_and_a_theme(window)
    store, rid = window.store, window.shown_round_id()
    nobody = store.add_note(rid, "no name on this one", function="marketing").id
    qtbot.waitUntil(lambda: window.board.count() == 8)
    board = window.board
    face = QAccessible.queryAccessibleInterface(board)
    spoken = [face.child(i).text(QAccessible.Text.Name) for i in range(face.childCount())]
    assert "note 0. Ana Lopez, sales." in spoken
    assert "no name on this one. Marketing note, no name." in spoken
    assert board.card(nobody) is not None


def test_a_screen_reader_hears_a_headers_counts_in_words(qtbot, window):
    notes_and_a_theme(window)
    qtbot.waitUntil(lambda: window.board.count() == 7)
    face = QAccessible.queryAccessibleInterface(window.board)
    spoken = [face.child(i).text(QAccessible.Text.Name) for i in range(face.childCount())]
    assert "Ungrouped: 3 notes (3 sales, 0 marketing, 0 other)." in spoken
    assert "Theme Pricing: 2 notes (2 sales, 0 marketing, 0 other), 0 votes." in spoken
    qtbot.keyClicks(window.entry, "m: one more")
    qtbot.keyClick(window.entry, KEY.Key_Return)
    face = QAccessible.queryAccessibleInterface(window.board)
    assert face.child(0).text(QAccessible.Text.Name) == (
        "Ungrouped: 4 notes (3 sales, 1 marketing, 0 other)."
    )


def test_after_del_the_keyboard_is_on_the_next_card(qtbot, window, session_file, fake_clock):
    ids, _theme = notes_and_a_theme(window)
    qtbot.waitUntil(lambda: window.board.count() == 7)
    on_the_board(qtbot, window)
    qtbot.keyClick(window.board, KEY.Key_Home)
    qtbot.keyClick(window.board, KEY.Key_Right)  # "note 1"
    qtbot.keyClick(window.board, KEY.Key_Delete)
    assert window.board.hasFocus()
    assert card_with_keyboard(window) == ids[2]  # it was on no card: Del again did nothing
    qtbot.keyClick(window.board, KEY.Key_Delete)
    assert card_with_keyboard(window) == ids[3]  # over the "Pricing" header
    qtbot.keyClick(window.board, KEY.Key_End)
    qtbot.keyClick(window.board, KEY.Key_Delete)  # the last card: the one before it
    assert card_with_keyboard(window) == ids[3]
    window.close()
    with Store.open(session_file, clock=fake_clock) as store:
        assert [n.text for n in store.notes()] == ["note 0", "note 3"]


def test_deleting_the_last_card_gives_the_keyboard_back_to_the_note_line(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    store.add_note(rid, "only one", function="other")
    qtbot.waitUntil(lambda: window.board.count() == 2)
    on_the_board(qtbot, window)
    qtbot.keyClick(window.board, KEY.Key_Delete)
    assert store.notes(rid) == []
    assert window.entry.hasFocus()
    qtbot.keyClicks(window.entry, "typed at once")
    assert window.entry.text() == "typed at once"


def frame_pixel(board, note_id: int):
    """The colour just inside the card's top-left corner, within a selected card's frame
    (where the keyboard's frame is drawn), as the board shows it."""
    corner = board.visualItemRect(board.card(note_id)).topLeft() + QPoint(1, 1) * SELECTED_WIDTH
    return board.viewport().grab().toImage().pixelColor(corner.x() + 1, corner.y() + 1)


def test_the_card_with_the_keyboard_is_framed_only_while_the_board_has_it(qtbot, window):
    ids, _theme = notes_and_a_theme(window)
    qtbot.waitUntil(lambda: window.board.count() == 7)
    on_the_board(qtbot, window)
    board = window.board
    qtbot.keyClick(board, KEY.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # two selected
    assert set(window.selected_note_ids()) == {ids[3], ids[4]}
    assert frame_pixel(board, ids[3]).lightness() < 40  # the card Shift+arrow moved to
    assert frame_pixel(board, ids[4]).lightness() > 60  # selected, without the keyboard
    qtbot.keyClick(board, KEY.Key_Escape)  # back to the note line
    assert window.entry.hasFocus()
    assert frame_pixel(board, ids[3]).lightness() > 60


def test_down_from_the_note_line_stays_on_the_part_of_the_board_in_view(qtbot, window):
    # A round of 60 notes in six themes, the board at its first theme: Down from the note
    # line selected the newest note, at the end of the last theme, and the board jumped
    # there, away from the theme the room was looking at (found walking through a session).
    store, rid = window.store, window.shown_round_id()
    for t in range(6):
        ids = [store.add_note(rid, f"Note {n} of theme {t + 1}").id for n in range(10)]
        store.add_theme(rid, f"Theme {t + 1}", note_ids=ids)
    board = window.board
    qtbot.waitUntil(lambda: board.verticalScrollBar().maximum() > 0)
    board.verticalScrollBar().setValue(0)
    on_the_board(qtbot, window)
    assert board.verticalScrollBar().value() == 0
    card = board.currentItem()
    assert card.text() == "Note 0 of theme 1" and card.isSelected()
    assert board.viewport().rect().contains(board.visualItemRect(card))
