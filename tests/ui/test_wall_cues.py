"""The lines at the wall's edges that say how many notes are out of view: a round being
captured with more notes than the wall holds scrolled to its newest card, and nothing told
the room that the first notes were above it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.ui.test_wall_on_a_projector import on_the_projector
from ui.windows.note_board import KIND


def cards_in_view(view) -> tuple[int, int]:
    """(cards whose middle is in the wall's view, cards on the wall)."""
    wall = view.wall
    port = wall.viewport().rect()
    cards = [wall.item(r) for r in range(wall.count()) if wall.item(r).data(KIND) == "note"]
    seen = [c for c in cards if port.contains(wall.visualItemRect(c).center())]
    return len(seen), len(cards)


def newest_in_view(view) -> bool:
    wall = view.wall
    newest = wall.item(wall.count() - 1)
    return wall.viewport().rect().contains(wall.visualItemRect(newest))


def test_the_wall_says_how_many_notes_are_above_the_newest(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 600))
    above = view.findChild(QLabel, "presenterMoreAbove")
    below = view.findChild(QLabel, "presenterMore")
    for k in range(3):  # a few notes fit: no line at either edge
        store.add_note(rid, f"Note {k}: leads from the spring fair wait days for a first call")
    qtbot.waitUntil(lambda: cards_in_view(view) == (3, 3))
    qtbot.waitUntil(lambda: not view._fit_pending)
    assert not above.isVisible() and not below.isVisible()

    for k in range(3, 60):  # notes keep coming: the wall follows the newest
        store.add_note(rid, f"Note {k}: leads from the spring fair wait days for a first call")
    qtbot.waitUntil(lambda: cards_in_view(view)[1] == 60 and newest_in_view(view))
    qtbot.waitUntil(above.isVisible)
    seen, total = cards_in_view(view)
    assert above.text() == f"▲ {total - seen} more notes above"
    assert 0 < total - seen < total
    assert not below.isVisible()  # the newest card is in view
    port = view.wall.viewport().geometry()
    assert view.wall.rect().contains(above.geometry())
    assert not port.intersects(above.geometry())  # over no card
    assert above.font().pointSize() >= 14  # read from the back of the room

    store.add_note(rid, "Note 60: one more, as the room goes on")
    qtbot.waitUntil(lambda: cards_in_view(view)[1] == 61 and newest_in_view(view))
    seen, total = cards_in_view(view)
    qtbot.waitUntil(lambda: above.text() == f"▲ {total - seen} more notes above")

    bar = view.wall.verticalScrollBar()
    bar.setValue(0)  # Page Up to the first notes: the line moves to the bottom edge
    qtbot.waitUntil(lambda: not above.isVisible() and below.isVisible())
    seen, total = cards_in_view(view)
    assert below.text() == f"▼ {total - seen} more notes below"
    view.hide()


def test_notes_added_while_the_wall_is_hidden_are_counted_when_it_is_shown(qtbot, window):
    # A hidden wall's notes are not counted on every Enter (11 ms a note with 500 in the
    # round); shown, the wall says what is out of view at once.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    store, rid = window.store, window.shown_round_id()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    rid = window.store.session().current_round_id
    for k in range(60):
        store.add_note(rid, f"Note {k}: leads from the spring fair wait days for a first call")
    assert not window.presenter.isVisible()
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    view = window.presenter
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    below = view.findChild(QLabel, "presenterMore")
    qtbot.waitUntil(below.isVisible)
    qtbot.waitUntil(lambda: not view._fit_pending)
    seen, total = cards_in_view(view)
    assert total == 60 and 0 < seen < total
    qtbot.waitUntil(lambda: below.text() == f"▼ {total - seen} more notes below")
