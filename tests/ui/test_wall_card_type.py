"""A round without themes on the wall: one long note takes smaller type on its own card, the
short ones keep the larger type the room allows. One size for all held 25 notes on a
1024x768 projector at 10 points (and cut the long one off) for the sake of one note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QFontMetrics

from roundtable.store import Store
from tests.ui.test_wall_on_a_projector import assert_whole_round_in_view, on_the_projector
from ui.windows.cards import CARD_INSET
from ui.windows.note_board import KIND

SAID = [
    "leads from the spring fair wait days for a call",
    "nobody owns the webinar list after the event",
    "SDRs call MQLs two weeks late",
    "Pricing page says one thing, the reps quote another",
    "CRM fields",
]


def add_said(store, rid: int, count: int, said: list[str] = SAID) -> list[int]:
    """`count` short notes in round `rid`, the lines of `said` in turn, numbered: their ids."""
    return [store.add_note(rid, f"{said[k % len(said)]} ({k})").id for k in range(count)]


LONG = (
    "Marketing hands over leads scored on a model nobody in sales has seen, the reps "
    "ignore the score, call the ones they like, and then both sides argue at the QBR "
    "about whose number was wrong."
)


def card_points(wall, item) -> int:
    """The type size a card is painted in: its own, else the wall's."""
    return QFontInfo(item.data(Qt.ItemDataRole.FontRole) or wall.font()).pointSize()


def text_is_whole(wall, item) -> bool:
    font = item.data(Qt.ItemDataRole.FontRole) or wall.font()
    rect = wall.visualItemRect(item)
    inner = rect.width() - 12 - 2 * CARD_INSET  # inside the card's frames (cards.py)
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = QFontMetrics(font).boundingRect(0, 0, inner, 10_000, flags, item.text())
    return needed.height() <= rect.height()


def test_one_long_note_takes_smaller_type_on_its_own_card_only(qtbot, window, session_file):
    store, rid = window.store, window.shown_round_id()
    add_said(store, rid, 24)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    wall = view.wall
    # The facilitator types the long note while the wall shows the round.
    qtbot.keyClicks(window.entry, LONG)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wall.count() == 26)
    for _ in range(5):  # fitted, rebuilt, laid out
        qtbot.waitUntil(lambda: not view._fit_pending)
        qtbot.wait(20)
    cards = [wall.item(r) for r in range(wall.count()) if wall.item(r).data(KIND) == "note"]
    long = [c for c in cards if c.text() == LONG]
    short = [c for c in cards if c.text() != LONG]
    assert len(long) == 1 and len(short) == 24
    assert min(card_points(wall, c) for c in short) >= 12  # was 10 for every card
    assert 10 <= card_points(wall, long[0]) < card_points(wall, short[0])
    assert text_is_whole(wall, long[0]), wall.visualItemRect(long[0])  # was cut off
    assert all(text_is_whole(wall, c) for c in short)
    assert_whole_round_in_view(view)
    view.hide()
    window.close()
    with Store.open(session_file) as again:
        assert LONG in [n.text for n in again.notes(rid)]


def test_a_round_of_short_notes_keeps_one_size(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    add_said(store, rid, 25)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    wall = view.wall
    cards = [wall.item(r) for r in range(wall.count()) if wall.item(r).data(KIND) == "note"]
    assert {card_points(wall, c) for c in cards} == {QFontInfo(wall.font()).pointSize()}
    assert_whole_round_in_view(view)
    view.hide()
