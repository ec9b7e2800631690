"""Vote from phones… in the Votes panel: refused with a plain reason until the phones run and
the round has two themes; opened with the dots each person has; ballots from phones show
live in the panel (and nowhere in the counts); Close phone voting adds them to the room's
counts, one step that Ctrl+Z takes back (reopening the vote, as the status line says); an
open vote and its ballots are there again after a crash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QLabel, QPushButton, QSpinBox

import ui.phones_action as phones_action
from tests.ui.conftest import battery_dies, shown_window
from tests.ui.test_import_csv import _until
from tests.ui.test_phones import started
from tests.ui.test_sensemaking_votes import SALES, TOTAL_COL, cell

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def on_a_network(monkeypatch):
    monkeypatch.setattr(phones_action, "join_addresses", lambda: ["127.0.0.1"])


@pytest.fixture
def phones_started(qtbot, qloop, themed, on_a_network):
    """The window on a round with themes, its phones started (their dialog closed)."""
    started(qtbot, qloop, themed).close()
    return themed


def button(win) -> QPushButton:
    found = win.findChild(QPushButton, "phoneVoteButton")
    assert found is not None, "no Vote from phones… button in the Votes panel"
    return found


def live(win) -> str:
    """What the panel says of the phones' votes while voting is open ("" when closed)."""
    if not win.findChild(QFrame, "phoneVoteFrame").isVisible():
        return ""
    head, said = (win.findChild(QLabel, name).text() for name in ("phoneVoteHead", "phoneVoteLive"))
    return f"{head}\n{said}"


def open_voting(qtbot, win, dots: int) -> None:
    """Click Vote from phones…, type the dots each person has, and press Enter."""
    qtbot.mouseClick(button(win), Qt.MouseButton.LeftButton)
    dialog = win.findChild(QDialog, "phoneVoteDialog")
    qtbot.waitUntil(dialog.isVisible)
    spin = dialog.findChild(QSpinBox, "phoneVoteDots")
    assert spin.value() == 3  # the session's dots per person
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(dots))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def ballot(win, key: str, function: str, dots: dict[str, int]) -> int:
    """A phone's ballot through the server's own ballot function, by theme names."""
    ids = {t.label: t.id for t in win.store.themes(win.shown_round_id())}
    vote = win.phones.server.state()["vote"]
    payload = {"key": key, "vote": vote["id"] if vote else "", "function": function}
    payload["dots"] = {str(ids[name]): n for name, n in dots.items()}
    return win.phones.server.take_ballot(payload).status


def test_vote_from_phones_says_why_not_until_phones_run_and_two_themes(
    qtbot, qloop, window, on_a_network
):
    qtbot.mouseClick(button(window), Qt.MouseButton.LeftButton)
    said = window.statusBar().currentMessage()
    assert said.startswith("Start the phones first (Session > Notes from phones…")
    assert window.findChild(QLabel, "voteMessage").text() == said
    assert window.findChild(QDialog, "phoneVoteDialog") is None

    started(qtbot, qloop, window).close()
    rid = window.shown_round_id()
    window.store.add_theme(rid, "Lead definition")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.AltModifier)
    assert window.statusBar().currentMessage() == (
        "Round 1 has 1 theme: phones vote on two or more. Group its notes into themes first."
    )
    assert window.store.phone_vote() is None


