"""The tray of notes from phones shows each waiting note whole, up to three (two in a low
window): with three waiting, one of them long enough to wrap, the third showed only its top
half over a scroll bar at 1100x760."""

from __future__ import annotations

import pytest

NOTES = [
    ("Leads wait four days for a first call from us", "sales"),
    ("The webinar brought 40 sign-ups but nobody followed up with any of them", "marketing"),
    ("Partners hear about price changes last", "other"),
    ("Our case studies are two years old", "marketing"),
]


@pytest.mark.parametrize(
    ("size", "waiting", "whole", "bar"),
    [
        ((1100, 760), 3, 3, False),
        ((1100, 760), 4, 3, True),
        ((1366, 768), 2, 2, False),
        ((1024, 640), 3, 2, True),
    ],
)
def test_waiting_notes_show_whole(qtbot, window, size, waiting, whole, bar) -> None:
    window.resize(*size)
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, text, function=side).id for text, side in NOTES[:waiting]]
    store.hold_again(ids)
    window.held.refresh()
    qtbot.wait(200)
    listed = window.held.tray.list
    assert listed.count() == waiting
    seen = listed.viewport().rect()
    for row in range(whole):
        rect = listed.visualRect(listed.model().index(row, 0))
        assert seen.contains(rect), (row, rect, seen)
    assert listed.verticalScrollBar().isVisible() is bar
