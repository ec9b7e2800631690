"""A themed round far too big for the wall scrolls in type the room can read (as a round
without themes does), not in the least type: on an 800x800 wall, 22 notes in six
themes showed 10-point text and scrolled all the same. One that nearly fits keeps the
least type, so that only a little of it is out of view."""

from __future__ import annotations

from PySide6.QtCore import QSize

from tests.ui.test_wall_card_type import add_said
from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_card_type import settle
from ui.windows.wall_rows import MIN_SCALE, NEARLY_FITS, SCROLL_SCALE, points_at


def themed_round(window, notes: int) -> int:
    store, rid = window.store, window.shown_round_id()
    ids = add_said(store, rid, notes)
    for t in range(6):
        store.add_theme(rid, f"Theme {t}", note_ids=ids[t::6])
    return rid


def least_plan_height(view) -> int:
    card, font = view._card(MIN_SCALE, 0)
    return view.wall.plan(card, font, view.wall.room()).height


def test_a_themed_round_far_too_big_scrolls_in_readable_type(qtbot, window):
    rid = themed_round(window, 90)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    settle(qtbot, view)
    assert view.wall.columns
    assert least_plan_height(view) > NEARLY_FITS * view.wall.room().height()
    assert view._scale == SCROLL_SCALE
    assert view.wall.font().pointSize() == points_at(SCROLL_SCALE) > points_at(MIN_SCALE)
    assert view.wall.verticalScrollBar().maximum() > 0  # it scrolls, as it must


def test_a_themed_round_that_nearly_fits_keeps_the_least_type(qtbot, window):
    rid = themed_round(window, 48)
    # 730 high: the key to the sides under the wall took 30 pixels of a 690-high view.
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 730))
    settle(qtbot, view)
    room: QSize = view.wall.room()
    assert room.height() < least_plan_height(view) <= NEARLY_FITS * room.height()
    assert view._scale == MIN_SCALE
