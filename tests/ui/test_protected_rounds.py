"""Protected rounds: the template's "Game changers" is cut last by a re-plan, the agenda says
which rounds are protected, and the round dialog's checkbox marks or clears one (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ui.windows.agenda import RoundDialog


def agenda_line(window, title: str) -> str:
    for row in range(window.agenda.count()):
        text = window.agenda.item(row).text()
        if f". {title} (" in text:
            return text.splitlines()[0]
    raise AssertionError(f"{title} is not on the agenda")


def test_a_late_start_takes_time_from_the_other_rounds_not_the_protected_one(
    qtbot, window, fake_clock
):
    rounds = {r.title: r for r in window.store.rounds()}
    assert agenda_line(window, "Game changers") == "4. Game changers (25 min, protected)"
    assert agenda_line(window, "What works") == "2. What works (20 min)"
    window.start_btn.click()
    fake_clock.advance(rounds["Welcome"].timebox_s + 8 * 60)  # the welcome ran 8 min over
    window.refresh_timer()
    qtbot.mouseClick(window.replan_btn, Qt.MouseButton.LeftButton)
    after = {r.title: r.timebox_s for r in window.store.rounds()}
    assert after["Game changers"] == rounds["Game changers"].timebox_s
    cut = rounds["What works"].timebox_s + rounds["Why it's broken"].timebox_s
    assert after["What works"] + after["Why it's broken"] <= cut - 8 * 60
    status = window.statusBar().currentMessage()
    assert status.startswith("Re-planned to end on time: What works 20 →")
    assert "Game changers kept whole (protected)" in status


def test_the_round_dialog_marks_a_round_protected_and_undo_clears_it(qtbot, window, monkeypatch):
    works = next(r for r in window.store.rounds() if r.title == "What works")
    window.agenda.setCurrentRow(window.store.rounds().index(works))
    seen: list[bool] = []

    def tick_and_accept(dialog: RoundDialog) -> int:
        seen.append(dialog.protected.isChecked())
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.protected, Qt.MouseButton.LeftButton)
        dialog.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", tick_and_accept)
    window.edit_round()
    assert seen == [False]
    assert window.store.round(works.id).protected
    assert agenda_line(window, "What works") == "2. What works (20 min, protected)"
    window.undo_stack.undo()
    assert not window.store.round(works.id).protected
    assert agenda_line(window, "What works") == "2. What works (20 min)"
    # The dialog opens with the round's mark: unticking Game changers clears it.
    changers = next(r for r in window.store.rounds() if r.title == "Game changers")
    window.agenda.setCurrentRow(window.store.rounds().index(changers))
    window.edit_round()
    assert seen == [False, True]
    assert not window.store.round(changers.id).protected


def test_ctrl_r_on_the_wall_re_plans_and_the_wall_says_what_moved(
    qtbot, window, presenter_up, fake_clock
):
    # On one screen the presenter view has the keyboard: a round six minutes over, Ctrl+R
    # there did nothing and said nothing; the facilitator had to leave the wall to re-plan.
    view = presenter_up
    rounds = {r.title: r for r in window.store.rounds()}
    fake_clock.advance(rounds["Welcome"].timebox_s + 6 * 60)
    window.refresh_timer()
    assert view.timer.text() == "+06:00"
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    after = {r.title: r.timebox_s for r in window.store.rounds()}
    assert after["Game changers"] == rounds["Game changers"].timebox_s
    assert sum(after.values()) <= sum(r.timebox_s for r in rounds.values()) - 6 * 60
    assert view.hint.text().startswith("Re-planned to end on time: What works 20 →")
    assert "Game changers kept whole (protected)" in view.hint.text()
    window.refresh_timer()
    assert "late" not in window.projected.text()


def test_the_wall_says_when_the_session_runs_late_and_which_key_re_plans(
    qtbot, window, presenter_up, fake_clock
):
    # On one screen the wall covers the projected end and the Re-plan button: a round six
    # minutes over showed "+06:00" and nothing said the session would end late.
    from datetime import datetime

    view = presenter_up
    welcome = window.store.rounds()[0]
    qtbot.keyClicks(view, "m: Pipeline review every Monday")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    said = view.hint.text()
    assert said.startswith("The next notes count as marketing")
    fake_clock.advance(welcome.timebox_s - 30)
    window.refresh_timer()
    assert view.hint.text() == said  # on time: what was said stays
    fake_clock.advance(30 + 6 * 60)
    window.refresh_timer()
    end = datetime.fromtimestamp(fake_clock() + sum(r.timebox_s for r in window.store.rounds()[1:]))
    assert view.hint.text() == (
        f"6 min late (projected end {end:%H:%M}): Ctrl+R re-plans the rounds left."
    )
    qtbot.keyClicks(view, "Pil")  # typing shows the note as before
    assert view.hint.text().startswith("Typing: Pil")
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert view.hint.text().startswith("6 min late")
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert view.hint.text().startswith("Re-planned to end on time:")
    qtbot.keyClicks(view, "x")
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    window.refresh_timer()
    assert view.hint.text() == view.HINT  # on time again


def test_re_planned_just_after_next_round_the_round_begun_gives_the_time(qtbot, window, fake_clock):
    # "What works" ran six minutes over; the facilitator moved on and pressed Ctrl+R twenty
    # seconds into "Why it's broken": Game changers went 25 -> 24 min and Commitments 10 ->
    # 5 ("protected: the others are at their shortest"), and the round just begun kept 25.
    ctrl = Qt.KeyboardModifier.ControlModifier
    rounds = {r.title: r for r in window.store.rounds()}
    window.start_btn.click()
    fake_clock.advance(rounds["Welcome"].timebox_s)
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, ctrl)
    fake_clock.advance(rounds["What works"].timebox_s + 6 * 60)
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, ctrl)
    fake_clock.advance(20)
    window.refresh_timer()
    assert window.projected.text().endswith("(6 min late)")
    assert window.timer_label.text() == "24:40"
    qtbot.keyClick(window.entry, Qt.Key.Key_R, ctrl)
    window.refresh_timer()
    after = {r.title: r.timebox_s // 60 for r in window.store.rounds()}
    assert after["Game changers"] == 25 and after["Commitments"] == 10
    assert after["Why it's broken"] == 19
    assert window.timer_label.text() == "18:40"
    assert "(" not in window.projected.text()  # on time again
    assert window.statusBar().currentMessage() == (
        "Re-planned to end on time: Why it's broken 25 → 19 min; Game changers kept whole"
        " (protected) (Ctrl+Z undoes)."
    )
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, ctrl)
    window.refresh_timer()
    assert window.timer_label.text() == "24:40"


def test_minutes_late_agree_with_the_two_clock_times_shown():
    # Planned 13:48:40, projected 13:53:30: the window read "Projected end 13:53 (4 min
    # late)" against a plan of 13:48.
    from datetime import datetime

    from ui.windows.round_controls import late_minutes

    deadline = datetime(2026, 12, 6, 13, 48, 40).timestamp()
    end = datetime(2026, 12, 6, 13, 53, 30).timestamp()
    assert late_minutes(end - deadline, deadline) == 5
    assert late_minutes(6 * 60, datetime(2026, 12, 6, 13, 48, 0).timestamp()) == 6
