"""A follow-up of a session held in German is offered, and writes, its title and its carried
commitments and questions in German: from the window (Ctrl+Shift+F) and the start screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from roundtable.store import Store
from tests.core.test_minutes_languages import ACTION, german_session
from tests.ui.conftest import shown_window
from tests.ui.test_acceptance_story import activate
from tests.ui.test_follow_up_from_window import CTRL_SHIFT, save_dialog, type_title, when_modal
from ui.windows.start_screen import StartScreen

QUESTION = "Wer entscheidet, wann ein Lead reif ist?"


def german_room(path, clock, title: str = "Roundtable Vertrieb und Marketing"):
    """A German session that has run, with one question left open."""
    german_session(path, clock)
    with Store.open(path, clock=clock) as store:
        store.update_session(title=title)
        note = store.add_note(store.round_at(1).id, QUESTION, function="sales")
        store.update_note(note.id, open_question=True)
    return path


def test_the_follow_up_of_a_german_session_is_offered_in_german(
    qtbot, tmp_path, fake_clock, monkeypatch
):
    earlier = german_room(tmp_path / "maerz.roundtable", fake_clock)
    win = shown_window(qtbot, earlier, fake_clock)
    target = tmp_path / "april.roundtable"
    asked = save_dialog(monkeypatch, target)
    keep = type_title(None)
    when_modal(keep)
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_F, CTRL_SHIFT)
    assert keep.suggested == "Folgetermin: Roundtable Vertrieb und Marketing"
    assert asked == [str(tmp_path / "Folgetermin Roundtable Vertrieb und Marketing.roundtable")]
    new = win._follow_up.opened
    qtbot.addWidget(new)
    assert new.windowTitle().startswith("Folgetermin: Roundtable Vertrieb und Marketing")
    new.close()
    win.close()
    with Store.open(target, read_only=True) as store:
        review = store.round_at(2).id
        assert [n.text for n in store.notes(review)] == [
            f"Zusage: {ACTION} – Jonas Weber, fällig am 1. Januar 2030",
            f"Offene Frage: {QUESTION}",
        ]


def test_the_start_screen_follows_up_a_german_follow_up_in_german_once(
    qtbot, tmp_path, fake_clock, monkeypatch
):
    # The start screen's title said "Follow-up: " before any earlier title, in English and
    # again before a follow-up's own: "Follow-up: Follow-up: …".
    earlier = german_room(tmp_path / "april.roundtable", fake_clock, "Follow-up: Q4 Roundtable")
    target = tmp_path / "mai.roundtable"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(earlier), ""))
    asked = save_dialog(monkeypatch, target)
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.findChild(QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    win = screen.window_opened
    qtbot.addWidget(win)
    assert asked == [str(tmp_path / "Folgetermin Q4 Roundtable.roundtable")]
    assert win.store.session().title == "Folgetermin: Q4 Roundtable"
    assert win.windowTitle().startswith("Folgetermin: Q4 Roundtable")
    win.close()


def test_a_german_agenda_with_jargon_notes_is_followed_up_in_german(
    qtbot, tmp_path, fake_clock, monkeypatch
):
    """Notes such as "Kein SLA" read as English: the agenda, chosen German, decides."""
    from tests.core.test_minutes_follow_the_agenda import JARGON, session

    earlier = session(tmp_path / "q4.roundtable", "de", JARGON)
    win = shown_window(qtbot, earlier, fake_clock)
    save_dialog(monkeypatch, tmp_path / "next.roundtable")
    keep = type_title(None)
    when_modal(keep)
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_F, CTRL_SHIFT)
    assert keep.suggested == "Folgetermin: Q4"
    new = win._follow_up.opened
    qtbot.addWidget(new)
    assert new.windowTitle().startswith("Folgetermin: Q4")
    new.close()
    win.close()
