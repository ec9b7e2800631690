"""A note half typed in the capture line when the presenter view comes up (typed before F5,
or back in the line after a flat battery, with the view back too) was not on the view's top
line: it said "Esc or F5: back to the main window. Type to add a note.", and what the
facilitator typed next at the wall went on after the hidden words, one note of two."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import battery_dies, shown_window


def _f5(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)


def test_f5_with_a_note_half_typed_shows_it_on_the_wall(qtbot, window):
    window.start_btn.click()
    qtbot.keyClicks(window.entry, "m: MQL definition still stuck in leg")
    _f5(qtbot, window)

    view = window.presenter
    said = view.hint.text()  # (its start cut on the offscreen screen's 800 pixels)
    assert said.startswith("Typing: ") and "still stuck in leg▏" in said
    qtbot.keyClicks(view, "al")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (note,) = window.store.notes(window.shown_round_id())
    assert note.text == "MQL definition still stuck in legal"


def test_the_view_back_after_a_crash_shows_the_note_that_came_back(qtbot, session_file, fake_clock):
    win = shown_window(qtbot, session_file, fake_clock)
    win.start_btn.click()
    _f5(qtbot, win)
    qtbot.keyClicks(win.presenter, "s: SLA draft went out la")
    qtbot.waitUntil(  # kept as typing pauses
        lambda: any("went out la" in str(QSettings().value(k)) for k in QSettings().allKeys()),
        timeout=3000,
    )
    battery_dies(win)

    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: win.presenter.isVisible())
    assert win.entry.text() == "s: SLA draft went out la"
    said = win.presenter.hint.text()
    assert said.startswith("Typing: ") and "SLA draft went out la▏" in said


def test_the_line_typed_gives_the_clock_its_room_when_the_round_runs_over(
    qtbot, window, presenter_up, fake_clock
):
    # The round went over as a note sat half typed: the clock grew from "00:10" to "+00:10"
    # and the line, measured beside the narrower clock, wrapped under it ("(Enter adds the
    # / note)") and pushed the question down, until the next key.
    view = presenter_up
    welcome = window.store.rounds()[0]
    fake_clock.advance(welcome.timebox_s - 10)
    window.refresh_timer()
    assert view.timer.text() == "00:10"
    letters = iter("Marketing sends leads sales never calls back because nobody agreed " * 4)
    qtbot.keyClicks(view, next(letters))
    while "(Enter adds the note)" in view.hint.text():
        qtbot.keyClicks(view, next(letters))
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # the longest line that fits, reminder and all
    assert "(Enter adds the note)" in view.hint.text()

    fake_clock.advance(20)
    window.refresh_timer()
    assert view.timer.text() == "+00:10"
    said = view.hint.text()
    assert said.startswith("Typing: ") and "(Enter adds the note)" not in said
