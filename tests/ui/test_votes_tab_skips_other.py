"""Typing the room's dots with Tab: the Other column is passed over while nobody on the
roster is from another function, and comes back as soon as someone is (or has dots)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.test_sensemaking_votes import cell, panel_of, press_enter, type_keys, type_votes
from ui.sensemaking.vote_model import VOTE_COLS

SALES, MARKETING, OTHER = VOTE_COLS


def test_tab_passes_over_other_when_nobody_is_other(qtbot, themed):
    # With a room of sales and marketing people, each theme's S and M cost a third Tab
    # over an O column nobody could vote in.
    assert {p.function for p in themed.store.participants()} == {"sales", "marketing"}
    type_keys(qtbot, themed, 0, SALES, "4\t3\t2\t5")  # Tab: marketing, the next theme's
    assert [cell(themed, 0, c) for c in VOTE_COLS] == ["4", "3", "0"]
    assert panel_of(themed).table.currentIndex().column() == MARKETING
    press_enter(qtbot, QApplication.focusWidget())
    assert [cell(themed, 1, c) for c in VOTE_COLS] == ["2", "5", "0"]

    # A click still types into Other; once a theme has such dots, Tab stops there again.
    type_votes(qtbot, themed, 2, OTHER, "1")
    type_keys(qtbot, themed, 2, SALES, "6\t7\t8\n")
    assert [cell(themed, 2, c) for c in VOTE_COLS] == ["6", "7", "8"]


def test_tab_stops_on_other_when_someone_is_other(qtbot, themed):
    themed.store.add_participant("Cleo Park", "other")  # from finance
    QApplication.processEvents()
    type_keys(qtbot, themed, 0, SALES, "4\t3\t1\n")
    assert [cell(themed, 0, c) for c in VOTE_COLS] == ["4", "3", "1"]
