"""Phone voting left open as the session goes on: starting the next round says that the
phones still show the ballot (not the note box) until voting closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_phone_vote import on_a_network, open_voting
from tests.ui.test_phones import started

__all__ = ["on_a_network"]  # the fixture, used by name

CTRL = Qt.KeyboardModifier.ControlModifier


def test_starting_the_next_round_while_phones_vote_says_they_still_show_the_ballot(
    qtbot, qloop, themed, on_a_network
):
    window = themed
    started(qtbot, qloop, window).close()
    open_voting(qtbot, window, 3)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)  # Next round

    qtbot.waitUntil(lambda: "still open" in window.statusBar().currentMessage())
    assert (
        window.statusBar()
        .currentMessage()
        .endswith(
            "Phone voting on round 1 is still open: phones show its ballot, not the note box,"
            " until you close it (Ctrl+Alt+V)."
        )
    )
    assert window.store.rounds()[1].is_running
