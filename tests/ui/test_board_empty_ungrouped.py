"""With every note of the round in a theme, the board's Ungrouped header read "Ungrouped — 0
notes (S 0 · M 0 · O 0)" in bold above the themes, like a section with nothing in it. It is
now one quiet line saying it is where a card goes to leave its theme, and it still takes
that drop."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.store import Store
from tests.ui.test_sensemaking_themes import add_notes, click_card, drop_on
from ui.windows.note_board import KIND


def test_with_every_note_in_a_theme_the_ungrouped_line_is_a_quiet_drop_line(
    qtbot, window, session_file
):
    window.resize(1024, 640)
    board = window.board
    ids = add_notes(qtbot, window, "s: Leads sit for days", "m: No owner for handover", "s: Slow")
    rid = window.shown_round_id()
    theme = window.store.add_theme(rid, "Slow handover", note_ids=ids[:2])
    head = board.item(0)
    assert head.data(KIND) == "ungrouped" and head.text().startswith("Ungrouped — 1 note")
    # The last loose card dropped on the theme's header: nothing is left ungrouped.
    click_card(qtbot, window, ids[2])
    theme_head = next(
        board.item(r) for r in range(board.count()) if board.item(r).data(KIND) == "theme"
    )
    drop_on(qtbot, board, theme_head)
    qtbot.waitUntil(lambda: window.store.note(ids[2]).theme_id == theme.id)

    head = board.item(0)
    assert head.data(KIND) == "ungrouped" and not head.isHidden()
    assert head.text() == "Ungrouped — drop a card here to take it out of its theme"
    assert "0 notes" not in head.text()
    assert not head.font().bold() and head.font().italic()
    theme_head = board.item(1)
    assert theme_head.data(KIND) == "theme" and theme_head.font().bold()
    # One quiet line, lower than the bold header under it: the theme starts near the top.
    quiet, first = board.visualItemRect(head), board.visualItemRect(theme_head)
    assert quiet.height() < first.height()
    assert first.top() < 2 * quiet.height()
    said = head.data(Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith("Ungrouped: no notes.")

    # It is still where a card goes to leave its theme.
    click_card(qtbot, window, ids[0])
    drop_on(qtbot, board, board.item(0))
    qtbot.waitUntil(lambda: window.store.note(ids[0]).theme_id is None)
    head = board.item(0)
    assert head.text().startswith("Ungrouped — 1 note") and head.font().bold()
    window.close()
    with Store.open(session_file) as store:
        assert [n.theme_id for n in store.notes(rid)] == [None, theme.id, theme.id]


def test_a_round_without_themes_keeps_its_ungrouped_count(qtbot, window):
    # Nothing to take out of a theme yet: the header counts the notes, as before.
    head = window.board.item(0)
    assert head.text().startswith("Ungrouped — 0 notes") and head.font().bold()
    add_notes(qtbot, window, "s: Leads sit for days")
    assert window.board.item(0).text().startswith("Ungrouped — 1 note")
