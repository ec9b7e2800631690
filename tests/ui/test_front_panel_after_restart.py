"""The side panel in front when the session was closed is in front when it opens again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QTableView, QWidget

from tests.ui.conftest import shown_window
from tests.ui.test_acceptance_story import activate

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def in_front(win) -> list[str]:
    """The panels a user can see (the others hide behind their tabs)."""
    return [
        d.objectName()
        for d in win.findChildren(QDockWidget)
        if d.isVisible() and not d.visibleRegion().isEmpty()
    ]


def reopens_with_votes_in_front(qtbot, path, fake_clock) -> None:
    """Open the file again: the Votes panel is in front, and stays there once the window
    has settled."""
    win = shown_window(qtbot, path, fake_clock)
    qtbot.waitUntil(lambda: in_front(win) == ["votesDock"])
    QApplication.processEvents()
    assert in_front(win) == ["votesDock"]
    win.close()


def test_the_panel_in_front_comes_back_after_a_restart(qtbot, session_file, fake_clock):
    win = shown_window(qtbot, session_file, fake_clock)
    assert in_front(win) == ["themesDock"]  # a session opened the first time
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_A, CTRL_SHIFT)  # the action item line
    qtbot.waitUntil(lambda: in_front(win) == ["actionsDock"])
    win.close()

    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: in_front(win) == ["actionsDock"])
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_V, CTRL_SHIFT)  # the votes table
    qtbot.waitUntil(lambda: win.findChild(QTableView, "voteTable").hasFocus())
    assert in_front(win) == ["votesDock"]
    win.close()

    reopens_with_votes_in_front(qtbot, session_file, fake_clock)


def test_a_follow_up_opens_on_last_times_commitments_the_first_time(qtbot, tmp_path, fake_clock):
    # A follow-up starts by going through what the group committed to last time, but its
    # window opened on an empty Themes panel, the commitments behind the Action items tab.
    from roundtable.follow_up import create_follow_up
    from roundtable.store import Store
    from roundtable.templates import get_template

    earlier = tmp_path / "q4.roundtable"
    template = get_template("sales-marketing-roundtable")
    with Store.create(earlier, title="Q4", template=template, clock=fake_clock) as old:
        old.add_action("Write a one-page lead definition", owner="Ana Lopez")
        old.add_action("Share the win/loss survey", owner="Ben Okafor")
    follow_up = create_follow_up(earlier, tmp_path / "q1.roundtable")

    win = shown_window(qtbot, follow_up, fake_clock)
    qtbot.waitUntil(lambda: in_front(win) == ["actionsDock"])
    panel = win.findChild(QWidget, "actionsPanel")
    assert [row[0] for row in panel.shown_rows()] == [
        "Write a one-page lead definition",
        "Share the win/loss survey",
    ]
    carried = win.findChild(QLabel, "actionsCarried")
    assert carried.isVisible() and "2 commitments carried over from" in carried.text()
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_V, CTRL_SHIFT)  # the facilitator moves on to votes
    qtbot.waitUntil(lambda: in_front(win) == ["votesDock"])
    win.close()

    # After that, the panel last in front comes back, as for any session.
    reopens_with_votes_in_front(qtbot, follow_up, fake_clock)


def test_the_panel_in_front_survives_a_kill(qtbot, session_file, fake_clock, monkeypatch):
    # Killed in the closing round, the app came back on Themes: the panel in front was kept
    # only as the window closed, and a killed window never closes.
    from PySide6.QtCore import QSettings

    from ui.windows import main_window

    win = shown_window(qtbot, session_file, fake_clock)
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_A, CTRL_SHIFT)  # the action item line
    qtbot.waitUntil(lambda: in_front(win) == ["actionsDock"])
    # What a restart reads: the settings file on disk, with nothing written at close.
    on_disk = QSettings(QSettings().fileName(), QSettings.Format.IniFormat)
    kept = [on_disk.value(k) for k in on_disk.allKeys() if k.startswith("frontPanel/")]
    assert kept == ["actionsDock"]
    # Killed: nothing more is written as the window goes.
    monkeypatch.setattr(main_window, "keep_front_panel", lambda _window: None)
    win.close()
    again = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: in_front(again) == ["actionsDock"])
    QApplication.processEvents()
    assert in_front(again) == ["actionsDock"]
    again.close()
