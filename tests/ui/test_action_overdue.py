"""An open action item whose due date has passed reads as overdue in the Action items panel
(a follow-up a month later went through last time's commitments with nothing to show which
had slipped): its status says so, and its date and status are in red; a done item is not."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from tests.ui.test_sensemaking_actions import add_action, panel_of, rows, wide_panel
from ui.sensemaking.action_model import DUE, STATUS


def test_an_open_item_past_its_date_says_overdue_until_it_is_done(qtbot, window):
    wide_panel(qtbot, window)  # (a laptop's panel has a Done box, no Status words)
    add_action(qtbot, window, "Write the lead definition @Ana")
    add_action(qtbot, window, "Book the pipeline review @Ben")
    store = window.store
    late, later = store.actions()
    store.update_action(late.id, due=date.today() - timedelta(days=5))
    store.update_action(later.id, due=date.today() + timedelta(days=5))
    panel = panel_of(window)
    qtbot.waitUntil(lambda: [r[STATUS] for r in rows(window)] == ["overdue", "open"])
    proxy = panel.proxy
    red = proxy.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.red() > 2 * red.green()
    assert proxy.index(1, DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert proxy.index(0, DUE).data(Qt.ItemDataRole.ToolTipRole).endswith(": overdue, still open")
    # Ticked done, it is no longer chased.
    store.update_action(late.id, status="done")
    qtbot.waitUntil(lambda: [r[STATUS] for r in rows(window)] == ["done", "open"])
    assert proxy.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole) is None
