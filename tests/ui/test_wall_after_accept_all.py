"""Accept all on a round of a hundred notes or more with the wall open: the wall is redrawn in
a turn of its own after the board's (batch_redraws.py). The room still sees the accepted
themes on the wall once the window has had its turns, and Ctrl+Z and Ctrl+Shift+Z still take
them off and put them back."""

from __future__ import annotations

from roundtable.store import NewNote
from tests.ui.test_hidden_wall_redraw import wall_headers
from tests.ui.test_undo_shows_groupings import active, redo, undo
from ui.sensemaking.theme_commands import ApplySuggestions
from ui.windows.note_board import KIND

LABELS = [f"Events {g}" for g in range(5)]


def _wall_open_on_big_round(qtbot, window):
    rid = window.shown_round_id()
    texts = [f"Leads from event {k} wait days for a call" for k in range(150)]
    ids = window.store.add_notes([NewNote(rid, text) for text in texts])
    window.show_round(rid)
    presenter = window.presenter
    presenter.show_round(rid, window.store.round(rid).prompt)
    presenter.show()
    presenter.resize(1024, 768)
    qtbot.waitUntil(lambda: presenter.wall.count() == 151 and not presenter._fit_pending)
    return rid, ids


def _accept_all(window, rid, ids) -> None:
    groups = [(label, ids[g * 30 : (g + 1) * 30], None) for g, label in enumerate(LABELS)]
    command = ApplySuggestions(window.store, rid, groups, "Accept suggested themes")
    command.batch = window.signals.batch
    window.undo_stack.push(command)  # as Accept all does


def _settled(window) -> bool:
    redraws = window.redraws
    waiting = (redraws.board_later, redraws.panels_later, redraws.wall_later)
    return not any(timer.isActive() for timer in waiting) and not window.presenter._fit_pending


def test_accept_all_with_the_wall_open_shows_the_themes_after_the_boards_turn(qtbot, window):
    active(qtbot, window)
    rid, ids = _wall_open_on_big_round(qtbot, window)
    wall = window.presenter.wall
    _accept_all(window, rid, ids)
    # Not in the click's turn: the wall waits for a turn of its own.
    assert wall_headers(window) == []
    qtbot.waitUntil(lambda: wall_headers(window) == LABELS)
    qtbot.waitUntil(lambda: _settled(window))
    assert wall.columns
    assert sum(wall.item(r).data(KIND) == "note" for r in range(wall.count())) == 150

    undo(qtbot, window)
    qtbot.waitUntil(lambda: wall_headers(window) == [] and not wall.columns)
    assert not wall.item(0).isHidden()  # the 150 notes stand ungrouped again
    redo(qtbot, window)
    qtbot.waitUntil(lambda: wall_headers(window) == LABELS)
