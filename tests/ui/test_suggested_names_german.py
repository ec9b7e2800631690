"""Suggest themes in a round whose notes are German: a theme from the template's hint is
shown and saved under the hint's German name, and later German notes on it join it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.store import Store
from tests.ui.test_sensemaking_suggest import open_preview

PIPELINE = [
    "Marketing sitzt jeden Montag bei unserem Forecast-Call mit drin",
    "Wir gehen jede Woche gemeinsam mit dem Marketing die Pipeline durch",
    "Gemeinsames Pipeline-Review mit Vertrieb und Marketing am Freitag",
]
LATER = [
    "Montags gehen wir mit dem Marketing die offenen Deals in der Pipeline durch",
    "Das Marketing ist bei unserem wöchentlichen Forecast-Call dabei",
]


def _type(qtbot, window, notes: list[str]) -> None:
    for text in notes:
        window.entry.insert(text)  # keyClicks cannot type "ö"
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)


def test_german_notes_get_the_german_name_and_keep_it(qtbot, window, session_file):
    titles = [r.title for r in window.store.rounds()]
    window.agenda.setCurrentRow(titles.index("What works"))
    _type(qtbot, window, PIPELINE)
    rid = window.shown_round_id()
    preview = open_preview(qtbot, window)
    assert "Gemeinsame Pipeline-Runden" in [g.label for g in preview.groups]
    assert "Joint pipeline meetings" not in [g.label for g in preview.groups]
    item = preview.group_item("Gemeinsame Pipeline-Runden")
    assert item.text(0).startswith("Gemeinsame Pipeline-Runden")
    assert item.child(0).text(0).startswith("Why: Matches the template theme")
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    store = window.store
    theme = next(t for t in store.themes(rid) if t.label == "Gemeinsame Pipeline-Runden")
    assert {n.text for n in store.notes(rid) if n.theme_id == theme.id} == set(PIPELINE)

    # More German notes on the same thing join that theme, not a second one beside it.
    _type(qtbot, window, LATER)
    preview = open_preview(qtbot, window)
    joins = [g for g in preview.groups if g.existing_theme_id == theme.id]
    assert [g.label for g in joins] == ["Gemeinsame Pipeline-Runden"]
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    window.close()
    with Store.open(session_file) as reopened:
        texts = {n.text for n in reopened.notes(rid) if n.theme_id == theme.id}
        assert texts == set(PIPELINE + LATER)
        assert reopened.theme(theme.id).label == "Gemeinsame Pipeline-Runden"
