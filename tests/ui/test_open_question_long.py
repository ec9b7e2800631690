"""A long note marked as an open question keeps "? Open question" on its card: the mark was
the card's last line, and a question longer than the card lost it under the "…"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_card_text_cut import ROOM, _texts_drawn
from tests.ui.test_open_question_key import ctrl_shift_o

QUESTION = (
    "How do the other companies in this room split the events and field marketing budget"
    " between brand, demand generation and sales enablement, who signs it off, and how often"
    " do they move money between them when a quarter goes badly and the pipeline is thin?"
    " And does anyone here tie any of it to pipeline the sales team actually closes, or to"
    " the leads marketing counts, or to something else the board asks about each quarter?"
)


def test_a_long_question_keeps_its_mark_on_the_board(qtbot, window, monkeypatch):
    window.resize(1366, 768)
    qtbot.keyClicks(window.entry, f"m: {QUESTION}")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    ctrl_shift_o(qtbot, window.entry)
    (note,) = window.store.notes(window.shown_round_id())
    assert note.open_question
    drawn = _texts_drawn(qtbot, window, monkeypatch)
    drawn = [d for d in drawn if d[0].lstrip(ROOM).startswith("How do")]
    assert drawn
    text, metrics, height, width = drawn[-1]
    shown = text.lstrip(ROOM).replace("\u2028", "\n")
    assert shown.endswith("…\n? Open question"), shown  # cut, and the mark still there
    assert QUESTION.startswith(shown.removesuffix("…\n? Open question"))
    wrap = int(Qt.TextFlag.TextWordWrap)
    assert metrics.boundingRect(0, 0, width - 8, 10_000, wrap, text).height() <= height
