"""A note longer than its card is cut after the last whole line it holds, with "…": under a
proposed theme's tag the rule ran through the last line shown ("owns the fix and every
quarter we argue" struck through) and half of the next line showed under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from ui.windows.cards import CardDelegate

LONG = (
    "Our reps re-qualify every lead marketing sends because the scoring model was never"
    " agreed, so the first call happens days later and the lead has gone cold by then; nobody"
    " owns the fix and every quarter we argue about it again in the pipeline review with the"
    " same slides."
)


# The room kept for the side letter at the start of a card's text (cards.marked).
ROOM = "\u00a0"


def _texts_drawn(qtbot, window, monkeypatch) -> list[tuple[str, object]]:
    """Each card text the board draws (after the side letter's room, ROOM), with the font
    and the area it is drawn in."""
    drawn: list[tuple[str, object]] = []
    draw = CardDelegate._draw_item

    def record(painter, opt):
        drawn.append((opt.text, QFontMetrics(opt.font), opt.rect.height(), opt.rect.width()))
        draw(painter, opt)

    monkeypatch.setattr(CardDelegate, "_draw_item", staticmethod(record))
    window.board.viewport().repaint()
    return drawn


def test_a_long_note_under_a_proposed_theme_is_cut_in_whole_lines(qtbot, window, monkeypatch):
    rid = window.shown_round_id()
    window.resize(1366, 768)
    plain = window.store.add_note(rid, LONG, function="marketing").id
    tagged = window.store.add_note(rid, LONG + " Again.", function="sales").id
    qtbot.waitUntil(lambda: window.board.card(tagged) is not None)
    window.board.set_proposals({tagged: "Lead definition and quality"})
    window.board.clearSelection()
    window.board.setCurrentItem(None)
    drawn = _texts_drawn(qtbot, window, monkeypatch)
    cut = [d for d in drawn if d[0].lstrip(ROOM).startswith("Our reps")]
    assert len(cut) == 2, [d[0][:30] for d in drawn]
    whole, shortened = sorted(cut, key=lambda d: len(d[0]), reverse=True)
    assert whole[0].lstrip(ROOM) == LONG  # the card without a tag holds the whole note at this size
    text, metrics, height, width = shortened
    assert text.endswith("…") and LONG.startswith(text.lstrip(ROOM)[:-1])
    wrap = int(Qt.TextFlag.TextWordWrap)
    assert metrics.boundingRect(0, 0, width - 8, 10_000, wrap, text).height() <= height
    assert window.board.card(plain) is not None
