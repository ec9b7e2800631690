"""A due date typed at the end of an action item ("by Friday", "due 15 January") goes in its
Due column, with or without "@name" around it: the facilitator typed the commitment as said
in the room, and the date stayed in the item's words with Due empty."""

from __future__ import annotations

from datetime import date

import pytest

from roundtable.dates import typed_as_date
from tests.ui.test_sensemaking_actions import add_action


def day(text: str) -> date:
    found = typed_as_date(text, today=date.today())
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("typed", "what", "owner", "due"),
    [
        ("Send the SLA draft @Ana by Friday", "Send the SLA draft", "Ana Lopez", "friday"),
        ("Send the SLA draft by 15 January @Ben", "Send the SLA draft", "Ben Okafor", "15 January"),
        ("Send the SLA draft, due 31/12", "Send the SLA draft", "", "31/12"),
        ("Cut response time by half @Ana", "Cut response time by half", "Ana Lopez", None),
        ("Grow pipeline by Q3", "Grow pipeline by Q3", "", None),
        ("Cut the sales cycle by two weeks", "Cut the sales cycle by two weeks", "", None),
        ("Raise the lead score bar by 12.5", "Raise the lead score bar by 12.5", "", None),
        ("Share the deck due in two weeks", "Share the deck", "", "in two weeks"),
        ("Book the venue by 15.1.", "Book the venue", "", "15.1."),
    ],
)
def test_a_date_at_the_end_is_the_due_date(qtbot, window, typed, what, owner, due):
    add_action(qtbot, window, typed)
    (action,) = window.store.actions()
    assert (action.text, action.owner or "", action.due) == (
        what,
        owner,
        day(due) if due else None,
    )


def test_the_status_bar_says_owner_and_date(qtbot, window):
    add_action(qtbot, window, "Send the SLA draft @Ana by 15 January")
    (action,) = window.store.actions()
    assert window.statusBar().currentMessage().startswith("Action item added for Ana Lopez, due ")
    assert window.statusBar().currentMessage().endswith("Type the next one.")
