"""The side key (S Sales  M Marketing  O Other) stands in the top row when the question
leaves room there: in a row of its own under the wall it took 30 pixels of the wall's
height, and a 1024x768 projector showed five notes fewer of a big round."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from ui.windows.presenter_key import text_lines

TWO_LINES = "What will you do differently in the next 30 days, and who will you do it with?"
# Its second line reaches under the clock at 1024x768: no room for the key beside it.
LONG_SECOND_LINE = (
    "What gets in the way between sales and marketing? "
    "Where does a good lead or a good idea get lost?"
)


def asked(qtbot, window, presenter, question: str, size=(1024, 768)) -> None:
    window.store.update_round(window.shown_round_id(), prompt=question)
    presenter.resize(*size)
    qtbot.waitUntil(lambda: presenter.question.text() == question)
    qtbot.wait(100)  # the top fitted, the key placed, the wall's cards fitted


def lines(label) -> int:
    return round(label.height() / QFontMetrics(label.font()).lineSpacing())


def test_the_key_costs_the_wall_no_height_beside_a_two_line_question(qtbot, window, presenter_up):
    asked(qtbot, window, presenter_up, TWO_LINES)
    view, key, wall = presenter_up, presenter_up.side_key, presenter_up.wall
    assert lines(view.question) == 2
    assert key.isVisible()
    with_key = wall.viewport().height()
    key.hide()
    qtbot.wait(100)
    assert wall.viewport().height() == with_key
    key.show()
    # In the top row, over the wall, clear of the question's words and the clock.
    spot = key.geometry()
    assert spot.bottom() < wall.geometry().top()
    assert not spot.intersects(view.timer.geometry())
    assert spot.right() <= view.width()
    assert all(not spot.intersects(line) for line in text_lines(view.question, view))


@pytest.mark.parametrize(
    "question",
    [
        "What slows a deal down?",
        LONG_SECOND_LINE,
        " ".join([LONG_SECOND_LINE] * 3),  # under the clock, across the view
        "Welche Vertriebsunterstützungsmaßnahmen scheitern an Zuständigkeitsfragen "
        "zwischen Vertrieb und Marketing?",
    ],
)
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("paused", [False, True])
def test_the_key_covers_no_word_of_the_top_and_no_note(
    qtbot, window, presenter_up, fake_clock, question, size, paused
):
    if paused:  # a wider clock: "Paused 09:00"
        fake_clock.advance(60)
        window.start_btn.click()
        window.refresh_timer()
        assert "Paused" in presenter_up.timer.text()
    asked(qtbot, window, presenter_up, question, size)
    view, key, wall = presenter_up, presenter_up.side_key, presenter_up.wall
    assert key.isVisible()
    spot = key.geometry()
    assert view.rect().contains(spot)
    assert spot.bottom() < wall.geometry().top() or spot.top() >= wall.geometry().bottom()
    assert not spot.intersects(view.timer.geometry())
    assert not spot.intersects(view.hint.geometry())
    assert all(not spot.intersects(line) for line in text_lines(view.question, view))


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("What slows a deal down?", (800, 600)),  # the key in its own row under the wall
        (LONG_SECOND_LINE, (800, 600)),  # the key stacked beside the question
        (
            "Welche Vertriebsunterstützungsmaßnahmen scheitern an Zuständigkeitsfragen "
            "zwischen Vertrieb und Marketing?",
            (1280, 720),
        ),
    ],
)
def test_the_key_is_placed_once_and_the_view_goes_idle(
    qtbot, window, presenter_up, monkeypatch, question, size
):
    # Trying the key in a line and stacked changed its layout, which asked the view to lay
    # out again, which placed the key again: 800 to 2,400 placings every half second, a
    # core of the projector laptop kept busy for as long as the wall was up.
    import ui.windows.presenter as presenter_module

    placed = []
    real = presenter_module.place_key
    monkeypatch.setattr(presenter_module, "place_key", lambda *a: (placed.append(1), real(*a)))
    asked(qtbot, window, presenter_up, question, size)
    qtbot.wait(100)
    spot = presenter_up.side_key.geometry()
    placed.clear()
    qtbot.wait(500)
    assert len(placed) <= 1
    assert presenter_up.side_key.geometry() == spot
