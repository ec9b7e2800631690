"""The votes table reads the same after a restart as before it.

With the Votes panel in front when the session was closed, it opened again with every
column shown at the panel's usual width (1280x800, 1366x768): the Theme column was left
80 pixels and read "Compens… and incentives", where it had been the whole name a moment
before the restart (walkthrough finding)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTableView

from tests.ui.conftest import shown_window
from tests.ui.test_front_panel_after_restart import in_front
from ui.sensemaking.vote_model import THEME_COL

NAMES = ("Compensation and incentives", "Lead definition and quality", "Slow follow-up")


def theme_column_fits_its_words(win) -> bool:
    table = win.findChild(QTableView, "voteTable")
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(w) for n in NAMES for w in n.split())
    return table.columnWidth(THEME_COL) >= widest + 12


def test_theme_names_read_whole_before_and_after_a_restart(qtbot, session_file, fake_clock):
    win = shown_window(qtbot, session_file, fake_clock)
    store, rid = win.store, win.shown_round_id()
    for label in NAMES:
        ids = [store.add_note(rid, f"{label} {i}", function="sales").id for i in range(2)]
        store.add_theme(rid, label, note_ids=ids)
    win.findChild(QDockWidget, "votesDock").raise_()
    qtbot.waitUntil(lambda: in_front(win) == ["votesDock"])
    qtbot.waitUntil(lambda: theme_column_fits_its_words(win))
    win.close()

    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: in_front(win) == ["votesDock"])
    qtbot.wait(50)
    table = win.findChild(QTableView, "voteTable")
    assert theme_column_fits_its_words(win), table.columnWidth(THEME_COL)
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert "S" in headers  # the panel's short headers, as before the restart
    win.close()
