"""Ctrl+Z and Ctrl+Shift+Z after grouping notes leave the facilitator looking at the cards
that moved: selected, the first in view, with the keyboard on the board, in their round.
Grouping (Ctrl+G, a drag onto a theme) and taking out (Ctrl+Shift+G) left the selection where
it was, so the room could not see what the step had done. Accept all and Sort the rest move
many cards: undone or redone, the first is put in view and the selection is the one before
the accept (selected, the next Ctrl+G or Delete acted on every card the step moved).
Driven with real keys; the file is reopened to check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from roundtable.store import NewNote, Store
from tests.ui.test_sensemaking_suggest import broken_round, shown_preview, sort_the_rest
from tests.ui.test_sensemaking_themes import (
    add_notes,
    click_card,
    ctrl_g_new_theme,
    drop_on,
    type_into_editor,
)
from ui.sensemaking.suggestion_commands import ApplySuggestions
from ui.windows.cards import ID

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot, window, key: Qt.Key, mods=CTRL) -> None:
    """A key where the facilitator types: the note line, no card selected (Esc)."""
    window.board.clearSelection()
    window.entry.setFocus()
    qtbot.keyClick(window.entry, key, mods)


def undo(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Z)


def redo(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)


def shows(window, note_ids) -> bool:
    """Exactly these cards are selected, the first of them current, in view, with the keyboard."""
    board = window.board
    current = board.currentItem()
    return (
        sorted(board.selected_note_ids()) == sorted(note_ids)
        and current is not None
        and current.data(ID) in note_ids
        and board.hasFocus()
        and board.viewport().rect().intersects(board.visualItemRect(current))
    )


def test_undo_and_redo_of_ctrl_g_select_the_grouped_cards(qtbot, window, session_file):
    active(qtbot, window)
    ids = add_notes(qtbot, window, *[f"Leads wait {k} days for a call" for k in range(12)])
    a, b = ids[3], ids[9]
    click_card(qtbot, window, a)
    click_card(qtbot, window, b, CTRL)
    ctrl_g_new_theme(qtbot, window)
    type_into_editor(qtbot, window, "Slow follow-up")
    tid = window.store.note(a).theme_id
    click_card(qtbot, window, ids[0])  # the keyboard elsewhere, as the room moves on
    undo(qtbot, window)  # the theme started and named: one step
    qtbot.waitUntil(lambda: shows(window, [a, b]))
    assert window.store.note(a).theme_id is None
    redo(qtbot, window)
    qtbot.waitUntil(lambda: shows(window, [a, b]))
    assert window.store.note(b).theme_id == tid
    window.close()
    with Store.open(session_file) as store:
        assert {store.note(a).theme_id, store.note(b).theme_id} == {tid}


def test_undo_and_redo_of_a_drag_onto_a_theme_select_the_dragged_card(qtbot, window):
    active(qtbot, window)
    ids = add_notes(qtbot, window, "Pay on bookings", "Bonus on leads", "MQL counts")
    click_card(qtbot, window, ids[0])
    ctrl_g_new_theme(qtbot, window)
    type_into_editor(qtbot, window, "Pay plans")
    click_card(qtbot, window, ids[1])
    drop_on(qtbot, window.board, window.board.card(ids[0]))  # onto the theme's card
    assert window.store.note(ids[1]).theme_id == window.store.note(ids[0]).theme_id
    click_card(qtbot, window, ids[2])
    undo(qtbot, window)
    qtbot.waitUntil(lambda: shows(window, [ids[1]]))
    assert window.store.note(ids[1]).theme_id is None
    redo(qtbot, window)
    qtbot.waitUntil(lambda: shows(window, [ids[1]]))
    assert window.store.note(ids[1]).theme_id is not None


def test_undo_and_redo_of_taking_notes_out_select_them(qtbot, window):
    active(qtbot, window)
    ids = add_notes(qtbot, window, "Pay on bookings", "Bonus on leads", "MQL counts")
    click_card(qtbot, window, ids[0])
    click_card(qtbot, window, ids[1], CTRL)
    ctrl_g_new_theme(qtbot, window)
    type_into_editor(qtbot, window, "Pay plans")
    click_card(qtbot, window, ids[1])
    qtbot.keyClick(window.board, Qt.Key.Key_G, CTRL | SHIFT)  # take it out of its theme
    assert window.store.note(ids[1]).theme_id is None
    click_card(qtbot, window, ids[2])
    undo(qtbot, window)
    qtbot.waitUntil(lambda: shows(window, [ids[1]]))
    assert window.store.note(ids[1]).theme_id is not None
    redo(qtbot, window)
    qtbot.waitUntil(lambda: shows(window, [ids[1]]))
    assert window.store.note(ids[1]).theme_id is None


def accept_all_suggestions(qtbot, window) -> tuple[int, list[int], list[int]]:
    """Suggest themes for the "Why it's broken" round and accept them all: (round id, its
    note ids, the notes placed in a theme)."""
    active(qtbot, window)
    rid, ids = broken_round(qtbot, window)
    window.findChild(QPushButton, "suggestThemesButton").click()
    preview = shown_preview(qtbot, window)
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    active(qtbot, window)  # offscreen, the window stays inactive after the preview
    return rid, ids, [n.id for n in window.store.notes(rid) if n.theme_id is not None]


def in_view(window, note_ids, selected) -> bool:
    """The first of these cards in view, and exactly the `selected` cards selected with the
    keyboard on them (none: none, no current card, the keyboard left where it was)."""
    board = window.board
    cards = sorted((board.card(n) for n in note_ids), key=board.row)
    current = board.currentItem()
    return (
        sorted(board.selected_note_ids()) == sorted(selected)
        and (current.data(ID) in selected if current is not None else not selected)
        and (board.hasFocus() or not selected)
        and board.viewport().rect().intersects(board.visualItemRect(cards[0]))
    )


def test_undo_and_redo_of_accept_all_leave_the_selection_as_it_was(qtbot, window, session_file):
    # Undone, Accept all had every card it moved selected: the next Ctrl+G put them all in
    # one theme, the next Delete deleted them all.
    rid, ids, placed = accept_all_suggestions(qtbot, window)
    assert placed
    undo(qtbot, window)
    qtbot.waitUntil(lambda: in_view(window, placed, []))
    assert all(n.theme_id is None for n in window.store.notes(rid))
    qtbot.keyClick(window.board, Qt.Key.Key_Delete)  # nothing selected: nothing deleted
    assert len(window.store.notes(rid)) == len(ids)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: in_view(window, placed, []))
    window.close()
    with Store.open(session_file) as store:
        assert sorted(n.id for n in store.notes(rid) if n.theme_id is not None) == sorted(placed)
        assert len(store.notes(rid)) == len(ids)


def test_undo_of_accept_all_selects_again_the_card_selected_before(qtbot, window):
    active(qtbot, window)
    rid, ids = broken_round(qtbot, window)
    click_card(qtbot, window, ids[1])
    window.findChild(QPushButton, "suggestThemesButton").click()
    preview = shown_preview(qtbot, window)
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    active(qtbot, window)
    placed = [n.id for n in window.store.notes(rid) if n.theme_id is not None]
    undo(qtbot, window)
    qtbot.waitUntil(lambda: in_view(window, placed, [ids[1]]))
    qtbot.keyClick(window.board, Qt.Key.Key_Delete)  # the one card, not all of them
    qtbot.waitUntil(lambda: len(window.store.notes(rid)) == len(ids) - 1)
    assert ids[1] not in {n.id for n in window.store.notes(rid)}


def test_undo_of_sort_the_rest_leaves_the_sorted_cards_unselected(qtbot, window):
    active(qtbot, window)
    rid, ids, preview = sort_the_rest(qtbot, window)
    loose = {n.id for n in window.store.notes(rid) if n.theme_id is None}
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    active(qtbot, window)  # offscreen, the window stays inactive after the preview
    sorted_now = [n.id for n in window.store.notes(rid) if n.id in loose and n.theme_id]
    assert sorted_now
    undo(qtbot, window)
    qtbot.waitUntil(lambda: in_view(window, sorted_now, []))
    assert all(window.store.note(nid).theme_id is None for nid in sorted_now)


def test_undo_of_a_grouping_in_another_round_shows_that_round(qtbot, window):
    active(qtbot, window)
    ids = add_notes(qtbot, window, "Pay on bookings", "Bonus on leads")
    grouped_in = window.shown_round_id()
    click_card(qtbot, window, ids[0])
    click_card(qtbot, window, ids[1], CTRL)
    ctrl_g_new_theme(qtbot, window)
    type_into_editor(qtbot, window, "Pay plans")
    window.agenda.setCurrentRow(window.agenda.currentRow() + 1)  # on to the next round
    assert window.shown_round_id() != grouped_in
    undo(qtbot, window)
    qtbot.waitUntil(lambda: window.shown_round_id() == grouped_in)
    qtbot.waitUntil(lambda: shows(window, ids))


def test_undoing_accept_all_on_a_hundred_and_fifty_notes_redraws_the_board_once(
    qtbot, window, monkeypatch
):
    rid = window.shown_round_id()
    ids = window.store.add_notes([NewNote(rid, f"Leads from event {k} wait") for k in range(150)])
    window.show_round(rid)
    groups = [(f"Events {g}", ids[g * 30 : (g + 1) * 30], None) for g in range(5)]
    command = ApplySuggestions(window.store, rid, groups, "Accept suggested themes")
    command.batch = window.signals.batch
    window.undo_stack.push(command)  # as Accept all does
    qtbot.waitUntil(lambda: not window.redraws.board_later.isActive())
    active(qtbot, window)
    redraws: list[int] = []
    real = window.board._rebuild
    monkeypatch.setattr(window.board, "_rebuild", lambda: (redraws.append(1), real())[1])
    undo(qtbot, window)
    qtbot.waitUntil(lambda: bool(redraws) and in_view(window, ids, []))
    qtbot.wait(300)
    assert len(redraws) == 1
    redraws.clear()
    redo(qtbot, window)
    qtbot.waitUntil(lambda: bool(redraws) and in_view(window, ids, []))
    qtbot.wait(300)
    assert len(redraws) == 1
