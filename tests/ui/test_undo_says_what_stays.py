"""Ctrl+Z says what the undo leaves as it was: after a note typed with "m:" the next notes
still count as marketing (the undo said only "Undone: Add note …"), and after Next round
undone while the board shows another round, which round the clock is back on and that the
board stays on the round looked at (it was taken to the clock's round without a word)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_main_window import card_texts, type_note
from tests.ui.test_undo_shows_groupings import active, press, undo
from tests.ui.test_undo_shows_rounds import ALT, chosen_in_agenda


def said(window) -> str:
    return window.statusBar().currentMessage()


def test_undo_of_an_m_note_says_the_next_notes_still_count_as_marketing(qtbot, window):
    active(qtbot, window)
    type_note(qtbot, window, "m: Bonus plans reward no one")
    assert said(window) == (
        "The next notes count as marketing too (s: or Ctrl+1 switches back to sales)."
    )
    undo(qtbot, window)
    qtbot.waitUntil(lambda: card_texts(window) == [])
    assert said(window) == (
        "Undone: Add note “Bonus plans reward no one”."
        " The next notes still count as marketing (s: or Ctrl+1 switches back to sales)."
    )
    # And so they do: the next plain note is a marketing note.
    type_note(qtbot, window, "Webinar leads go cold")
    assert window.store.notes(window.shown_round_id())[-1].function == "marketing"


def test_undo_of_a_plain_note_says_nothing_of_the_line(qtbot, window):
    active(qtbot, window)
    type_note(qtbot, window, "m: Bonus plans")
    type_note(qtbot, window, "Webinar leads go cold")
    undo(qtbot, window)
    qtbot.waitUntil(lambda: len(card_texts(window)) == 1)
    assert said(window) == "Undone: Add note “Webinar leads go cold”."


def test_undo_of_next_round_says_where_the_clock_is_and_what_the_board_shows(qtbot, window):
    active(qtbot, window)
    rounds = window.store.rounds()
    first, last = rounds[0], rounds[-1]
    press(qtbot, window, Qt.Key.Key_Space)  # start round 1
    press(qtbot, window, Qt.Key.Key_Right)  # on to round 2
    window.agenda.setCurrentRow(len(rounds) - 1)  # a look at the last round
    undo(qtbot, window)
    qtbot.waitUntil(lambda: window.store.session().current_round_id == first.id)
    qtbot.wait(50)  # (the board's redraw after the step, which may show a round)
    assert chosen_in_agenda(window, last.id)  # still where the facilitator was looking
    assert said(window) == (
        f"Undone: Next round (round 1, “{first.title}” → round 2). The clock is back on"
        f" round 1, “{first.title}”; the board shows"
        f" round {last.position} (Alt+Home shows the round on the clock)."
    )
    press(qtbot, window, Qt.Key.Key_Home, ALT)
    assert chosen_in_agenda(window, first.id)


def test_undo_of_next_round_with_the_board_on_the_clock_brings_it_back_too(qtbot, window):
    active(qtbot, window)
    first, second = window.store.rounds()[:2]
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.shown_round_id() == second.id
    undo(qtbot, window)
    qtbot.waitUntil(lambda: chosen_in_agenda(window, first.id))
    assert (
        said(window)
        == f"Undone: Next round (round 1, “{first.title}” → round 2). The clock is back on"
        f" round 1, “{first.title}”."
    )
