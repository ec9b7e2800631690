"""A session opens again on the round and the place on the board the facilitator was
looking at when it was closed, with the clock on its own round. It opened on the clock's
round: grouping round 3 while the clock had moved on to round 5, the facilitator came back
to round 5's board and had to find round 3 and their place in it again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from roundtable.store import Store
from roundtable.templates import get_template
from tests.ui.conftest import shown_window
from tests.ui.test_board_keeps_its_scroll import _top_of_view

BROKEN = "Why it's broken"


def _looking_at(qtbot, demo_file, fake_clock):
    """The example session (its clock on round 5, Commitments) with round 3 shown and its
    board scrolled well down: what is at the top of the board's view."""
    win = shown_window(qtbot, demo_file, fake_clock)
    win.resize(1024, 640)
    titles = [r.title for r in win.store.rounds()]
    win.agenda.setCurrentRow(titles.index(BROKEN))
    bar = win.board.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 200)  # the round is longer than the board
    bar.setValue(bar.maximum() - 100)
    top = _top_of_view(win.board)
    assert top[:2] != ("ungrouped", -1)  # well into the round's themes
    return win, top


def _board_round(win) -> str:
    return win.store.round(win.shown_round_id()).title


def test_reopened_on_the_round_and_place_being_grouped_with_the_clock_on_its_round(
    qtbot, demo_file, fake_clock
):
    win, top = _looking_at(qtbot, demo_file, fake_clock)
    win.close()

    win = shown_window(qtbot, demo_file, fake_clock)
    win.resize(1024, 640)
    assert _board_round(win) == BROKEN
    assert win.question.text().startswith(BROKEN)
    assert win.agenda.currentItem().text().startswith(f"3. {BROKEN}")
    # The clock stays on its own round.
    assert "round 5, Commitments" in win.findChild(QLabel, "timerRound").text()
    assert "▶" in win.agenda.item(4).text()
    qtbot.waitUntil(lambda: _top_of_view(win.board)[:2] == top[:2])
    assert abs(_top_of_view(win.board)[2] - top[2]) <= 2
    said = win.statusBar().currentMessage()
    assert said.startswith("Round 3, Why it's broken, as when the session was closed")
    assert said.endswith("Alt+Home shows the round on the clock (round 5).")
    win.close()


def test_a_file_never_closed_here_opens_on_the_clocks_round(qtbot, demo_file, fake_clock):
    win = shown_window(qtbot, demo_file, fake_clock)
    assert _board_round(win) == "Commitments"  # as before: no place kept for this file
    assert win.board.verticalScrollBar().value() == 0
    win.close()


def test_another_session_saved_at_the_same_path_opens_on_its_clocks_round(
    qtbot, demo_file, fake_clock
):
    # Round 3 of the example is not round 3 of the session written over it later.
    win, _top = _looking_at(qtbot, demo_file, fake_clock)
    win.close()
    demo_file.unlink()
    template = get_template("sales-marketing-roundtable")
    with Store.create(demo_file, title="Next quarter", template=template, clock=fake_clock):
        pass
    win = shown_window(qtbot, demo_file, fake_clock)
    assert _board_round(win) == "Welcome"
    assert "as when the session was closed" not in win.statusBar().currentMessage()
    win.close()


def test_a_session_not_begun_opens_on_its_first_round(qtbot, session_file, fake_clock):
    # A round looked at while preparing the evening before came back at the venue, and
    # Ctrl+Space there started that round instead of round 1.
    win = shown_window(qtbot, session_file, fake_clock)
    win.agenda.setCurrentRow(2)
    assert _board_round(win) == BROKEN
    win.close()
    win = shown_window(qtbot, session_file, fake_clock)
    assert _board_round(win) == "Welcome"
    win.close()
