"""The presenter view comes back after a crash or a flat battery, not after a close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import battery_dies, shown_window


def f5(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)


def test_the_wall_is_back_after_the_battery_dies(
    qtbot, window, presenter_up, session_file, fake_clock
):
    # The laptop died with the wall on the projector: on restart the notes and the clock were
    # back, but the projector showed the main window until the facilitator thought of F5.
    qtbot.keyClicks(presenter_up, "s: joint pipeline reviews")
    qtbot.keyClick(presenter_up, Qt.Key.Key_Return)
    fake_clock.advance(120)
    battery_dies(window)
    again = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: again.presenter.isVisible())
    assert again.presenter.wall.model().rowCount() >= 1
    assert again.presenter.timer.text() == "08:00"
    said = again.statusBar().currentMessage()
    assert "Round 1's clock ran on while the app was closed." in said
    assert "now it has 08:00 left." in said
    assert "The presenter view is back, as it was when the session closed." in said
    # F5 there takes it away as before, and a window closed on purpose opens without it.
    qtbot.keyClick(again.presenter, Qt.Key.Key_F5)
    assert not again.presenter.isVisible()
    f5(qtbot, again)
    assert again.presenter.isVisible()
    again.close()
    third = shown_window(qtbot, session_file, fake_clock)
    qtbot.wait(50)
    assert not third.presenter.isVisible()
    third.close()


def test_a_session_not_on_the_clock_opens_without_the_wall(qtbot, window, session_file, fake_clock):
    # The view shown before the first round started: nothing runs to come back to.
    f5(qtbot, window)
    assert window.presenter.isVisible()
    battery_dies(window)
    again = shown_window(qtbot, session_file, fake_clock)
    qtbot.wait(50)
    assert not again.presenter.isVisible()
    again.close()


def test_opened_the_next_day_the_session_does_not_come_up_on_the_wall(
    qtbot, window, presenter_up, session_file, fake_clock
):
    # The laptop died mid-round; the organizer opens the file on it the next morning to send
    # the minutes: the wall came up full screen over the desktop.
    qtbot.keyClicks(presenter_up, "s: joint pipeline reviews")
    qtbot.keyClick(presenter_up, Qt.Key.Key_Return)
    battery_dies(window)
    fake_clock.advance(16 * 60 * 60)
    again = shown_window(qtbot, session_file, fake_clock)
    qtbot.wait(50)
    assert not again.presenter.isVisible()
    assert "The presenter view is back" not in again.statusBar().currentMessage()
    again.close()


def test_the_wall_comes_back_with_the_commitments_it_showed(
    qtbot, window, presenter_up, session_file, fake_clock
):
    # The room was reading its commitments back when the laptop died: the view came back
    # with the round's notes, and the owners confirming them lost their place.
    window.store.add_action("Write the lead definition", owner="Ana Lopez")
    qtbot.keyClicks(presenter_up, "s: joint pipeline reviews")
    qtbot.keyClick(presenter_up, Qt.Key.Key_Return)
    qtbot.keyClick(presenter_up, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: presenter_up.commitments.isVisible())
    fake_clock.advance(60)
    battery_dies(window)
    again = shown_window(qtbot, session_file, fake_clock)
    view = again.presenter
    qtbot.waitUntil(lambda: view.isVisible())
    qtbot.waitUntil(lambda: view.commitments.isVisible())
    assert not view.wall.isVisible()
    assert [t.text() for t in view.commitments.texts] == ["Write the lead definition"]
    said = again.statusBar().currentMessage()
    assert "The presenter view is back with the commitments, as it was" in said
    qtbot.wait(50)  # the clock ticks on: the round has not changed, they stay up
    assert view.commitments.isVisible()
    # Ctrl+F5 brings the notes back as before, and the next crash brings back the notes.
    qtbot.keyClick(view, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.wall.isVisible())
    assert not view.commitments.isVisible()
    battery_dies(again)
    third = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: third.presenter.isVisible())
    qtbot.waitUntil(lambda: third.presenter.wall.isVisible())
    assert not third.presenter.commitments.isVisible()
    assert "with the commitments" not in third.statusBar().currentMessage()
    third.close()


def test_commitments_shown_in_an_earlier_sitting_do_not_come_back_after_a_crash(
    qtbot, window, presenter_up, session_file, fake_clock
):
    # The commitments were on the wall when the window was closed on purpose; reopened, the
    # wall went up with the notes, and a crash then must bring back the notes.
    window.store.add_action("Write the lead definition", owner="Ana Lopez")
    qtbot.keyClick(presenter_up, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: presenter_up.commitments.isVisible())
    window.close()
    again = shown_window(qtbot, session_file, fake_clock)
    qtbot.wait(50)
    assert not again.presenter.isVisible()  # closed on purpose: opens without the wall
    f5(qtbot, again)
    qtbot.waitUntil(lambda: again.presenter.wall.isVisible())
    battery_dies(again)
    third = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: third.presenter.isVisible())
    qtbot.wait(50)
    assert third.presenter.wall.isVisible() and not third.presenter.commitments.isVisible()
    third.close()