def test_ballots_show_live_and_close_adds_them_to_the_counts_in_one_undo_step(
    qtbot, qloop, phones_started
):
    window = phones_started
    action = window.findChild(QAction, "phoneVoteAction")
    assert action.shortcut().toString() == "Ctrl+Alt+V" and action.text() == "Vote from phones…"
    # The room's paper dots typed before: kept, and the phone dots are added to them.
    window.store.set_votes(window.store.themes(window.shown_round_id())[0].id, "sales", 2)
    open_voting(qtbot, window, 4)
    vote = window.store.phone_vote()
    assert vote is not None and vote.dots == 4
    assert button(window).text() == "Close phone voting" == action.text()
    assert "Phone voting is open on round 1" in window.statusBar().currentMessage()
    assert "0 phones voted, 0 dots so far" in live(window)

    assert ballot(window, "a", "sales", {"Lead definition": 3, "Bonus plans": 1}) == 201
    assert ballot(window, "b", "marketing", {"Bonus plans": 2}) == 201
    assert ballot(window, "c", "sales", {"Slow follow-up": 1}) == 201
    assert ballot(window, "c", "sales", {"Lead definition": 2}) == 201  # changed its mind
    qtbot.waitUntil(lambda: "3 phones voted, 8 dots so far" in live(window))
    # The status bar's count of the phones says they voted, not only that no note came.
    count = window.findChild(QLabel, "phonesCount")
    qtbot.waitUntil(lambda: count.text() == "Phones: 0 notes from 0 phones · 3 voted")
    assert "Phone dots per theme: Lead definition 5 · Bonus plans 3 · Slow follow-up 0." in (
        live(window)
    )
    totals = [cell(window, r, TOTAL_COL) for r in range(3)]
    assert totals == ["2", "0", "0"]  # nothing counted yet
    wall = window.presenter.join.words  # beside the code to scan, on the wall
    assert wall.text().startswith(
        "Vote on your phone: 4 dots each, 3 phones have voted. Scan the code or open"
    )

    qtbot.mouseClick(button(window), Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == (
        "8 phone votes from 3 phones added to the counts. (Ctrl+Z takes them back out and"
        " reopens voting.)"
    )
    assert [cell(window, r, TOTAL_COL) for r in range(3)] == ["7", "3", "0"]
    assert cell(window, 0, SALES) == "7"
    assert button(window).text() == "Vote from phones…" and live(window) == ""
    assert wall.text().startswith("Send notes from your phone: scan the code or open")
    assert ballot(window, "d", "sales", {"Bonus plans": 1}) == 409  # closed now

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    said = window.statusBar().currentMessage()
    assert said.startswith("Undone: Close phone voting.")
    assert "The 8 phone votes are out of the counts again, and phone voting is open again" in said
    assert [cell(window, r, TOTAL_COL) for r in range(3)] == ["2", "0", "0"]
    assert button(window).text() == "Close phone voting"
    assert "3 phones voted, 8 dots so far" in live(window)
    assert ballot(window, "d", "other", {"Slow follow-up": 1}) == 201  # the room votes on

    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL_SHIFT)
    assert "9 phone votes from 4 phones added to the counts." in (
        window.statusBar().currentMessage()
    )
    assert [cell(window, r, TOTAL_COL) for r in range(3)] == ["7", "3", "1"]


def test_an_open_vote_and_its_ballots_and_its_undo_are_there_after_a_crash(
    qtbot, qloop, phones_started, fake_clock
):
    window = phones_started
    open_voting(qtbot, window, 2)
    assert ballot(window, "a", "marketing", {"Bonus plans": 2}) == 201
    path = window.store.path
    qloop.run_until_complete(window.phones.server.stop())  # the process is gone
    battery_dies(window)

    again = shown_window(qtbot, path, fake_clock)
    _until(qloop, lambda: again.phones.running)  # the phones are heard again, and vote on
    assert ballot(again, "b", "marketing", {"Bonus plans": 1}) == 201
    assert button(again).text() == "Close phone voting"
    qtbot.waitUntil(lambda: "2 phones voted, 3 dots so far" in live(again))
    assert "Phones are stopped" not in live(again)
    qloop.run_until_complete(again.phones.server.stop())
    qtbot.waitUntil(lambda: "Phones are stopped: start them (Ctrl+Shift+J)" in live(again))
    qtbot.mouseClick(button(again), Qt.MouseButton.LeftButton)  # closing needs no phones
    said = again.statusBar().currentMessage()
    assert "3 phone votes from 2 phones added to the counts." in said
    assert again.store.theme_votes(again.store.themes(again.shown_round_id())[1].id) == {
        "sales": 0,
        "marketing": 3,
        "other": 0,
    }
    battery_dies(again)  # Ctrl+Z still takes the phone votes back after a restart

    third = shown_window(qtbot, path, fake_clock)
    _until(qloop, lambda: third.phones.running)  # (as they ran when the app stopped)
    third.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is third)
    qtbot.keyClick(third.entry, Qt.Key.Key_Z, CTRL)
    assert "phone voting is open again" in third.statusBar().currentMessage()
    bonus = third.store.themes(third.shown_round_id())[1].id
    assert third.store.theme_votes(bonus)["marketing"] == 0
    assert button(third).text() == "Close phone voting"
    assert "2 phones voted, 3 dots so far" in live(third)
    third.close()


def test_closing_the_window_while_phones_vote_leaves_nothing_reading_the_closed_file(
    qtbot, qloop, phones_started
):
    # The panel looks once a second whether the phones still run; after the window closed
    # it went on looking, read the closed file and raised in the next test.
    window = phones_started
    open_voting(qtbot, window, 3)
    window.close()
    qtbot.wait(1300)  # an error raised in the Qt loop here fails the test


def test_closing_the_window_while_phones_run_leaves_their_count_reading_nothing(
    qtbot, qloop, phones_started, monkeypatch
):
    # The status bar's count of the phones reads the file each second (how many voted);
    # ticking on after the window closed, it read the closed file.
    window = phones_started
    # As when the app quits: its loop is gone, so no task stops the phones after the close.
    monkeypatch.setattr(window.phones, "_loop", None)
    window.close()
    qtbot.wait(1300)  # an error raised in the Qt loop here fails the test
