"""A round with themes on the wall: one long note takes smaller type on its own card, the
short ones keep the larger type the room allows, and no card is cut off. Every card of a
themed round had one size, and a 200-character note ended in "…" on a 1024x768 projector."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.store import Store
from tests.ui.test_wall_card_type import add_said, card_points, text_is_whole
from tests.ui.test_wall_on_a_projector import assert_whole_round_in_view, on_the_projector
from ui.windows.note_board import KIND

LONG = (
    "Marketing hands over leads scored on a model nobody in sales has seen, the reps "
    "ignore the score and call the ones they like, and then both sides argue at every "
    "QBR about whose number was wrong again."
)


def settle(qtbot, view) -> None:
    for _ in range(5):  # fitted, rebuilt, laid out
        qtbot.waitUntil(lambda: not view._fit_pending)
        qtbot.wait(20)


def assert_long_card_alone_is_smaller(wall) -> None:
    cards = [wall.item(r) for r in range(wall.count()) if wall.item(r).data(KIND) == "note"]
    long = [c for c in cards if c.text() == LONG]
    short = [c for c in cards if c.text() != LONG]
    assert len(long) == 1 and len(short) == 19
    big = {card_points(wall, c) for c in short}
    assert len(big) == 1, big  # the short notes share one size ...
    assert 10 <= card_points(wall, long[0]) < min(big)  # ... larger than the long note's
    assert text_is_whole(wall, long[0]), wall.visualItemRect(long[0])  # was cut off
    assert all(text_is_whole(wall, c) for c in short)


def test_one_long_note_on_a_themed_wall_takes_smaller_type_alone(qtbot, window, session_file):
    assert len(LONG) == 200
    store, rid = window.store, window.shown_round_id()
    ids = add_said(store, rid, 19)
    for t in range(4):
        store.add_theme(rid, f"Theme {t}", note_ids=ids[t::4])
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    wall = view.wall
    assert wall.columns
    # The facilitator types the long note while the wall shows the themes: it stands in
    # the Ungrouped column.
    qtbot.keyClicks(window.entry, LONG)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: LONG in [wall.item(r).text() for r in range(wall.count())])
    settle(qtbot, view)
    assert_long_card_alone_is_smaller(wall)
    assert_whole_round_in_view(view)

    # Put into a theme, it keeps its own smaller type there.
    long_id = next(n.id for n in store.notes(rid) if n.text == LONG)
    store.assign_notes([long_id], store.themes(rid)[3].id)
    settle(qtbot, view)
    assert_long_card_alone_is_smaller(wall)
    assert_whole_round_in_view(view)
    view.hide()
    window.close()
    with Store.open(session_file) as again:
        assert again.note(long_id).text == LONG
