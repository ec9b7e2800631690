"""A round without themes that fits the wall lets its cards grow into the room under its
last row, as far as larger text needs: twenty notes on a 1024x768 projector were 10-point
lines over a quarter of the wall left blank."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo

from tests.ui.test_wall_card_type import add_said
from tests.ui.test_wall_on_a_projector import assert_whole_round_in_view, on_the_projector
from ui.windows.note_board import KIND

SAID = [
    "leads from the spring fair wait days for a call",
    "nobody owns the webinar list after the event",
    "SDRs call MQLs two weeks late",
    "Pricing page says one thing, the reps quote another, and the customer notices first",
    "CRM fields",
]


def test_twenty_notes_fill_a_1024_wall_in_larger_type(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    add_said(store, rid, 20, SAID)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    wall = view.wall
    assert QFontInfo(wall.font()).pointSize() >= 12  # was 10
    assert_whole_round_in_view(view)
    assert not wall.verticalScrollBar().isVisible()
    cards = [wall.item(r) for r in range(wall.count()) if wall.item(r).data(KIND) == "note"]
    assert len(cards) == 20
    assert wall.visualItemRect(cards[0]).height() > 100  # taller than at half size
    view.hide()
