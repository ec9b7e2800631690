"""A note typed into a themed round with the wall open: the wall shows it in the Ungrouped
column and counts the notes out of view right, having walked its items once to find the
themes' sections (the fit's walk is the layout's: it walked them twice per Enter)."""

from __future__ import annotations

from tests.ui.test_wall_cues import cards_in_view
from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_scrolls_readable import themed_round
from tests.ui.test_wall_typed_into_big_round import type_note
from ui.windows.wall import WallBoard
from ui.windows.wall_cues import WallCues


def test_a_typed_note_is_shown_in_ungrouped_and_the_sections_are_read_once(
    qtbot, window, monkeypatch
) -> None:
    rid = themed_round(window, 90)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    wall = view.wall
    walks: list[int] = []
    sections = WallBoard.sections
    monkeypatch.setattr(WallBoard, "sections", lambda w: (walks.append(1), sections(w))[1])
    type_note(qtbot, window, view, "o: nobody owns the lead after the event")
    assert len(walks) == 1
    # The new card is in Ungrouped, the wall's first column, under its header.
    card = wall.card(window.store.notes(rid)[-1].id)
    assert card is not None and card.text().startswith("nobody owns the lead")
    header = wall.item(0)
    assert header.text().startswith("Ungrouped")
    assert wall.visualItemRect(card).top() > wall.visualItemRect(header).top()
    # The lines at the wall's edges count the notes out of view.
    seen, total = cards_in_view(view)
    assert total == 91 and seen < total
    assert said_out_of_view(view) == total - seen


def said_out_of_view(view) -> int:
    """The notes the wall's edge lines say are out of view, above and below together."""
    said = [line.text() for line in (view.cues.above, view.cues.below) if line.isVisible()]
    assert said  # the round does not fit: a line says so
    return sum(int(text.split()[1]) for text in said if text.split()[1].isdigit())


def test_the_notes_out_of_view_are_counted_once_the_cards_stand(qtbot, window, monkeypatch):
    rid = themed_round(window, 90)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    counts: list[int] = []
    count = WallCues._out_of_view
    monkeypatch.setattr(WallCues, "_out_of_view", lambda c: (counts.append(1), count(c))[1])
    for k in range(3):
        type_note(qtbot, window, view, f"o: nobody calls the lead back {k}")
        # The cards are measured when the wall scrolls to the new one, not again as each
        # card moves to its place (four times for the first note, before).
        assert len(counts) <= 2 * (k + 1)
        seen, total = cards_in_view(view)
        assert total == 91 + k and seen < total
        assert said_out_of_view(view) == total - seen
