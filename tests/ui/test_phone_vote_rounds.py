"""Phone voting left open as the session goes on: starting the next round says that the
phones still show the ballot (not the note box) until voting closes; after a crash mid-vote
the wall says how to vote again, and the status line that voting is still open; with another
round shown, the button names the round whose vote it closes; and opening voting on a round
with dots typed in says the phone dots add to them; stopping the phones mid-vote says that
voting stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QPushButton

from tests.ui.conftest import battery_dies, shown_window
from tests.ui.test_import_csv import _until
from tests.ui.test_phone_vote import on_a_network, open_voting, phones_started

__all__ = ["on_a_network", "phones_started"]  # the fixtures, used by name

CTRL = Qt.KeyboardModifier.ControlModifier


def test_starting_the_next_round_while_phones_vote_says_they_still_show_the_ballot(
    qtbot, qloop, phones_started
):
    window = phones_started
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
    qtbot, qloop, phones_started, fake_clock
):
    window = phones_started
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


def test_with_another_round_shown_the_button_names_the_round_it_closes(
    qtbot, qloop, phones_started
):
    window = phones_started
    open_voting(qtbot, window, 3)
    first, second = window.store.rounds()[:2]
    button = window.findChild(QPushButton, "phoneVoteButton")
    assert button.text() == "Close phone voting"

    window.show_round(second.id)  # to open voting on it, say

    assert button.text() == "Close phone voting on round 1"
    assert window.findChild(QAction, "phoneVoteAction").text() == button.text()
    window.show_round(first.id)
    assert button.text() == "Close phone voting"


def test_opening_voting_on_a_round_with_counts_typed_says_the_phone_dots_add_to_them(
    qtbot, qloop, phones_started
):
    window = phones_started
    lead, bonus = window.store.themes(window.shown_round_id())[:2]
    window.store.set_votes(lead.id, "sales", 4)
    window.store.set_votes(bonus.id, "marketing", 3)

    qtbot.mouseClick(window.findChild(QPushButton, "phoneVoteButton"), Qt.MouseButton.LeftButton)

    dialog = window.findChild(QDialog, "phoneVoteDialog")
    qtbot.waitUntil(dialog.isVisible)
    about = dialog.findChild(QLabel, "phoneVoteAbout").text()
    assert about.endswith(
        "Round 1 already has 7 dots counted; the phone dots are added to them. To count only"
        " the phones, set those counts to 0 first."
    )
    dialog.reject()


def test_stopping_the_phones_while_they_vote_says_voting_stays_open(qtbot, qloop, phones_started):
    window = phones_started
    open_voting(qtbot, window, 3)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_J, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(QDialog, "phonesDialog")

    qtbot.mouseClick(dialog.findChild(QPushButton, "phonesStop"), Qt.MouseButton.LeftButton)

    _until(qloop, lambda: not window.phones.running)
    assert window.statusBar().currentMessage() == (
        "Stopped taking notes from phones; 0 notes came. Phone voting on round 1 stays open,"
        " but phones cannot send dots until you start them again (Ctrl+Shift+J); Close phone"
        " voting counts those sent."
    )
    dialog.close()
