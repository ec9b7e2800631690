"""A message that says what Ctrl+Z does goes when another step is taken: "Deleted note “…”:
Ctrl+Z ... brings it back" stayed up while the next note was typed and the next round
started, when Ctrl+Z would have taken back the round, not brought the note back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_acceptance_story import activate
from tests.ui.test_main_window import type_note

CTRL = Qt.KeyboardModifier.ControlModifier


def said(window) -> str:
    return window.statusBar().currentMessage()


def test_a_ctrl_z_message_goes_when_the_next_step_is_taken(qtbot, window):
    activate(qtbot, window)
    type_note(qtbot, window, "pricing page confuses buyers")
    type_note(qtbot, window, "webinar leads go cold")
    window.board.setFocus()
    window.board.setCurrentItem(
        window.board.card(window.store.notes(window.shown_round_id())[0].id)
    )
    qtbot.keyClick(window.board, Qt.Key.Key_Delete)
    assert said(window).startswith("Deleted note “pricing page confuses buyers”: Ctrl+Z")
    window.entry.setFocus()
    type_note(qtbot, window, "quotes take a week")
    assert "Ctrl+Z" not in said(window)

    qtbot.keyClick(window.entry, Qt.Key.Key_Up, CTRL)  # a minute more: its own Ctrl+Z
    assert said(window).endswith("(Ctrl+Z undoes).")
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # the round starts: a step
    assert "Ctrl+Z undoes" not in said(window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)  # takes back the start, not the minute
    assert said(window) == "Undone: Start round 1."
