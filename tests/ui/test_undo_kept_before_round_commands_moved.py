"""Undo steps of the agenda and the clock kept in a file by a version that defined their
commands in ui.commands (before they moved to ui.round_commands) are put back on the undo
stack when the file opens, and Ctrl+Z takes them back one by one as before."""

from __future__ import annotations

import sqlite3

from tests.ui.conftest import shown_window
from tests.ui.test_undo_after_restart import state


def test_round_steps_kept_under_their_old_module_are_undone_after_a_restart(
    qtbot, session_file, fake_clock
):
    from ui.round_commands import (
        AddRound,
        EditRound,
        MoveRound,
        RemoveRound,
        RoundTimerCommand,
        SetTimeboxes,
    )

    win = shown_window(qtbot, session_file, fake_clock)
    store = win.store
    first = store.rounds()[0].id
    seen = [state(store)]
    for command in (
        lambda: RoundTimerCommand(store, "Start round 1", "start", first),
        lambda: EditRound(store, first, prompt="Who is here, and why?"),
        lambda: AddRound(store, "Parking lot", "What did we not get to?", 300),
        lambda: MoveRound(store, store.rounds()[-1].id, 2),
        lambda: SetTimeboxes(store, "Re-plan", {store.rounds()[3].id: 900}),
        lambda: RemoveRound(store, store.rounds()[1].id),
    ):
        fake_clock.advance(30)
        assert win._run(command())
        seen.append(state(store))
    count = win.undo_stack.count()
    win.close()

    # The file as the version before the move wrote it: each step named ui.commands:...
    db = sqlite3.connect(session_file)
    try:
        with db:
            db.execute(
                "UPDATE undo_steps SET data = replace(data, '\"ui.round_commands:',"
                " '\"ui.commands:')"
            )
        kept = [row[0] for row in db.execute("SELECT data FROM undo_steps")]
    finally:
        db.close()
    assert len(kept) == count and all('"ui.commands:' in data for data in kept)

    again = shown_window(qtbot, session_file, fake_clock)
    assert again.undo_stack.count() == count
    for expected in reversed(seen[:-1]):
        again.undo_stack.undo()
        assert state(again.store) == expected
    again.close()
