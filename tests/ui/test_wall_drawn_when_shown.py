"""Rounds picked in the agenda while nobody sees the wall do not redraw it (with 500 notes on
the clock's round each pick took 300 ms more for it); what changed meanwhile is on it the
moment it is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_hidden_wall_redraw import wall_headers


def wall_notes(window) -> set[int]:
    wall = window.presenter.wall
    return {nid for nid, card in wall._cards.items() if not card.isHidden()}


def test_picking_rounds_leaves_the_hidden_wall_alone_and_f5_shows_it_whole(qtbot, window):
    store = window.store
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()  # round 1 on the clock: the one on the wall
    first, second = (r.id for r in store.rounds()[:2])
    before = [store.add_note(first, f"Lead note {i}").id for i in range(3)]
    store.add_note(second, "A note of round 2")
    redraws: list[int] = []
    window.presenter.wall.redrawn.connect(lambda: redraws.append(1))

    window.agenda.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Down):
        qtbot.keyClick(window.agenda, key)
    assert window.shown_round_id() == second
    assert redraws == []

    # Meanwhile round 1 gets a theme and a note typed on its board.
    store.add_theme(first, "Lead handover", note_ids=before[:2])
    qtbot.keyClick(window.agenda, Qt.Key.Key_Up)
    assert window.shown_round_id() == first
    qtbot.keyClicks(window.entry, "Typed while the wall was away")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    typed = max(n.id for n in store.notes(first))

    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)
    assert window.presenter.wall.round_id == first
    assert wall_headers(window) == ["Lead handover"]
    assert wall_notes(window) == {*before, typed}
