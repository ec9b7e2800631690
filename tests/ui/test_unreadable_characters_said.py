"""A note whose text has bytes that are not UTF-8 (damaged on disk) opens as it is, and the
status line names it as the window opens, so the facilitator knows which note to retype."""

from __future__ import annotations

from roundtable.store import Store
from tests.core.test_damaged_rows import change
from tests.ui.conftest import shown_window


def test_the_window_names_the_note_whose_characters_could_not_be_read(qtbot, demo_file):
    with Store.open(demo_file, read_only=True) as before:
        hit = before.notes()[2]
    change(
        demo_file,
        "UPDATE notes SET text = CAST(? AS TEXT) WHERE id = ?",
        b"Budget sign-off takes \xe9\xe9 weeks",
        hit.id,
    )

    win = shown_window(qtbot, demo_file, None)

    said = win.statusBar().currentMessage()
    assert f"note {hit.id} (“Budget sign-off takes \ufffd\ufffd weeks”)" in said
    assert "could not be read" in said
    assert win.store.path == demo_file  # opened as it is, not refused
    win.close()
