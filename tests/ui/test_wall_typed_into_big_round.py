"""Notes typed into a themed round on the projector wall: its cards and type get smaller as
notes stop fitting, until the round scrolls in readable type, and larger again as Ctrl+Z
takes the notes back. A size the round is too tall for by its cards' least heights is not
planned card by card (wall_plan.least_height): with 200 notes on a 1024x768 wall, each note
typed made four plans of every card to find the round still scrolled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_card_type import settle
from tests.ui.test_wall_themed_scrolls_readable import themed_round
from ui.windows.wall import WallBoard
from ui.windows.wall_fit import fit_columns
from ui.windows.wall_plan import least_height
from ui.windows.wall_rows import CARD_POINTS, SCROLL_SCALE

SCALES = [s / 10 for s in range(10, 4, -1)]


def sizes(view) -> tuple[float, int, int]:
    """What the room sees: the cards' scale, the round's type size, a long note's least."""
    return (view._scale, view._points, view.wall.least_points)


def type_note(qtbot, window, view, text: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.entry.setFocus()
    qtbot.keyClicks(window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    settle(qtbot, view)


def test_the_least_height_is_never_more_than_the_rounds_plan(qtbot, window) -> None:
    for notes in (7, 24, 90):
        rid = themed_round(window, notes)
        for size in ((1024, 768), (800, 800), (1920, 1080)):
            view = on_the_projector(qtbot, window, rid, "Why it's broken", size)
            wall = view.wall
            area, sections = wall.room(), wall.sections()
            for scale in SCALES:
                for points in (0, CARD_POINTS):
                    card, font = view._card(scale, points)
                    plan = wall.plan(card, font, area, sections=sections)
                    assert least_height(wall, card, area, sections) <= plan.height
        window.store.delete_notes([n.id for n in window.store.notes(rid)])
        for theme in window.store.themes(rid):
            window.store.delete_theme(theme.id)


def test_typed_notes_shrink_the_wall_and_ctrl_z_grows_it_again(qtbot, window) -> None:
    rid = themed_round(window, 18)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    first = sizes(view)
    seen = [first]
    for k in range(12):
        type_note(qtbot, window, view, f"s: leads wait days for a first call {k}")
        seen.append(sizes(view))
        # The sizes a wall opened afresh on the round would take.
        fresh = fit_columns(view.wall, view._card)
        assert sizes(view) == (fresh.scale, fresh.points, fresh.least)
    assert len(window.store.notes(rid)) == 30
    assert min(seen)[:2] < first[:2]  # the type went down as the notes stopped fitting
    # Ctrl+Z takes the typed notes back one by one, and the wall grows back to where it
    # was.
    while len(window.store.notes(rid)) > 18:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, view)
    assert sizes(view) == first
    assert view.wall.verticalScrollBar().maximum() == 0


def test_a_note_typed_into_a_round_far_too_big_is_planned_only_to_lay_it_out(
    qtbot, window, monkeypatch
) -> None:
    rid = themed_round(window, 150)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    assert view._scale == SCROLL_SCALE
    plans: list[int] = []
    plan = WallBoard.plan
    monkeypatch.setattr(WallBoard, "plan", lambda *a, **k: (plans.append(1), plan(*a, **k))[1])
    type_note(qtbot, window, view, "o: nobody owns the lead after the event")
    assert len(plans) == 1  # four before: three sizes found too tall, then the layout
    assert view._scale == SCROLL_SCALE
    assert view.wall.verticalScrollBar().maximum() > 0
    card = view.wall.card(window.store.notes(rid)[-1].id)
    assert card is not None and card.text().startswith("nobody owns the lead")
