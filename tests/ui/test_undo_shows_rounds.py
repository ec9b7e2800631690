"""Ctrl+Z and Ctrl+Shift+Z on Next round show the round the clock went back or on to, chosen
in the agenda as a click there would; the facilitator looking at another round saw nothing
change. Cards a step brought back that the function filter hides are counted in the status
bar, with the key that shows them, instead of nothing being selected without a word."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.store import Store
from tests.ui.test_sensemaking_themes import click_card
from tests.ui.test_undo_shows_groupings import CTRL, active, redo, shows, undo

ALT = Qt.KeyboardModifier.AltModifier


def chosen_in_agenda(window, round_id: int) -> bool:
    """The round on the board, selected in the agenda and in view there."""
    agenda, ids = window.agenda, [r.id for r in window.store.rounds()]
    item = agenda.item(ids.index(round_id))
    return (
        window.shown_round_id() == round_id
        and agenda.currentItem() is item
        and agenda.selectedItems() == [item]
        and agenda.viewport().rect().intersects(agenda.visualItemRect(item))
    )


def test_undo_and_redo_of_next_round_show_the_round_on_the_clock(qtbot, window, session_file):
    active(qtbot, window)
    first, second, *_rest, last = [r.id for r in window.store.rounds()]
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # start round 1
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)  # on to round 2
    assert window.store.session().current_round_id == second
    undo(qtbot, window)  # the board on round 2 follows the clock back
    qtbot.waitUntil(lambda: chosen_in_agenda(window, first))
    assert window.store.session().current_round_id == first
    assert window.statusBar().currentMessage().startswith("Undone: Next round (round 1, ")
    # (A look at another round stays where it is on undo: test_undo_says_what_stays.)
    window.agenda.setCurrentRow(len(window.store.rounds()) - 1)  # a look at the last round
    assert window.shown_round_id() == last
    redo(qtbot, window)
    qtbot.waitUntil(lambda: chosen_in_agenda(window, second))
    window.close()
    with Store.open(session_file) as store:
        assert store.session().current_round_id == second


def test_undo_of_a_delete_says_how_many_cards_the_filter_hides(qtbot, window):
    active(qtbot, window)
    store, rid = window.store, window.shown_round_id()
    ids = [
        store.add_note(rid, text, function=fn).id
        for text, fn in (
            ("Leads wait for a call", "sales"),
            ("MQL counts differ", "marketing"),
            ("Campaign dates slip", "marketing"),
        )
    ]
    for nid in ids:
        click_card(qtbot, window, nid, CTRL)
    qtbot.keyClick(window.board, Qt.Key.Key_Delete)
    assert all(store.note(nid).deleted_at for nid in ids)
    qtbot.keyClick(window.entry, Qt.Key.Key_1, ALT)  # sales notes only
    undo(qtbot, window)
    qtbot.waitUntil(lambda: shows(window, ids[:1]))
    assert window.statusBar().currentMessage() == (
        "Undone: Delete 3 notes — 2 of the 3 notes are not shown:"
        " the board shows sales notes only (Alt+0 shows all)."
    )
    redo(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_3, ALT)  # other notes only: none of them
    undo(qtbot, window)
    qtbot.waitUntil(lambda: "none of" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "Undone: Delete 3 notes — none of the 3 notes is shown:"
        " the board shows other notes only (Alt+0 shows all)."
    )
    assert window.board.selected_note_ids() == []
    qtbot.keyClick(window.entry, Qt.Key.Key_0, ALT)
    assert not any(window.board.card(nid).isHidden() for nid in ids)
    assert all(store.note(nid).deleted_at is None for nid in ids)


def test_undo_of_a_round_step_names_the_round_it_shows_not_a_round_inside_it(qtbot, window):
    # "Undone: Move round in round 3, “Why it's broken”." read as a round moved inside one.
    active(qtbot, window)
    rounds = window.store.rounds()
    window.agenda.setCurrentRow(2)  # round 3 on the board
    moved = window.shown_round_id()
    qtbot.keyClick(window.entry, Qt.Key.Key_Down, ALT)  # it becomes round 4
    assert [r.id for r in window.store.rounds()].index(moved) == 3
    window.agenda.setCurrentRow(0)  # a look at round 1
    undo(qtbot, window)
    qtbot.waitUntil(lambda: chosen_in_agenda(window, moved))
    assert window.statusBar().currentMessage() == (
        f"Undone: Move round “{rounds[2].title}” down. Showing round 3, “{rounds[2].title}”."
    )
