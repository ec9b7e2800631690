"""Start pressed by mistake and undone (Ctrl+Z) leaves the session not started: its plan is
made at the real start. The plan of the undone start stayed, so twenty minutes later, with
no round started, the clock said "22 min late" and offered Re-plan (the wall too)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt


def test_an_undone_start_plans_nothing(qtbot, window, fake_clock):
    agenda = sum(r.timebox_s for r in window.store.rounds())
    window.start_btn.click()
    fake_clock.advance(120)
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.timer_round.text().startswith("No round started yet")

    fake_clock.advance(20 * 60)  # the room settles in; the facilitator starts later
    window.refresh_timer()
    end = datetime.fromtimestamp(fake_clock() + agenda).strftime("%H:%M")
    assert window.projected.text() == f"Projected end {end}"
    assert not window.replan_btn.isEnabled()


def test_the_real_start_after_an_undone_one_makes_the_plan(qtbot, window, fake_clock):
    agenda = sum(r.timebox_s for r in window.store.rounds())
    window.start_btn.click()
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    fake_clock.advance(20 * 60)

    window.start_btn.click()  # the real start, twenty minutes on
    fake_clock.advance(60)
    window.refresh_timer()
    end = datetime.fromtimestamp(fake_clock() - 60 + agenda).strftime("%H:%M")
    assert window.projected.text() == f"Projected end {end}"
    assert not window.replan_btn.isEnabled()
