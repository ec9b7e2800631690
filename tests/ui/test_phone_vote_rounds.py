"""Phone voting left open as the session goes on: starting the next round says that the
phones still show the ballot (not the note box) until voting closes; after a crash mid-vote
the wall says how to vote again, and the status line that voting is still open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from tests.ui.conftest import battery_dies, shown_window
from tests.ui.test_import_csv import _until
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


def test_after_a_crash_mid_vote_the_wall_says_how_to_vote_again_and_the_status_line_says_so(
    qtbot, qloop, themed, on_a_network, fake_clock
):
    window = themed
    started(qtbot, qloop, window).close()
    assert window.presenter.join.url is not None  # ticked as the phones started
    open_voting(qtbot, window, 3)
    path = window.store.path
    qloop.run_until_complete(window.phones.server.stop())  # the process is gone
    battery_dies(window)

    again = shown_window(qtbot, path, fake_clock)
    _until(qloop, lambda: again.phones.running)
    join = again.presenter.join
    assert join.url == again.phones.url()
    assert join.words.text().startswith("Vote on your phone: 3 dots each, 0 phones have voted.")
    said = again.statusBar().currentMessage()
    assert said.startswith("Taking notes from phones at http://127.0.0.1:")
    assert said.endswith("Phone voting on round 1 is open, as before: the wall says so.")
    again.phones.open_dialog()  # its box says what the wall shows
    assert again.findChild(QCheckBox, "phonesOnWall").isChecked()
    again.phones.dialog.close()
    again.close()
