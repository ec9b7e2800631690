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


def created(qtbot, screen, title: str, path):
    """The title typed on the start screen and the session made at `path`: its window."""
    qtbot.keyClicks(screen.title, title)
    screen.create_session(path)
    win = screen.window_opened
    qtbot.addWidget(win)
    return win


def test_a_session_made_in_german_shows_its_agenda_in_german(qtbot, tmp_path):
    screen = StartScreen()
    qtbot.addWidget(screen)
    choice = screen.findChild(QComboBox, "agendaLanguage")
    assert choice.currentText() == "English"  # the template's own words, unless chosen
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentText() == "Deutsch"
    path = tmp_path / "q4.roundtable"
    win = created(qtbot, screen, "Roundtable Q4", path)
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


def test_a_german_sessions_question_bank_offers_german_questions(
    qtbot, tmp_path, fake_clock, monkeypatch
):
    from roundtable.round_themes import round_hints
    from roundtable.templates import get_template
    from tests.ui.conftest import shown_window
    from ui.windows.agenda import RoundDialog

    path = tmp_path / "de.roundtable"
    template = get_template("sales-marketing-roundtable")
    Store.create(path, title="Q4", template=template.in_language("de"), clock=fake_clock).close()
    win = shown_window(qtbot, path, fake_clock)
    offered: list[str] = []

    def choose_the_second(dlg: RoundDialog) -> bool:
        bank = dlg.findChild(QComboBox, "roundQuestionBank")
        offered.extend(bank.itemText(i) for i in range(1, 4))
        bank.setFocus()
        qtbot.keyClick(bank, Qt.Key.Key_Down)
        qtbot.keyClick(bank, Qt.Key.Key_Down)
        return True

    monkeypatch.setattr(RoundDialog, "exec", choose_the_second)
    win.add_round()
    assert offered == [
        "Womit sollten wir aufhören?",
        "Womit sollten wir anfangen?",
        "Wie messen wir gemeinsam Erfolg?",
    ]
    (added,) = [r for r in win.store.rounds() if r.title == "Womit sollten wir anfangen?"]
    assert (added.title, added.prompt) == (
        "Womit sollten wir anfangen?",
        "Was sollten Vertrieb und Marketing im nächsten Quartal gemeinsam neu anfangen?",
    )
    assert added.guidance.startswith("Auf etwas drängen")
    hints = round_hints("sales-marketing-roundtable", added, len(win.store.rounds()))
    assert hints == template.questions[1].hints and hints
    win.close()


def test_a_template_saved_from_a_german_session_is_offered_in_german(qtbot, tmp_path, monkeypatch):
    """Its rounds are German: the start screen said "Agenda language: English" beside it, and a
    session made so got German rounds with English spare questions."""
    from roundtable.template_save import save_agenda
    from roundtable.templates import get_template

    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(tmp_path / "templates"))
    german = get_template("sales-marketing-roundtable").in_language("de")
    with Store.create(tmp_path / "de.roundtable", title="Runde", template=german) as store:
        save_agenda(store.session(), store.rounds(), title="Unsere Runde München")
    screen = StartScreen()
    qtbot.addWidget(screen)
    choice = screen.findChild(QComboBox, "agendaLanguage")
    assert choice.currentText() == "English"
    screen.template.setFocus()
    own = screen.template.findText("Unsere Runde München", Qt.MatchFlag.MatchStartsWith)
    assert own >= 0
    while screen.template.currentIndex() != own:  # as a facilitator picks it: arrow keys
        key = Qt.Key.Key_Down if screen.template.currentIndex() < own else Qt.Key.Key_Up
        qtbot.keyClick(screen.template, key)
    assert choice.currentText() == "Deutsch"
    path = tmp_path / "maerz.roundtable"
    win = created(qtbot, screen, "Runde im Maerz", path)
    with Store.open(path, read_only=True) as made:
        assert [r.title for r in made.rounds()] == [r.title for r in german.rounds]
    win.close()
    # Back on a shipped template, the facilitator's own choice (English) is shown again,
    # and it was never changed by the German template.
    again = StartScreen()
    qtbot.addWidget(again)
    assert again.findChild(QComboBox, "agendaLanguage").currentText() == "English"
    again.template.setCurrentIndex(
        again.template.findText("Unsere Runde München", Qt.MatchFlag.MatchStartsWith)
    )
    again.template.setCurrentIndex(0)
    assert again.findChild(QComboBox, "agendaLanguage").currentText() == "English"
