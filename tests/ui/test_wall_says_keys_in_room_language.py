"""On one screen the presenter view covers the main window, and what the main window says
of a key pressed on the wall shows in the view's top line, which the room reads. In a
German session it said "Notes count as marketing now (Ctrl+1 sales, Ctrl+3 other)." and
"Undone: Add note …" in English above German questions: it says them in German now, short,
and leaves the status bar's details to the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from roundtable.store import Store
from roundtable.templates import get_template
from tests.ui.conftest import shown_window
from tests.ui.test_wall_in_the_rooms_language import german_window, presenter_of

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

__all__ = ["german_window"]  # the fixture, used by name


def test_keys_pressed_on_a_german_wall_are_answered_in_german(qtbot, german_window):
    window = german_window
    view = presenter_of(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_2, CTRL)
    assert (
        view.hint.text()
        == "Notizen zählen jetzt für Marketing (Strg+1 Vertrieb, Strg+3 Sonstiges)."
    )
    qtbot.keyClicks(view, "s: Angebote dauern zu lange")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert (
        view.hint.text()
        == "Die nächsten Notizen zählen für Vertrieb (Strg+2: zurück zu Marketing)."
    )
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert view.hint.text() == "Rückgängig gemacht (Strg+Umschalt+Z stellt es wieder her)."
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert view.hint.text() == "Wiederhergestellt (Strg+Z macht es rückgängig)."
    qtbot.keyClick(view, Qt.Key.Key_O, CTRL | SHIFT)
    assert view.hint.text() == "Als offene Frage markiert (Strg+Z macht es rückgängig)."
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert view.hint.text() == "1 Minute mehr für diese Runde (Strg+Z macht es rückgängig)."
    qtbot.keyClicks(view, "x" * 501)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.hint.text() == (
        "Eine Notiz hat höchstens 500 Zeichen, diese hat 501. Bitte auf zwei Notizen aufteilen."
    )
    # The facilitator's own status bar says it in English, with its details.
    assert window.statusBar().currentMessage().startswith("A note can be at most 500")


def test_a_name_not_on_the_roster_points_to_the_main_window(qtbot, german_window):
    view = presenter_of(qtbot, german_window)
    qtbot.keyClicks(view, "@Xaver Preise unklar")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert "roster" in german_window.statusBar().currentMessage()
    assert view.hint.text() == (
        "Die nächsten Notizen zählen für Vertrieb. Mehr dazu im Hauptfenster (Esc)."
    )


def test_a_french_wall_answers_in_french(qtbot, tmp_path: Path, fake_clock):
    template = get_template("sales-marketing-roundtable").in_language("fr")
    path = tmp_path / "fr.roundtable"
    Store.create(path, title=template.title, template=template, clock=fake_clock).close()
    window = shown_window(qtbot, path, fake_clock)
    view = presenter_of(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_3, CTRL)
    assert view.hint.text() == (
        "Les notes comptent maintenant pour Autre (Ctrl+1 Ventes, Ctrl+2 Marketing)."
    )
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL)
    assert "Re-plan" not in view.hint.text() and "(Échap)" in view.hint.text()
    window.close()


def test_another_round_put_on_a_german_wall_is_named_by_its_number(qtbot, german_window):
    # It quoted the round's title ("Die Wand zeigt „Was funktioniert“ …"), which the wall
    # shows over the notes anyway, and a long title ran to a third line.
    window = german_window
    view = presenter_of(qtbot, window)
    second = window.store.rounds()[1]
    window.show_round(second.id)  # looked at in the main window before
    qtbot.keyClick(view, Qt.Key.Key_F5, SHIFT)
    assert view.wall.round_id == second.id
    assert view.hint.text() == (
        "Die Wand zeigt Runde 2 bis zur nächsten Runde (Umschalt+F5: zurück zur Runde auf der Uhr)."
    )
    qtbot.keyClick(view, Qt.Key.Key_F5, SHIFT)
    assert view.hint.text() == "Die Wand folgt wieder der Runde auf der Uhr."
