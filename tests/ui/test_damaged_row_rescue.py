"""A session file damaged inside one note (its time no longer a time) is refused as it
opens, naming the note, and "Rescue a copy" opens a copy with every note in its place."""

from __future__ import annotations

from roundtable.store import Store
from tests.core.test_damaged_rows import change, flip
from tests.ui.test_main_window import card_texts
from tests.ui.test_start_and_files import _rescue_when_asked
from ui.windows.dialogs import open_session


def test_a_note_damaged_inside_is_named_and_its_rescue_opens_with_every_note(qtbot, demo_file):
    # It opened without a word, then stopped with "Invalid isoformat string" on the board.
    with Store.open(demo_file, read_only=True) as before:
        hit = before.notes()[7]
        first = sorted(n.text for n in before.notes(hit.round_id))
        count = before.note_count()
    change(demo_file, "UPDATE notes SET created_at = ? WHERE id = ?", "2031-01-02T03:04", hit.id)
    flip(demo_file, b"2031-01-02T03:04", b"2031-01-02T\x003:04")
    data = demo_file.read_bytes()

    said = _rescue_when_asked()
    win = open_session(demo_file, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)

    assert f"note {hit.id}" in said[0] and "choose Rescue a copy" in said[0]
    assert win.store.path == demo_file.with_name("demo-rescued.roundtable")
    assert win.store.note_count() == count
    assert "1 time that could not be read" in win.statusBar().currentMessage()
    rounds = [r.id for r in win.store.rounds()]
    win.agenda.setCurrentRow(rounds.index(hit.round_id))
    assert sorted(card.split("\n")[0] for card in card_texts(win)) == first
    assert demo_file.read_bytes() == data
    win.close()
