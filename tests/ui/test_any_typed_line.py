"""Whatever is typed on the note line (a side mark, an @name, a prefix, odd Unicode, only
marks) becomes a note on the board and in the file, or stays on the line with a reason;
never an error the window does not explain.

Generated lines (hypothesis); derandomised in the normal run (see tests/conftest.py).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from roundtable.model import clean_text
from tests.ui.test_main_window import card_texts

pieces = st.sampled_from(
    ["s:", "m:", "o:", "S:", "@", "@Ana", "@Ana Lima", "@Ben", " ", ":", "::", "Lead", "é"]
    + ["中文", "🙂", "\u200f", "\u05d0", "x" * 60, "?", "#", "/", "\\", "\t", "-", "1."]
)
lines = st.lists(pieces, min_size=1, max_size=8).map("".join)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=lines)
@example(typed="@Ana Lima m: s:")
@example(typed="@ o:")
@example(typed="@Ana:")
def test_any_line_is_a_note_in_the_file_or_stays_with_a_reason(qtbot, window, typed) -> None:
    store = window.store
    if not store.participants():
        store.add_participant("Ana Lima", "marketing")
        store.add_participant("Ben Okoro", "sales")
    before = store.note_count()
    window.entry.setFocus()
    window.entry.setText(typed)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    added = store.note_count() - before
    if added:
        assert added == 1
        note = store.notes()[-1]
        assert note.text and note.text == clean_text(note.text)
        assert window.entry.text() == ""
        assert any(card.startswith(note.text) for card in card_texts(window))
    else:
        shown = window.statusBar().currentMessage() + window.entry.toolTip()
        assert window.entry.text() == typed or shown, (typed, shown)
    window.entry.clear()
