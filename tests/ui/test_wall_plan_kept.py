"""The themed wall plans its round again after every note typed; what did not change since
the last plan is not worked out again (wall_plan.py): a theme's cards are split into
columns once for their heights, and the plan comes out the same."""

from __future__ import annotations

import ui.windows.wall_plan as wall_plan
from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_scrolls_readable import themed_round
from tests.ui.test_wall_typed_into_big_round import type_note


def test_a_plan_made_again_splits_no_theme_again_and_is_the_same(qtbot, window, monkeypatch):
    rid = themed_round(window, 90)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    type_note(qtbot, window, view, "s: the lead goes cold")
    wall = view.wall
    area = wall.viewport().size()
    first = wall.plan(wall.card_size, wall.font(), area)
    splits: list[int] = []
    split = wall_plan.split
    monkeypatch.setattr(wall_plan, "split", lambda *a: (splits.append(1), split(*a))[1])
    again = wall.plan(wall.card_size, wall.font(), area)
    assert splits == []
    assert again == first
    assert len(again.places) == 91 + 7  # every card and the headers of Ungrouped and 6 themes
