"""Live proposals are worked out once a burst of notes ends, not while the notes still come.

Sorting a round's loose notes holds Python's lock for 50-90 ms at 150 notes; run while a
scribe typed on (or phones sent notes), it made the next notes reach the board late.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

import ui.sensemaking.suggest_live as suggest_live
from tests.ui.test_live_placement_stale import settled
from tests.ui.test_sensemaking_suggest import broken_round

BURST = (
    "s: Leads from the webinar had no phone numbers",
    "m: We never hear which leads turned into deals",
    "s: What counts as a qualified lead differs per team",
    "m: The scoring model was built without sales",
    "s: A lead that downloads one ebook is not ready",
)


def counted_sorts(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = suggest_live.sort_with_sureness

    def counting(texts, *args, **kwargs):
        calls.append(len(texts))
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(suggest_live, "sort_with_sureness", counting)
    return calls


def themed_round(qtbot, window) -> int:
    rid, ids = broken_round(qtbot, window)
    window.store.add_theme(rid, "Lead definition and quality", note_ids=ids[3:6])
    settled(qtbot, window)
    return rid


def type_notes(qtbot, window, notes, gap_ms: int) -> None:
    for text in notes:
        qtbot.keyClicks(window.entry, text)
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
        qtbot.wait(gap_ms)


def test_a_burst_of_notes_is_sorted_once_when_it_ends(qtbot, window, monkeypatch):
    rid = themed_round(qtbot, window)
    placer = window.findChild(QObject, "livePlacer")
    placer.timer.setInterval(400)  # wide margins: a note every 100 ms is a burst
    monkeypatch.setattr(suggest_live, "PLACE_MOST_WAIT_S", 60.0)
    calls = counted_sorts(monkeypatch)
    type_notes(qtbot, window, BURST, gap_ms=100)
    assert calls == []  # nothing sorted while the notes came (it was, 400 ms after the first)
    settled(qtbot, window)
    notes = window.store.notes(rid)
    assert calls == [sum(n.theme_id is None for n in notes)]  # once, every loose note
    newest = notes[-1]
    assert newest.text == "A lead that downloads one ebook is not ready"
    assert placer.proposals  # and the proposals are shown once it has run
    card = window.board.card(next(iter(placer.proposals)))
    assert "Suggested theme: Lead definition" in card.text()


def test_notes_that_keep_coming_still_get_proposals(qtbot, window, monkeypatch):
    themed_round(qtbot, window)
    placer = window.findChild(QObject, "livePlacer")
    placer.timer.setInterval(400)
    monkeypatch.setattr(suggest_live, "PLACE_MOST_WAIT_S", 0.3)
    calls = counted_sorts(monkeypatch)
    stream = [f"s: Lead number {i} had no phone number" for i in range(12)]
    type_notes(qtbot, window, stream, gap_ms=100)
    assert calls  # sorted while the stream went on, PLACE_MOST_WAIT_S after it began
