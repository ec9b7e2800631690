"""What a session says as it opens is all there to read, a line each: the clock that ran on
while it was closed, the note back in the line, the round the board reopened on, the reason
a window is read-only. Each message replaced the one before, so only the last one said was
left. And a read-only window keeps saying why in the status bar, after any other message,
until the file is free to edit."""

from __future__ import annotations

import os

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_read_only_follows_writer import _viewer, click_round
from tests.ui.test_undo_shows_groupings import active, press
from tests.ui.test_undo_shows_rounds import ALT
from ui.windows import following
from ui.windows.status_bar import FLAGS

SHOTS = "/tmp/dev-said30-shots"
CLOCK_RAN_ON = (
    "Round 2's clock ran on while the app was closed. At the last change saved, 14 min ago,"
    " the round had 20:00 left; now it has 06:00 left."
    " Ctrl+Space pauses it; Ctrl+Up gives a minute more."
)
READ_ONLY = (
    "Read-only: Open for editing in another Roundtable window."
    " To change a copy of it: File > Save a copy (Ctrl+Shift+S)."
)


def _closed_looking_back(qtbot, path, clock, *, typing: str = "") -> tuple[str, str]:
    """Round 1 started, then round 2 (10 minutes), the board back on round 1 with `typing`
    in the note line, and the window closed; the titles of rounds 1 and 2."""
    win = shown_window(qtbot, path, clock)
    active(qtbot, win)
    press(qtbot, win, Qt.Key.Key_Space)  # start round 1
    press(qtbot, win, Qt.Key.Key_Right)  # on to round 2
    click_round(qtbot, win, 0)  # a look back at round 1
    first, second = (r.title for r in win.store.rounds()[:2])
    assert win.store.round(win.shown_round_id()).title == first
    qtbot.keyClicks(win.entry, typing)
    win.close()
    return first, second


def _lines(win) -> list[str]:
    return win.statusBar().currentMessage().split("\n")


def _message_fits(bar) -> bool:
    room = bar.message_rect()
    needed = bar.fontMetrics().boundingRect(
        QRect(0, 0, room.width(), 1000), FLAGS, bar.currentMessage()
    )
    return bar.fontMetrics().height() < needed.height() <= bar.height()  # (lines: two or more)


def _shot(qtbot, win, name: str) -> None:
    """The status bar as it looks, once laid out, when the screenshots folder exists."""
    if os.path.isdir(SHOTS):
        qtbot.wait(50)
        win.statusBar().grab().save(f"{SHOTS}/{name}.png")


def test_the_clock_the_note_and_the_round_are_all_said_as_the_session_opens(
    qtbot, session_file, fake_clock
):
    first, second = _closed_looking_back(
        qtbot, session_file, fake_clock, typing="Leads wait three days"
    )
    with Store.open(session_file, read_only=True) as store:
        minutes = store.rounds()[1].timebox_s // 60
    fake_clock.advance(minutes * 60 - 360)  # the laptop was closed; 6 minutes are left
    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.wait(20)
    assert _lines(win) == [
        CLOCK_RAN_ON,
        f"Round 1, {first}, as when the session was closed; Alt+Home shows the round on the"
        " clock (round 2).",
        "The note you were typing when this session last closed is back in the line, in round"
        f" 1 ({first}): press Enter to add it.",
    ]
    assert win.entry.text() == "Leads wait three days"
    # Every line shows: the bar is three lines tall.
    bar = win.statusBar()
    assert bar.height() >= 3 * bar.fontMetrics().height()
    _shot(qtbot, win, "opening-three-things")
    # Once open, a message replaces the opening's as before.
    press(qtbot, win, Qt.Key.Key_Home, ALT)
    assert win.statusBar().currentMessage() == f"Round 2, {second}: the round on the clock."
    win.close()


def test_a_read_only_window_says_where_its_board_is_and_why_it_is_read_only(
    qtbot, session_file, fake_clock
):
    first, _second = _closed_looking_back(qtbot, session_file, fake_clock)
    with Store.open(session_file, clock=fake_clock):  # another window has it
        win = _viewer(qtbot, session_file, fake_clock)
        try:
            assert _lines(win) == [
                f"Round 1, {first}, as when the session was closed; Alt+Home shows the round"
                " on the clock (round 2).",
                READ_ONLY,
            ]
            # Every line shows whole, left of the reason (the bar was fitted to the message
            # before the reason took its room, and cut its first and last lines).
            qtbot.waitUntil(lambda: _message_fits(win.statusBar()))
        finally:
            win.close()


def test_a_read_only_window_says_why_after_any_message_until_the_file_is_free(
    qtbot, session_file, fake_clock, monkeypatch
):
    monkeypatch.setattr(following.FollowWriter, "INTERVAL_MS", 60_000)  # checked by hand
    first, second = _closed_looking_back(qtbot, session_file, fake_clock)
    writer = Store.open(session_file, clock=fake_clock)  # another window has it
    win = _viewer(qtbot, session_file, fake_clock)
    try:
        reason = win.findChild(QLabel, "readOnlyReason")
        assert reason is not None and reason.isVisible()
        assert reason.text() == "Read-only: Open for editing in another Roundtable window."
        assert reason.toolTip() == READ_ONLY
        _shot(qtbot, win, "read-only-opening")
        # Another message: the reason stays in the bar beside it.
        active(qtbot, win)
        qtbot.keyClick(win.agenda, Qt.Key.Key_Home, ALT)
        assert win.statusBar().currentMessage() == f"Round 2, {second}: the round on the clock."
        assert reason.isVisible() and reason.text().startswith("Read-only: Open for editing")
        # The message is drawn left of the reason, not over it.
        assert win.statusBar().message_rect().right() < reason.x()
        _shot(qtbot, win, "read-only-after-a-message")
        # The other window lets the file go: no longer the reason; Reopen to edit is offered.
        writer.close()
        win.outside.check()
        assert not reason.isVisible()
        button = win.findChild(QPushButton, "reopenToEditButton")
        assert button.isVisible()
        _shot(qtbot, win, "read-only-file-free")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not win.isVisible())
        editing = following._REOPENED[-1]
        assert not editing.store.read_only
        assert editing.findChild(QLabel, "readOnlyReason") is None
        editing.close()
    finally:
        writer.close()
        win.close()


def test_a_narrow_read_only_window_cuts_the_reason_short_and_keeps_room_for_messages(
    qtbot, session_file, fake_clock
):
    with Store.open(session_file, clock=fake_clock):
        win = _viewer(qtbot, session_file, fake_clock)
        try:
            win.resize(1024, 700)
            reason = win.findChild(QLabel, "readOnlyReason")
            qtbot.waitUntil(lambda: reason.text().endswith("…"))
            active(qtbot, win)
            qtbot.keyClick(win.agenda, Qt.Key.Key_Home, ALT)
            bar = win.statusBar()
            _shot(qtbot, win, "read-only-1024")
            assert bar.message_rect().right() < reason.x()
            assert bar.message_rect().width() >= 300  # a short message on one line
        finally:
            win.close()
