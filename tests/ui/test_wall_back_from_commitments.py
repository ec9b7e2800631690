"""The notes come back on the wall after the commitments with every note sent meanwhile,
even when the round was edited (or its clock paused) while the commitments were up."""

from __future__ import annotations

from tests.ui.test_wall_drawn_when_shown import wall_notes


def test_notes_sent_while_commitments_were_up_are_on_the_wall_after(qtbot, window):
    store = window.store
    window.start_btn.click()  # round 1 on the clock and on the wall
    first = store.rounds()[0]
    before = store.add_note(first.id, "Lead note before").id
    window.wall_commitments()  # the commitments in the wall's place, the view up
    qtbot.waitUntil(lambda: window.presenter.isVisible())
    assert window.presenter.showing_commitments()

    store.update_round(first.id, title=first.title + " (extended)")  # a round edited
    during = store.add_note(first.id, "A phone's note while the commitments were up").id

    window.wall_commitments()  # the notes again
    assert not window.presenter.showing_commitments()
    assert window.presenter.wall.isVisible()
    assert wall_notes(window) >= {before, during}
