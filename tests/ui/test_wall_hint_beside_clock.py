"""On one screen the presenter wall says how to get back ("Esc or F5: back to the main
window") beside its clock. With a question too long to stand beside the clock, the clock
went back to 48 points in one line: on an 800-pixel screen a paused clock cut the hint off
after "Esc or F5: back to the main", and the clock of an earlier round on the wall
("Round 2 · Paused 17:26") was wider than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.test_presenter_wall import first_round_on_the_wall
from tests.ui.test_wall_on_a_projector import LONG_QUESTION

SIZES = [(800, 600), (1024, 768), (1366, 768), (1920, 1080)]


def reads_whole(label: QLabel) -> bool:
    """Every word of the label inside it, at the size it has on screen."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n"))
    return widest <= label.contentsRect().width()


def settled(qtbot, view, size: tuple[int, int]) -> None:
    view.setWindowState(Qt.WindowState.WindowNoState)
    view.resize(*size)
    for _ in range(4):
        qtbot.waitUntil(lambda: not view._fit_pending)
        qtbot.wait(10)


def assert_hint_and_clock_whole(view, size) -> None:
    hint, clock = view.hint, view.timer
    assert hint.isVisible() and hint.text() == view.HINT
    assert "Esc" in hint.text() and "F5" in hint.text()
    assert reads_whole(hint), (size, hint.width())
    assert reads_whole(clock), (size, clock.text(), clock.width())
    assert hint.geometry().right() < clock.geometry().left(), size
    assert clock.geometry().right() < view.width(), size
    assert clock.font().pointSize() >= 28  # still read from the back of the room


@pytest.mark.parametrize("size", SIZES)
def test_a_long_question_leaves_the_hint_and_a_paused_clock_whole(
    qtbot, window, presenter_up, fake_clock, size
):
    store = window.store
    rid = window.shown_round_id()
    store.update_round(rid, prompt=LONG_QUESTION)
    fake_clock.advance(154)
    store.pause_round(rid)
    window.refresh_timer()
    view = presenter_up
    assert view.timer.text() == "Paused 07:26"
    settled(qtbot, view, size)
    assert view.question.text() == LONG_QUESTION
    assert_hint_and_clock_whole(view, size)


@pytest.mark.parametrize("size", SIZES)
def test_an_earlier_round_on_the_wall_keeps_its_clock_on_screen(qtbot, window, fake_clock, size):
    store = window.store
    first, second = store.rounds()[:2]
    store.update_round(first.id, prompt=LONG_QUESTION)
    store.start_round(second.id)
    fake_clock.advance(154)
    store.pause_round(second.id)
    view = first_round_on_the_wall(qtbot, window)
    window.refresh_timer()
    assert view.timer.text() == "Round 2 · Paused 17:26"
    settled(qtbot, view, size)
    assert_hint_and_clock_whole(view, size)
    view.close_view()
