"""Once the session is over there is no clock for the wall to follow: it shows the round open
in the main window, so an organizer can take the room (or a later meeting) through each
round's themes. It showed the last round, "Done" and its two notes, whatever was open."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_wall_of_an_ended_session_shows_the_round_open_here(qtbot, demo_window):
    window = demo_window
    rounds = window.store.rounds()
    last = rounds[-1]
    assert last.ended_at is not None and not last.is_running  # the example has ended
    window.agenda.setCurrentRow(2)  # round 3 and its themes, open to go through them
    shown = window.shown_round_id()
    assert shown == rounds[2].id != last.id
    qtbot.keyClick(window, Qt.Key.Key_F5)
    view = window.presenter
    qtbot.waitUntil(view.isVisible)
    assert view.wall.round_id == shown
    assert view.timer.text() == "Done"  # not "Round 5 · Done": no round's clock any more
    # Another round opened here: the wall goes with it.
    view.hide()
    window.agenda.setCurrentRow(1)
    assert window.shown_round_id() == rounds[1].id
    window.toggle_presenter()
    qtbot.waitUntil(view.isVisible)
    assert view.wall.round_id == rounds[1].id
    question = view.findChild(type(view.question), "presenterQuestion")
    assert question.text().startswith(f"Round 2 · {rounds[1].title}: ")
    view.hide()


def test_while_the_session_runs_the_wall_follows_the_clock(qtbot, window):
    store = window.store
    first, second = store.rounds()[:2]
    window.show_round(first.id)
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert store.round(first.id).is_running
    window.show_round(second.id)  # the facilitator looks ahead; the room keeps round 1
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.presenter.isVisible)
    assert window.presenter.wall.round_id == first.id
    window.presenter.hide()
