"""An action item whose date at the end could not be read keeps its owner.

"Write the SLA @Ana by next week" (or "by Fridya", "by 31/11") was added with no owner and
"@Ana by next week" in its words: the name stood no longer at the end once the date was
not taken off, and the status bar said only "press Tab to give this one an owner and a due
date" (walkthrough finding)."""

from __future__ import annotations

import pytest

from tests.ui.test_sensemaking_actions import add_action


@pytest.mark.parametrize(
    ("typed", "what", "unread"),
    [
        ("Write the SLA @Ana by next week", "Write the SLA by next week", "next week"),
        ("Write the SLA @Ana Lopez by Fridya", "Write the SLA by Fridya", "Fridya"),
        ("Write the SLA @Ana due 31/11", "Write the SLA due 31/11", "31/11"),
    ],
)
def test_the_owner_is_read_and_the_date_not_read_is_said(qtbot, window, typed, what, unread):
    add_action(qtbot, window, typed)
    (action,) = window.store.actions()
    assert (action.text, action.owner, action.due) == (what, "Ana Lopez", None)
    said = window.statusBar().currentMessage()
    assert f"“{unread}” is not a date this reads" in said and "Tab" in said


def test_words_after_by_that_are_no_date_keep_the_owner_and_say_nothing_of_dates(qtbot, window):
    add_action(qtbot, window, "Cut response time @Ana by half")
    (action,) = window.store.actions()
    assert (action.text, action.owner) == ("Cut response time by half", "Ana Lopez")
    assert "not a date" not in window.statusBar().currentMessage()
