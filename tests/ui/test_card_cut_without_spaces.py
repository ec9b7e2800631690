"""A long note written without spaces (Chinese, Japanese, a row of emoji) is cut on its
card after the characters that fit, with "…": it was cut after its last space, which it
has none of, so the card on the board showed nothing of the note at all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from ui.windows.card_fit import text_area
from ui.windows.cards import CardDelegate

CHINESE = "销售和市场部门每周一起开会讨论线索质量，这样我们能更快发现问题并且及时解决。" * 4
EMOJI = "😀" * 250
ROOM = "\u00a0"  # the room kept for the side letter before a card's text (cards.marked)


def _texts_drawn(window, monkeypatch) -> list[tuple[str, QFontMetrics, int, int]]:
    drawn: list[tuple[str, QFontMetrics, int, int]] = []
    draw = CardDelegate._draw_item

    def record(painter, opt):
        area = text_area(opt)  # where the style lays the text out
        drawn.append((opt.text, QFontMetrics(opt.font), area.height(), area.width()))
        draw(painter, opt)

    monkeypatch.setattr(CardDelegate, "_draw_item", staticmethod(record))
    window.board.viewport().repaint()
    return drawn


def test_a_long_note_without_spaces_shows_its_start(qtbot, window, monkeypatch):
    rid = window.shown_round_id()
    window.resize(1366, 768)
    ids = [window.store.add_note(rid, text).id for text in (CHINESE, EMOJI)]
    qtbot.waitUntil(lambda: all(window.board.card(i) is not None for i in ids))
    window.board.clearSelection()
    window.board.setCurrentItem(None)
    drawn = _texts_drawn(window, monkeypatch)
    wrap = int(Qt.TextFlag.TextWordWrap)
    assert len(drawn) == 2  # the cards in the order the notes came
    for note, (text, metrics, height, width) in zip((CHINESE, EMOJI), drawn, strict=True):
        shown = text.lstrip(ROOM)
        assert shown.endswith("…") and note.startswith(shown[:-1])
        assert len(shown) > 40, shown  # several lines of the note, not "…" alone
        assert metrics.boundingRect(0, 0, width, 10_000, wrap, text).height() <= height
