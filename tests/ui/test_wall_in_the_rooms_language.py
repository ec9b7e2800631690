"""The presenter view speaks the room's language: in a session whose agenda is German the
room read "No notes yet", "Ungrouped", "Paused" and "Typing: … (Enter adds the note)" in
English under German questions. The facilitator's own window stays in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from roundtable.store import Store
from roundtable.templates import get_template
from tests.ui.conftest import shown_window
from tests.ui.test_wall_hint_beside_clock import reads_whole, settled
from ui.windows.note_board import KIND


@pytest.fixture
def german_window(qtbot, tmp_path: Path, fake_clock):
    """A session made with the agenda in German (`roundtable new --language de`)."""
    template = get_template("sales-marketing-roundtable").in_language("de")
    path = tmp_path / "de.roundtable"
    with Store.create(path, title=template.title, template=template, clock=fake_clock) as s:
        s.add_participant("Jonas Weber", function="sales")
    win = shown_window(qtbot, path, fake_clock)
    yield win
    win.close()


def headers(wall) -> list[str]:
    return [
        wall.item(r).text()
        for r in range(wall.count())
        if wall.item(r).data(KIND) != "note" and not wall.item(r).isHidden()
    ]


def presenter_of(qtbot, window):
    """Round 1 started and F5 pressed: on one screen the view takes the keyboard, at a
    projector's 1366x768."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)
    settled(qtbot, window.presenter, (1366, 768))  # a projector's size
    return window.presenter


def test_a_german_sessions_presenter_view_says_its_words_in_german(
    qtbot, german_window, fake_clock
):
    window = german_window
    view = presenter_of(qtbot, window)
    wall = view.wall
    assert headers(wall) == ["Noch keine Notizen"]
    assert view.hint.text() == "Esc oder F5: zurück zum Hauptfenster. Tippen fügt eine Notiz hinzu."
    qtbot.keyClicks(view, "Angebote dauern zu lange")
    assert view.hint.text() == "Eingabe: Angebote dauern zu lange▏  (Enter fügt die Notiz hinzu)"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: headers(wall) == ["Ohne Thema — 1 Notiz  (V 1 · M 0 · S 0)"])
    # The facilitator's own board says the same in English.
    board = window.board
    assert headers(board) == ["Ungrouped — 1 note  (S 1 · M 0 · O 0)"]

    # A paused clock, on the wall and in the main window.
    fake_clock.advance(60)
    window.store.pause_round(window.shown_round_id())
    window.refresh_timer()
    assert view.timer.text() == "Pause 09:00"
    assert window.timer_label.text() == "Paused 09:00"

    # How to send notes from a phone, at the wall's foot.
    view.show_join("http://192.168.1.20:8765/abc")
    assert view.join.words.text().startswith("Notizen vom Handy: Code scannen oder Adresse öffnen:")

    # Themes stand as columns headed by their names and counts.
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, f"Lead-Notiz {i}", function="sales").id for i in range(3)]
    theme = store.add_theme(rid, "Lead-Definition", note_ids=ids[:2])
    store.set_votes(theme.id, "sales", 5)
    qtbot.waitUntil(lambda: wall.columns)
    qtbot.waitUntil(lambda: "Lead-Definition\n2 Notizen · 5 Stimmen" in headers(wall))
    assert "Ohne Thema\n2 Notizen" in headers(wall)


def test_the_lines_at_the_walls_edges_count_in_german(qtbot, german_window):
    window = german_window
    view = presenter_of(qtbot, window)
    store, rid = window.store, window.shown_round_id()
    for k in range(60):
        store.add_note(rid, f"Notiz {k}: Leads von der Frühjahrsmesse warten tagelang auf Anruf")
    above = view.findChild(QLabel, "presenterMoreAbove")
    qtbot.waitUntil(above.isVisible)
    qtbot.waitUntil(lambda: above.text().endswith("weitere Notizen oben"))
    assert above.text().startswith("▲ ")


def test_the_german_view_reads_whole_at_1366x768(qtbot, german_window, fake_clock):
    """German words are longer: the top line, the clock and the phone line stay whole."""
    window = german_window
    view = presenter_of(qtbot, window)
    fake_clock.advance(60)
    window.store.pause_round(window.shown_round_id())
    window.refresh_timer()
    view.show_join("http://192.168.1.20:8765/Qx7-abc")
    qtbot.keyClicks(view, "Angebote dauern zu lange")
    settled(qtbot, view, (1366, 768))
    for label in (view.hint, view.timer, view.join.words, view.question):
        assert reads_whole(label), label.objectName()
    assert view.hint.geometry().right() < view.timer.geometry().left()
    # Beside a paused clock and the code, no room for the reminder (as in English).
    assert view.hint.text() == "Eingabe: Angebote dauern zu lange▏"


def test_an_earlier_round_on_the_wall_names_it_in_german(qtbot, german_window, fake_clock):
    from tests.ui.test_presenter_wall import first_round_on_the_wall

    window = german_window
    store = window.store
    first, second = store.rounds()[:2]
    store.start_round(second.id)
    fake_clock.advance(154)
    store.pause_round(second.id)
    view = first_round_on_the_wall(qtbot, window)
    window.refresh_timer()
    assert view.timer.text() == "Runde 2 · Pause 17:26"
    assert view.question.text() == f"Runde 1 · Willkommen: {first.prompt}"
    view.close_view()


