"""A round being captured with more notes than the wall holds at half size scrolls anyway:
its cards stay large enough that the room can read them."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo

from tests.ui.test_wall_card_type import add_said
from tests.ui.test_wall_cues import newest_in_view
from tests.ui.test_wall_on_a_projector import on_the_projector
from ui.windows.note_board import KIND

SAID = [
    "leads from the spring fair wait days for a call",
    "nobody owns the webinar list after the event",
    "SDRs call MQLs two weeks late",
    "we never hear back which content closed the deal",
]


def test_a_round_too_big_for_the_wall_keeps_readable_text_as_it_scrolls(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    add_said(store, rid, 40, SAID)
    wall = view.wall
    qtbot.waitUntil(lambda: wall.count() == 41 and newest_in_view(view))
    qtbot.waitUntil(lambda: not view._fit_pending)
    qtbot.wait(50)
    # At half size the cards were 10-point lines in half-empty cards; the room reads 16.
    assert QFontInfo(wall.font()).pointSize() >= 16
    assert wall.verticalScrollBar().maximum() > 0  # it scrolls, and follows the newest
    assert newest_in_view(view)
    # Every note's text is whole inside its card.
    cards = [wall.item(r) for r in range(wall.count()) if wall.item(r).data(KIND) == "note"]
    assert wall.texts_fit(wall.font(), cards[0].sizeHint())


def test_a_round_that_nearly_fits_stays_at_half_size_and_scrolls_a_little(qtbot, window):
    # 37 notes on a 1366x768 wall: at half size only the header went out of view, so the
    # room sees nearly every note rather than half of them in larger cards.
    from tests.ui.test_wall_cues import cards_in_view

    store, rid = window.store, window.shown_round_id()
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1366, 768))
    add_said(store, rid, 37, SAID)
    qtbot.waitUntil(lambda: view.wall.count() == 38 and newest_in_view(view))
    qtbot.waitUntil(lambda: not view._fit_pending)
    qtbot.wait(50)
    seen, total = cards_in_view(view)
    assert total == 37 and seen >= 30
