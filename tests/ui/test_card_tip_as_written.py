"""A note that looks like HTML (sent from a phone by someone trying it on) shows as written
in its card's tooltip, as on the card: no headline, no colour, no picture, "&lt;" as typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QApplication, QLabel

WRITTEN = 'Price <h1>HUGE</h1> <font color=red size=7>red</font> &lt;b&gt; <img src="x.png">'


def tip_shown(view, row: int) -> str:
    """Hover a row of `view` as the mouse does: the words its tooltip shows."""
    index = view.model().index(row, 0)
    at = view.visualRect(index).center()
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at))
    )
    [tip] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QLabel) and w.metaObject().className() == "QTipLabel" and w.isVisible()
    ]
    shown = QTextDocument()
    rich = tip.textFormat() == Qt.TextFormat.RichText or (
        tip.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(tip.text())
    )
    if rich:
        shown.setHtml(tip.text())
    else:
        shown.setPlainText(tip.text())
    return shown.toPlainText()


def test_a_note_written_in_html_shows_as_written_in_its_cards_tooltip(qtbot, window):
    rid = window.shown_round_id()
    window.store.add_note(rid, WRITTEN, function="sales", source="device")
    window.store.add_note(rid, "Plain words stay plain", function="marketing", source="device")
    board = window.board
    qtbot.waitUntil(lambda: board.count() >= 3)
    rows = {
        board.item(i).data(Qt.ItemDataRole.ToolTipRole): i
        for i in range(board.count())
        if board.item(i).data(Qt.ItemDataRole.UserRole) == "note"
    }
    assert len(rows) == 2
    shown = sorted(tip_shown(board, row) for row in rows.values())
    assert shown == ["Plain words stay plain\n— marketing", f"{WRITTEN}\n— sales"]
