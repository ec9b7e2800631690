"""The round's question over the board is shown whole, every line of it, while the status
line holds a long message (several notes deleted, a CSV imported) on a 1366x768 or a
1024x768 screen. Screenshots taken in the same turn of the loop as the change showed it cut
off at its top edge: the window had not laid itself out yet. Once it has, the question must
fit; this guards that it does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from tests.ui.test_main_window import type_note
from tests.ui.test_undo_shows_groupings import active

QUESTION = (
    "If you could change one thing about how sales and marketing work together, from the"
    " first lead to the signed contract and the renewal a year later, what would change the"
    " game for both teams, and who would have to agree to it before next quarter?"
)


def shown_whole(window) -> bool:
    """The question inside its parent, as tall as its wrapped lines need (three or more)."""
    label = window.question
    needed = label.heightForWidth(label.width())
    inside = label.parentWidget().rect().contains(label.geometry())
    return inside and label.height() >= needed >= 3 * label.fontMetrics().lineSpacing()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_a_long_question_stays_whole_under_a_long_status(
    qtbot, window, tmp_path, monkeypatch, size
):
    window.resize(*size)
    active(qtbot, window)
    for text in ("Leads wait four days", "Pricing page confuses buyers", "Webinar leads go cold"):
        type_note(qtbot, window, text)
    window.store.update_round(window.shown_round_id(), prompt=QUESTION)
    window.board.setFocus()
    window.board.selectAll()
    qtbot.keyClick(window.board, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage().startswith("Deleted 3 notes")
    qtbot.waitUntil(lambda: shown_whole(window), timeout=3000)
    rows = "".join(f"1,Note {i} from the wall,sales,Person {chr(65 + i)}\n" for i in range(12))
    csv_file = tmp_path / "notes-from-the-wall-photographed-after-the-session.csv"
    csv_file.write_text("round,text,function,participant\n" + rows, encoding="cp1252")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    window.findChild(QAction, "importCsvAction").trigger()
    assert window.statusBar().currentMessage().startswith("Imported 12 notes")
    assert window.statusBar().height() > 2 * window.statusBar().fontMetrics().height()
    qtbot.waitUntil(lambda: shown_whole(window), timeout=3000)
