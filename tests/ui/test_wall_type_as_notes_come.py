"""The wall's type as a round without themes fills up on a 1024x768 projector: it gets
smaller as notes come, never larger, and stays readable from the back of the room. The
fifth note took it from 32 points down to 16 (two tall, half-empty cards a row), and the
seventh back up to 24 (three a row)."""

from __future__ import annotations

from tests.ui.test_acceptance_story import WHAT_WORKS, type_lines

MORE = ["teams share one pipeline dashboard", "marketing sits in on lost-deal reviews"]


def test_the_type_shrinks_step_by_step_as_notes_come(qtbot, presenter_up):
    view = presenter_up
    view.resize(1024, 768)
    qtbot.waitUntil(lambda: view.width() == 1024)
    sizes = []
    for line in WHAT_WORKS + MORE:
        type_lines(view, [line])
        qtbot.wait(20)  # the wall fits its cards once the note is shown
        assert view.wall.verticalScrollBar().maximum() == 0  # every note in view
        sizes.append(view.wall.font().pointSize())
    assert sizes == sorted(sizes, reverse=True)  # a note more never makes the type larger
    assert min(sizes[:6]) >= 24  # six short notes in large type (they were 16 points)
