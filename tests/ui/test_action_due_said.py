"""What the action item line says of the due date it read (walkthrough findings).

A date already past, typed in the line ("… due 30.11.2026" for 30.12), was added with
"due 30 Nov 2026. Type the next one." and nothing more; the Due cell says such a date is in
the past. In a small window the line under an item read "due 1 Nov" for 1 Nov next year,
which looks like a date gone by, not one eleven months away."""

from __future__ import annotations

from datetime import date, timedelta

from roundtable.dates import written_date
from tests.ui.test_action_items_small_window import actions_in_front
from tests.ui.test_sensemaking_actions import add_action
from ui.sensemaking.action_model import WHAT


def test_a_due_date_in_the_past_is_said_as_the_item_is_added(qtbot, window):
    past = date.today() - timedelta(days=6)
    add_action(qtbot, window, f"Review the pricing page @Ana Lopez due {past.isoformat()}")
    (action,) = window.store.actions()
    assert action.due == past  # kept as typed
    said = window.statusBar().currentMessage()
    assert f"due {written_date(past)}" in said
    assert "is in the past" in said and "Ctrl+Z" in said


def test_a_date_to_come_says_nothing_of_the_past(qtbot, window):
    soon = date.today() + timedelta(days=6)
    add_action(qtbot, window, f"Review the pricing page @Ana Lopez due {soon.isoformat()}")
    assert "past" not in window.statusBar().currentMessage()


def test_a_small_window_gives_the_year_of_a_date_in_another_year(qtbot, window):
    view = actions_in_front(qtbot, window, (800, 600))
    later = date(date.today().year + 1, 11, 1)
    add_action(qtbot, window, f"Pilot the SLA @Ana Lopez due {later.isoformat()}")
    add_action(qtbot, window, "Share the lists @Ana Lopez due 31 Dec")
    shown = [view.model().index(r, WHAT).data() for r in range(2)]
    assert shown[0].endswith(f"due 1 Nov {later.year}")
    assert shown[1].endswith("due 31 Dec")  # this year's: short, as before
