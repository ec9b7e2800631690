"""A small themed round with two long notes on the wall keeps large type: the long notes'
cards grow to hold them whole. More than a few long notes (here two of eight) took the
whole wall down towards its least type, since they were too long for their cards at every
size above it: 13 pt on a 1024x768 projector with half of it empty (10 pt for six notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.store import Store
from tests.ui.test_wall_card_type import SAID, card_points, text_is_whole
from tests.ui.test_wall_on_a_projector import assert_whole_round_in_view, on_the_projector
from tests.ui.test_wall_themed_card_type import LONG, settle
from ui.windows.note_board import KIND
from ui.windows.wall_fit import LEAST_POINTS

OTHER_LONG = (
    "Every quarter the events budget is cut first, then sales asks why the pipeline from "
    "the regions dried up, and marketing spends the next quarter explaining that the two "
    "are the same decision."
)


def test_two_long_notes_in_a_small_themed_round_keep_the_rooms_type(qtbot, window, session_file):
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, text).id for text in SAID[:4]]
    store.add_theme(rid, "Slow follow-up", note_ids=ids[:2])
    store.add_theme(rid, "Pricing", note_ids=ids[2:])
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    wall = view.wall
    assert wall.columns
    # The facilitator types two long notes and two short ones while the wall shows themes.
    for text in (LONG, "Reps skip the CRM", OTHER_LONG, "No shared targets"):
        qtbot.keyClicks(window.entry, text)
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: sum(1 for r in range(wall.count()) if wall.item(r).data(KIND) == "note") == 8
    )
    settle(qtbot, view)
    cards = [wall.item(r) for r in range(wall.count()) if wall.item(r).data(KIND) == "note"]
    sizes = {card.text(): card_points(wall, card) for card in cards}
    # 18 pt for every card now; it was 13 pt (12 pt for the longest note).
    assert min(sizes.values()) > LEAST_POINTS + 4, sizes
    assert sizes[LONG] == sizes[OTHER_LONG] == sizes["Reps skip the CRM"]
    assert all(text_is_whole(wall, card) for card in cards)
    assert_whole_round_in_view(view)
    view.hide()
    window.close()
    with Store.open(session_file) as again:
        assert {LONG, OTHER_LONG} <= {n.text for n in again.notes(rid)}
