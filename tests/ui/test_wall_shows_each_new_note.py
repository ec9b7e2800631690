"""Each note that arrives on a wall that scrolls comes into view there, also when the
projector view redraws the wall first: its refit (the view resized, the clock or the
question taking another height) and a new name's redraw both read the store, and the
wall's own scroll to the note added was skipped. The room, reading the wall from its top,
did not see the note typed or sent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable.store import NewNote
from tests.ui.test_let_in_arrives_last import in_view
from tests.ui.test_wall_card_type import add_said
from tests.ui.test_wall_follows_board import wall_on_a_second_screen
from tests.ui.test_wall_themed_card_type import settle


def wall_on_the_projector(qtbot, window, monkeypatch, notes: int, size: tuple[int, int]):
    """F5 with a second screen: the wall shows the round there, the main window types."""
    store, rid = window.store, window.shown_round_id()
    add_said(store, rid, notes)
    wall_on_a_second_screen(qtbot, window, monkeypatch)
    view = window.presenter
    view.setWindowState(Qt.WindowState.WindowNoState)
    view.resize(*size)
    settle(qtbot, view)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.wall.verticalScrollBar().setValue(0)  # the room reads the first notes
    settle(qtbot, view)
    return view


@pytest.mark.parametrize(
    ("notes", "size", "refit"),
    [
        (40, (1366, 768), (800, 600)),
        (40, (1920, 1080), (1366, 768)),
        (100, (800, 600), (1920, 1080)),
    ],
)
def test_a_note_typed_as_the_wall_is_refitted_comes_into_view(
    qtbot, window, monkeypatch, notes, size, refit
):
    view = wall_on_the_projector(qtbot, window, monkeypatch, notes, size)
    wall = view.wall
    qtbot.keyClicks(window.entry, "s: Renewals are decided before QBRs")
    view.resize(*refit)  # refitted as Enter comes: the refit redraws the wall first
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    note = window.store.notes(window.shown_round_id())[-1]
    assert note.text == "Renewals are decided before QBRs"
    qtbot.waitUntil(lambda: wall.card(note.id) is not None)
    settle(qtbot, view)
    assert wall.verticalScrollBar().maximum() > 0  # the round scrolls on this wall
    assert in_view(wall, wall.card(note.id)), wall.verticalScrollBar().value()


@pytest.mark.parametrize("name", [None, "Dana Phone"])
def test_notes_from_phones_in_a_burst_bring_the_newest_into_view(qtbot, window, monkeypatch, name):
    # With a name new to the session (as an import brings) the wall was redrawn for the
    # new person before it took the notes; without, the view was refitted as they came.
    view = wall_on_the_projector(qtbot, window, monkeypatch, 40, (1366, 768))
    wall, rid = view.wall, window.shown_round_id()
    if name is None:
        view.resize(800, 600)
    burst = [NewNote(rid, f"Sent by phone {k}", "sales", None, "device", name) for k in range(4)]
    newest = window.store.add_notes(burst)[-1]
    qtbot.waitUntil(lambda: wall.card(newest) is not None)
    settle(qtbot, view)
    assert wall.verticalScrollBar().maximum() > 0
    assert in_view(wall, wall.card(newest)), wall.verticalScrollBar().value()


def test_a_refit_with_no_new_note_leaves_the_wall_where_the_room_reads(qtbot, window, monkeypatch):
    view = wall_on_the_projector(qtbot, window, monkeypatch, 40, (1366, 768))
    wall = view.wall
    qtbot.keyClicks(window.entry, "s: Renewals are decided before QBRs")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    settle(qtbot, view)
    wall.verticalScrollBar().setValue(0)  # the room reads the first notes again
    view.resize(800, 600)
    settle(qtbot, view)
    assert wall.verticalScrollBar().value() == 0 < wall.verticalScrollBar().maximum()