def test_the_comparison_chart_on_the_projector_speaks_german(qtbot, german_window):
    """Ctrl+Shift+C: the chart shown large to the room; the docked one stays English."""
    from PySide6.QtWidgets import QWidget

    from tests.ui.test_comparison_window_keys import open_large
    from ui.sensemaking.comparison import ComparisonChart

    window = german_window
    store, rid = window.store, window.shown_round_id()
    # Two people a side: with one, the room's chart of an anonymous session counts no notes
    # by function, as the minutes (test_projected_chart_lone_notes.py).
    store.add_participant("Cara Diaz", "sales")  # with Jonas Weber
    store.add_participant("Dev Rao", "marketing")
    store.add_participant("Eva Lang", "marketing")
    ids = [store.add_note(rid, f"Leads {i}", function="sales").id for i in range(3)]
    ids += [store.add_note(rid, f"Kampagne {i}", function="marketing").id for i in range(2)]
    ids.append(store.add_note(rid, "Finanzen", function="other").id)
    lead = store.add_theme(rid, "Lead-Definition", note_ids=[*ids[:3], ids[5]])
    store.add_theme(rid, "Kampagnen", note_ids=ids[3:5])
    store.set_votes(lead.id, "other", 2)
    big = open_large(qtbot, window)
    large = big.findChild(ComparisonChart, "comparisonChartLarge")
    title, explain, legend = (" ".join(lines) for lines in large._header_lines())
    assert title.startswith("Runde 1 · Willkommen: Vertrieb und Marketing im Vergleich")
    assert explain == (
        "Stimmen nur von Sonstige: Die Balken zeigen den Anteil jeder Funktion an den Notizen"
    )
    assert legend.startswith("Grau: Stimmen und Notizen sonstiger Funktionen")
    big.resize(1366, 768)  # a projector's size
    qtbot.wait(20)
    large.grab()  # painted: the grey counts under the bars
    assert "Sonstige: 2 Stimmen, 1 Notiz" in large.drawn_others
    docked = window.findChild(QWidget, "votesPanel").chart
    assert " ".join(docked._header_lines()[0]) == "Sales vs marketing, theme by theme"
    big.hide()


def test_an_open_question_on_the_wall_is_marked_in_german(qtbot, german_window, monkeypatch):
    """The mark painted under a note marked as an open question (Ctrl+Shift+O)."""
    from PySide6.QtGui import QPainter

    window = german_window
    view = presenter_of(qtbot, window)
    store, rid = window.store, window.shown_round_id()
    nid = store.add_note(rid, "Wie teilen andere Firmen das Budget auf?", function="sales").id
    store.update_note(nid, open_question=True)
    qtbot.waitUntil(lambda: view.wall.count() == 2)
    qtbot.waitUntil(lambda: view.wall.item(1).text().endswith("\n? Offene Frage"))
    painted: list[str] = []
    draw = QPainter.drawText

    def recording(painter, *args):
        painted.extend(a for a in args if isinstance(a, str))
        return draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    view.wall.viewport().grab()
    assert "? Offene Frage" in painted and "? Open question" not in painted
    window.board.viewport().grab()  # the facilitator's board: English
    assert "? Open question" in painted


def test_a_longer_mark_is_never_cut_at_the_cards_edge(qtbot, tmp_path, fake_clock, monkeypatch):
    """In bold, "? Pregunta abierta" ran past a card sized for it in plain type: the room
    read "? Pregunta abiert"."""
    from PySide6.QtGui import QFontMetrics, QPainter

    template = get_template("sales-marketing-roundtable").in_language("es")
    path = tmp_path / "es.roundtable"
    with Store.create(path, title=template.title, template=template, clock=fake_clock):
        pass
    window = shown_window(qtbot, path, fake_clock)
    view = presenter_of(qtbot, window)
    marks: list[tuple[int, int]] = []  # (the mark's width as painted, its room)
    draw = QPainter.drawText

    def recording(painter, *args):
        if args and args[-1] == "? Pregunta abierta":
            width = QFontMetrics(painter.font()).horizontalAdvance(args[-1])
            marks.append((width, args[0].width()))
        return draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)  # (cards are painted once, kept)
    store, rid = window.store, window.shown_round_id()
    for text in ("¿Quién es responsable?", "Los leads esperan", "¿Qué?", "Nada más"):
        nid = store.add_note(rid, text, function="marketing").id
        if text.endswith("?"):
            store.update_note(nid, open_question=True)
    qtbot.waitUntil(lambda: view.wall.count() == 5)
    for _ in range(4):
        qtbot.waitUntil(lambda: not view._fit_pending)
        qtbot.wait(10)
    view.wall.viewport().grab()
    assert marks
    assert all(width <= room for width, room in marks), marks
    window.close()


def test_the_comparison_windows_title_bar_speaks_german(qtbot, german_window):
    """Ctrl+Shift+C opens a window (not full screen) that goes to the projector: its title
    bar read "Sales vs marketing — Roundtable" above the German chart."""
    from tests.ui.test_comparison_window_keys import open_large

    window = german_window
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, f"Leads {i}", function="sales").id for i in range(2)]
    store.add_theme(rid, "Lead-Definition", note_ids=ids)
    big = open_large(qtbot, window)
    assert big.windowTitle() == "Vertrieb und Marketing im Vergleich — Roundtable"
    big.hide()
