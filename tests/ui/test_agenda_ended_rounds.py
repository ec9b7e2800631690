"""Rounds that have ended are marked in the agenda: "✓", the time they ran, in a muted ink that
still reads, light or dark, and said to a screen reader. After rounds were moved about nothing
told which had already run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from tests.ui.conftest import shown_window
from ui.windows.contrast import contrast

CTRL = Qt.KeyboardModifier.ControlModifier


def run_first_round(qtbot, window, clock, seconds: float) -> None:
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # start round 1
    clock.advance(seconds)
    window.next_btn.click()  # round 1 ends, round 2 starts


def rows(window) -> list[str]:
    return [window.agenda.item(i).text() for i in range(window.agenda.count())]


def test_an_ended_round_is_ticked_with_the_time_it_ran(qtbot, window, fake_clock):
    first, second = window.store.round_at(1), window.store.round_at(2)
    assert not any(row.startswith("✓") for row in rows(window))
    run_first_round(qtbot, window, fake_clock, 12 * 60 + 10)
    shown = rows(window)
    assert shown[0].startswith(f"✓ 1. {first.title} (") and "ran 12 min)" in shown[0]
    assert shown[1].startswith(f"▶ 2. {second.title}")
    assert not any(row.startswith("✓") for row in shown[1:])
    item = window.agenda.item(0)
    said = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith(f"Round 1, {first.title}: ended, ran 12 min of") and "planned" in said
    base = window.agenda.palette().color(QPalette.ColorRole.Base)
    ink = item.foreground().color()
    normal = window.agenda.palette().color(QPalette.ColorRole.Text)
    assert ink != normal and contrast(ink, base) >= 4.5
    # Moved below the running round (Alt+Down twice), it still says it has run.
    window.agenda.setCurrentRow(0)
    window.agenda.setFocus()
    qtbot.keyClick(window.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    shown = rows(window)
    assert shown[2].startswith(f"✓ 3. {first.title}"), shown
    assert shown[0].startswith(f"▶ 1. {second.title}"), shown


def test_an_ended_round_reads_on_a_dark_window(qtbot, dark, session_file, fake_clock):
    win = shown_window(qtbot, session_file, fake_clock)
    run_first_round(qtbot, win, fake_clock, 30)
    assert "ran under 1 min" in rows(win)[0]
    item = win.agenda.item(0)
    base = win.agenda.palette().color(QPalette.ColorRole.Base)
    assert contrast(item.foreground().color(), base) >= 4.5
    win.close()


def test_the_agenda_says_how_a_round_is_edited(window):
    # Nothing on screen said that a double-click (or Ctrl+Shift+E) edits a round.
    assert window.agenda.toolTip() == (
        "Double-click a round (or Ctrl+Shift+E) to edit its question and minutes"
    )
