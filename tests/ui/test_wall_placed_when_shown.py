"""Notes typed into a themed round while the wall is closed: the hidden wall does not plan
and place its cards for every note (1.6 ms of each Enter, for a wall nobody saw); shown
again, every card stands where a fresh plan puts it, the new notes in Ungrouped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_scrolls_readable import themed_round
from ui.windows.wall import WallBoard


def places(wall: WallBoard) -> dict[int, tuple[int, int, int, int]]:
    """Each shown item's rectangle on the wall (not in the view: scrolled or not)."""
    out = {}
    for row in range(wall.count()):
        item = wall.item(row)
        if not item.isHidden():
            rect = wall.rectForIndex(wall.indexFromItem(item))
            out[row] = (rect.x(), rect.y(), rect.width(), rect.height())
    return out


def test_the_closed_wall_places_its_cards_when_shown(qtbot, window, monkeypatch):
    rid = themed_round(window, 30)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1366, 768))
    view.close_view()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    plans: list[int] = []
    plan = WallBoard.plan
    monkeypatch.setattr(
        WallBoard, "plan", lambda w, *a, **k: (plans.append(1), plan(w, *a, **k))[1]
    )
    for k in range(3):
        window.entry.setFocus()
        qtbot.keyClicks(window.entry, f"s: the lead goes cold {k}")
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
        qtbot.wait(20)
    wall = view.wall
    qtbot.waitUntil(lambda: wall.count() == 30 + 3 + 7)  # the cards and 7 headers
    assert plans == []  # nothing planned for a wall nobody sees
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1366, 768))
    shown = places(wall)
    # Laid out afresh, the wall is as it was shown.
    wall.rebuild()
    wall.doItemsLayout()
    assert places(wall) == shown
    head = wall.item(0)
    assert head.text().startswith("Ungrouped") and not head.isHidden()
    x, y, width, height = shown[0]
    for row in (1, 2, 3):  # the new notes stand in Ungrouped's columns, under its header
        assert wall.item(row).text().startswith("the lead goes cold")
        left, top = shown[row][:2]
        assert top >= y + height and x <= left < x + width
