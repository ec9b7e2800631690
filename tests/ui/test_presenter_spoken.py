"""On one screen the presenter view has the keyboard, and a screen reader finds there the
round on the wall, its question and the time left, read when asked, not at every tick of
the clock. Nothing in the view could take the focus: the reader had nothing to read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from ui.windows.presenter_spoken import spoken_clock


def read(widget, kind=QAccessible.Text.Name) -> str:
    """What a screen reader gets when it asks about `widget`."""
    return QAccessible.queryAccessibleInterface(widget).text(kind)


def test_the_presenter_view_reads_out_the_round_question_and_time_left(
    qtbot, window, presenter_up, fake_clock
):
    first = window.store.rounds()[0]
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is presenter_up
    name = read(focus)
    assert name.startswith(f"Round 1 of {len(window.store.rounds())}, {first.title}: ")
    minutes = first.timebox_s // 60
    assert name.endswith(f"{minutes} minutes left")
    assert read(focus, QAccessible.Text.Description).startswith(f"Question: {first.prompt}")
    fake_clock.advance(65)
    window.refresh_timer()
    assert read(focus).endswith(f"{minutes - 2} minutes 55 seconds left")  # when asked


def test_the_clock_ticking_changes_nothing_the_reader_is_told_of(
    qtbot, window, presenter_up, fake_clock
):
    # Qt tells a screen reader of a new name when a label's text or a widget's accessible
    # name or description is set (the reader then says it again): none of them changes as
    # the clock ticks, though the time read on demand does.
    focus = QApplication.focusWidget()
    told = (focus.text(), focus.accessibleName(), focus.accessibleDescription())
    asked = read(focus)
    for _ in range(3):
        fake_clock.advance(1)
        window.refresh_timer()
    assert presenter_up.timer.text() != ""
    assert (focus.text(), focus.accessibleName(), focus.accessibleDescription()) == told
    assert read(focus) != asked


def test_typing_and_keys_in_the_view_still_reach_the_note_line_and_close_it(
    qtbot, window, presenter_up
):
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is presenter_up
    qtbot.keyClicks(focus, "s: Said on the wall")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert [n.text for n in window.store.notes(window.shown_round_id())] == ["Said on the wall"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not presenter_up.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.entry


@pytest.mark.parametrize(
    ("shown", "said"),
    [
        ("12:05", "12 minutes 5 seconds left"),
        ("00:40", "40 seconds left"),
        ("+06:00", "6 minutes over time"),
        ("Paused 01:01", "paused, 1 minute 1 second left"),
        ("Round 3 · 05:00", "round 3's clock: 5 minutes left"),
        ("Done", "the session is over"),
        ("--:--", "no round on the clock"),
    ],
)
def test_the_clock_in_words(shown, said):
    assert spoken_clock(shown) == said


@pytest.mark.parametrize(
    ("code", "shown", "said"),
    [
        ("de", "Pause 01:01", "paused, 1 minute 1 second left"),
        ("de", "Ende", "the session is over"),
        ("de", "Runde 3 · +05:00", "round 3's clock: 5 minutes over time"),
        ("fr", "En pause 12:05", "paused, 12 minutes 5 seconds left"),
        ("es", "Terminado", "the session is over"),
    ],
)
def test_the_clock_of_a_german_french_or_spanish_wall_in_words(code, shown, said):
    """The view's clock is in the room's language ("Pause 01:01" in a German session): it
    was read "no round on the clock"."""
    from roundtable.export.languages import words

    assert spoken_clock(shown, words(code)) == said


def test_a_german_walls_paused_clock_is_read_as_paused(qtbot, tmp_path, fake_clock):
    from roundtable.store import Store
    from roundtable.templates import get_template
    from tests.ui.conftest import shown_window
    from tests.ui.test_wall_in_the_rooms_language import presenter_of

    template = get_template("sales-marketing-roundtable").in_language("de")
    path = tmp_path / "de.roundtable"
    Store.create(path, title=template.title, template=template, clock=fake_clock).close()
    window = shown_window(qtbot, path, fake_clock)
    view = presenter_of(qtbot, window)
    fake_clock.advance(60)
    window.store.pause_round(window.shown_round_id())
    window.refresh_timer()
    assert view.timer.text() == "Pause 09:00"
    assert read(QApplication.focusWidget()).endswith(": paused, 9 minutes left")
    window.close()
