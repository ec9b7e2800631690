"""After Sort the rest, the board shows the themes it filled: shown from its top, the notes
left ungrouped pushed the first theme below the fold of a 1024x640 window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_sensemaking_suggest import NOTES, broken_round, shown_preview
from ui.windows.note_board import KIND

# Notes no theme of the round is about: Sort the rest leaves them ungrouped.
ASIDES = (
    "o: The projector in room B flickers",
    "o: Lunch was late again",
    "o: Can we get the slides afterwards",
    "o: Parking at the venue is hard",
    "o: The wifi password is on the door",
    "o: Next session should start at nine",
    "o: Who is bringing the coffee tomorrow",
    "o: Please share the attendee list",
)


def test_after_sort_the_rest_the_board_shows_the_first_theme(qtbot, window):
    window.resize(1024, 640)
    rid, ids = broken_round(qtbot, window, ASIDES + NOTES)
    store, board = window.store, window.board
    loose = len(ASIDES)
    store.add_theme(rid, "Compensation and incentives", note_ids=ids[loose : loose + 2])
    store.add_theme(rid, "CRM data and tools", note_ids=ids[loose + 6 : loose + 8])
    qtbot.keyClick(
        window.entry,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    preview = shown_preview(qtbot, window)
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.redraws.board_later.isActive())
    left = [n for n in store.notes(rid) if n.theme_id is None]
    assert len(left) >= 4  # enough to fill the board's first half

    first = next(board.item(r) for r in range(board.count()) if board.item(r).data(KIND) == "theme")
    assert first.text().startswith("Compensation and incentives")
    heading = board.visualItemRect(first)
    assert 0 <= heading.top() <= 2 * board.spacing()  # at the top of the board, in view
    assert board.verticalScrollBar().value() > 0
    said = window.statusBar().currentMessage()
    assert said.endswith(f"{len(left)} notes stay ungrouped, above the themes.")
    # Scrolling up shows them: the board above the first theme is the ungrouped notes.
    board.scrollToTop()
    assert board.item(0).text().startswith(f"Ungrouped — {len(left)} notes")
