"""Notes typed into a themed round that scrolls on the wall: the "more above" and "more
below" lines stay where they stand, say the right counts, and are neither restyled nor put
on top of the wall again for every note (their colours' contrast was worked out four times
per Enter, and the two lines took turns on top, each turn repainting them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

import ui.windows.wall_cues as wall_cues
from tests.ui.test_wall_cues import cards_in_view
from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_scrolls_readable import themed_round
from tests.ui.test_wall_typed_into_big_round import type_note
from tests.ui.test_wall_typed_reads_once import said_out_of_view


class Raised(QObject):
    """Counts a widget's moves up or down among its siblings."""

    def __init__(self) -> None:
        super().__init__()
        self.times = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ZOrderChange:
            self.times += 1
        return False


def test_the_lines_at_the_edges_stay_put_while_notes_come(qtbot, window, monkeypatch):
    rid = themed_round(window, 90)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    for k in range(60):  # an Ungrouped column taller than the wall, themes under it
        window.store.add_note(rid, f"The lead goes cold before anyone calls it {k}")
    type_note(qtbot, window, view, "s: the lead goes cold")  # the wall follows the newest
    above, below = view.cues.above, view.cues.below
    assert above.isVisible() and below.isVisible()
    raised = Raised()
    for line in (above, below):
        line.installEventFilter(raised)
    styled: list[int] = []
    ink = wall_cues.ink
    monkeypatch.setattr(wall_cues, "ink", lambda *a: (styled.append(1), ink(*a))[1])
    for k in range(3):
        type_note(qtbot, window, view, f"m: nobody calls the lead back {k}")
        seen, total = cards_in_view(view)
        assert total == 90 + 61 + 1 + k
        assert said_out_of_view(view) == total - seen
    assert above.isVisible() and below.isVisible()
    assert raised.times == 0
    assert styled == []
