"""The presenter view on the facilitator's own screen (no projector) has the hint line over
the question. A long question stood beside the clock there even where it took more height
than under the clock: the top was weighed without the hint, so on an 800x600 screen a
question of 241 letters pushed the notes 43 pixels further down than under the clock, as
the view had set it before."""

from __future__ import annotations

import pytest

import ui.windows.presenter as presenter
from tests.ui.test_wall_long_question_beside_clock import QUESTION
from ui.windows.presenter_top import Top, _under

LONGER = QUESTION + " Tell us about one concrete example from last quarter."


def wall_top(qtbot, view) -> int:
    view._fitted_for = None  # fitted again, as a new question or size would have it
    view._fit_question()
    qtbot.wait(100)  # laid out, the cards fitted
    view.layout().activate()
    return view.wall.geometry().top()


@pytest.mark.parametrize("question", [QUESTION[:150], QUESTION, LONGER])
@pytest.mark.parametrize("code", [False, True])
def test_a_long_question_takes_no_more_height_than_under_the_clock(
    qtbot, window, presenter_up, monkeypatch, question, code
):
    window.store.update_round(window.shown_round_id(), prompt=question)
    if code:
        presenter_up.show_join("http://192.168.1.20:8765/")
    presenter_up.resize(800, 600)
    qtbot.waitUntil(lambda: presenter_up.question.text() == question)
    assert presenter_up.hint.isVisible()
    chosen = wall_top(qtbot, presenter_up)

    def under_the_clock(question_font, clock_font, question, clock, size, gap, *_more) -> Top:
        return _under(question_font, clock_font, question, clock, size[0], gap)

    monkeypatch.setattr(presenter, "fit_top", under_the_clock)
    under = wall_top(qtbot, presenter_up)
    assert presenter_up._beside.indexOf(presenter_up.question) < 0  # (it went under)
    assert chosen <= under
