"""The start screen's Agenda language: a session made in Deutsch shows its rounds, its
question and its guidance in German, on the facilitator's screen and on the wall."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from roundtable.store import Store
from ui.windows.start_screen import StartScreen

WELCOME = (
    "Willkommen: Wer sind Sie, und was müsste heute passieren, damit sich der Nachmittag für"
    " Sie lohnt?"
)


def test_a_session_made_in_german_shows_its_agenda_in_german(qtbot, tmp_path):
    screen = StartScreen()
    qtbot.addWidget(screen)
    choice = screen.findChild(QComboBox, "agendaLanguage")
    assert choice.currentText() == "English"  # the template's own words, unless chosen
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentText() == "Deutsch"
    qtbot.keyClicks(screen.title, "Roundtable Q4")
    path = tmp_path / "q4.roundtable"
    screen.create_session(path)
    win = screen.window_opened
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert win.findChild(QLabel, "roundQuestion").text() == WELCOME
    guidance = win.findChild(QLabel, "roundGuidance").text()
    assert guidance.startswith("For you: Eine Runde um den Tisch: Name, Unternehmen")
    assert "Ctrl+Space starts round 1, Willkommen." in win.statusBar().currentMessage()
    qtbot.keyClick(win.entry, Qt.Key.Key_F5)
    assert win.presenter.isVisible()
    assert (
        win.presenter.findChild(QLabel, "presenterQuestion")
        .text()
        .startswith("Wer sind Sie, und was müsste heute passieren")
    )
    win.next_btn.click()
    assert win.findChild(QLabel, "roundQuestion").text().startswith("Was gut läuft: Wo arbeiten")
    assert win.presenter.question.text().startswith("Wo arbeiten Vertrieb und Marketing")
    win.presenter.close()
    win.close()
    with Store.open(path, read_only=True) as store:
        assert [r.title for r in store.rounds()][2] == "Warum es hakt"
        assert store.session().template == "sales-marketing-roundtable"
    # The next start screen offers German again: a German facilitator picks it once.
    again = StartScreen()
    qtbot.addWidget(again)
    assert again.findChild(QComboBox, "agendaLanguage").currentText() == "Deutsch"


def test_an_english_session_is_made_as_before(qtbot, tmp_path):
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.title, "Q4")
    screen.create_session(tmp_path / "q4.roundtable")
    win = screen.window_opened
    qtbot.addWidget(win)
    assert win.question.text().startswith("Welcome: Who are you")
    win.close()
