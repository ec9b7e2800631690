"""A round's question of 150 to 200 letters on the projector: whole, in type the room reads,
and taking no more of the view than it needs. Under the clock of a 1024x768 projector such a
question took 223 pixels (the clock's row, then four lines across), 29% of the view, and the
notes of the example's fullest round went down to 10 points (13 pixels); beside the clock it
takes five lines in the room the clock leaves (176 pixels), and the notes have 11 points.
At 1366x768 and 1920x1080 it stood beside the clock already, and still does."""

from __future__ import annotations

import pytest

from tests.ui.test_wall_on_a_projector import (
    assert_whole_round_in_view,
    note_pixels,
    on_the_projector,
)
from ui.windows.presenter_top import QUESTION_POINTS

QUESTION = (
    "When a promising lead goes quiet after the first call, what did sales know that"
    " marketing never heard, and which one shared habit or number would have kept that deal"
    " alive for both teams?"
)


def assert_question_whole(view, shown: str) -> None:
    label = view.question
    assert label.text() == shown  # every word: nothing elided
    assert label.heightForWidth(label.width()) <= label.height()
    assert view.rect().contains(label.geometry())
    assert not label.geometry().intersects(view.timer.geometry())
    assert label.geometry().bottom() < view.wall.geometry().top()
    assert label.font().pointSize() >= QUESTION_POINTS[-1]  # 22 points, as under the clock


@pytest.mark.parametrize(
    ("size", "notes"), [((1024, 768), 15), ((1366, 768), 18), ((1920, 1080), 29)]
)
def test_a_long_question_leaves_the_notes_their_room(qtbot, demo_window, size, notes):
    assert 150 <= len(QUESTION) <= 200
    third = demo_window.store.rounds()[2]  # five themes and Ungrouped, 22 notes
    demo_window.store.update_round(third.id, prompt=QUESTION)
    # The example session is over: the wall names the round over its question.
    shown = demo_window.presenter.wall.words(
        "room.round_question", n=third.position, title=third.title, prompt=QUESTION
    )
    view = on_the_projector(qtbot, demo_window, third.id, shown, size)
    assert_question_whole(view, shown)
    question, timer = view.question.geometry(), view.timer.geometry()
    assert question.top() < timer.bottom() and question.right() < timer.left()  # beside it
    # The question and the clock over the notes take a quarter of the view at most.
    assert view.wall.geometry().top() <= size[1] // 4, view.wall.geometry()
    assert note_pixels(view) >= notes
    assert_whole_round_in_view(view)


def test_a_long_question_beside_a_clock_on_one_screen(qtbot, window, presenter_up):
    # With one screen the view also has the hint line over the question.
    window.store.update_round(window.shown_round_id(), prompt=QUESTION)
    presenter_up.resize(1024, 768)
    qtbot.waitUntil(lambda: presenter_up.question.text() == QUESTION)
    qtbot.wait(100)  # the top fitted, the key placed
    assert presenter_up.hint.isVisible()
    assert_question_whole(presenter_up, QUESTION)
    question, timer = presenter_up.question.geometry(), presenter_up.timer.geometry()
    assert not presenter_up.hint.geometry().intersects(question)
    # Beside the clock, under the hint: under it, the question took 136 pixels more of the
    # view than the clock's row.
    assert question.top() < timer.bottom() and question.right() < timer.left()
