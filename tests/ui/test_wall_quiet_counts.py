"""What the room reads on the wall before there is anything to count: a round with no note
yet says so (it read "Ungrouped — 0 notes (S 0 · M 0 · O 0)" in bold), and themes not voted
on yet carry no "· 0 votes" under their names."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.windows.note_board import KIND


def _headers(wall) -> list[str]:
    return [
        wall.item(r).text()
        for r in range(wall.count())
        if wall.item(r).data(KIND) != "note" and not wall.item(r).isHidden()
    ]


def test_an_empty_round_on_the_wall_says_no_notes_yet(qtbot, window, presenter_up):
    wall = presenter_up.wall
    assert _headers(wall) == ["No notes yet"]
    qtbot.keyClicks(presenter_up, "s: Leads sit for days")
    qtbot.keyClick(presenter_up, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _headers(wall)[0].startswith("Ungrouped — 1 note"))
    # Undone, the round is empty again, and says so.
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _headers(wall) == ["No notes yet"])


def test_themes_show_their_votes_once_they_have_some(qtbot, window, presenter_up):
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, f"Leads note {i}", function="sales").id for i in range(4)]
    lead = store.add_theme(rid, "Lead definition", note_ids=ids[:2])
    store.add_theme(rid, "Slow follow-up", note_ids=ids[2:])
    wall = presenter_up.wall
    qtbot.waitUntil(lambda: wall.columns)
    qtbot.waitUntil(lambda: "Lead definition\n2 notes" in _headers(wall))
    assert "Slow follow-up\n2 notes" in _headers(wall)
    store.set_votes(lead.id, "sales", 5)
    qtbot.waitUntil(lambda: "Lead definition\n2 notes · 5 votes" in _headers(wall))
    assert "Slow follow-up\n2 notes" in _headers(wall)
