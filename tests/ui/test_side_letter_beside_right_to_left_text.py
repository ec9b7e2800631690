"""A note in Arabic or Hebrew starts at the right of its card, where its side letter is
drawn, and its first words are drawn beside the letter, not under it: the room kept for
the letter was at the left, so the letter's box covered the note's first word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from ui.windows import card_images, cards
from ui.windows.card_fit import text_area
from ui.windows.cards import CardDelegate, mark_box

NOTES = {
    "arabic": "العملاء يطلبون خصما أكبر كل ربع سنة",
    "hebrew and english": "שלום עולם mixed עברית and English 123",
}


def _badge_pixels(window, monkeypatch, *, text: bool):
    """The pixels inside the side letter's box of the card, drawn with the note's
    words (text=True) or with none (only the room kept for the letter)."""
    boxes: list[QRect] = []
    draw = CardDelegate._draw_item

    def record(painter, opt):
        _, width, height = mark_box(opt.font)
        area = text_area(opt)
        boxes.append(QRect(area.right() - width + 1, area.top(), width, height))
        if not text:
            opt.text = opt.text[: len(opt.text) - len(opt.text.lstrip("\u00a0"))]
        draw(painter, opt)

    monkeypatch.setattr(CardDelegate, "_draw_item", staticmethod(record))
    monkeypatch.setattr(cards, "draw_side_mark", lambda *args, **kw: None)  # the box bare
    monkeypatch.setattr(card_images, "on_whole_pixels", lambda *args: False)  # drawn afresh
    window.board.viewport().repaint()
    image = window.board.viewport().grab().toImage()
    monkeypatch.undo()
    box = boxes[-1]
    xs, ys = range(box.left(), box.right()), range(box.top(), box.bottom())
    return [image.pixel(x, y) for x in xs for y in ys]


@pytest.mark.parametrize("text", list(NOTES.values()), ids=list(NOTES))
def test_the_first_words_of_a_right_to_left_note_are_not_under_its_side_letter(
    qtbot, window, monkeypatch, text
):
    rid = window.shown_round_id()
    window.resize(1366, 768)
    note = window.store.add_note(rid, text, function="sales")
    qtbot.waitUntil(lambda: window.board.card(note.id) is not None)
    window.board.clearSelection()
    window.board.setCurrentItem(None)
    with_words = _badge_pixels(window, monkeypatch, text=True)
    without = _badge_pixels(window, monkeypatch, text=False)
    assert with_words == without  # nothing of the note drawn where the letter goes
