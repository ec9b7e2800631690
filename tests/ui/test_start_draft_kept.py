"""The start screen's title and roster outlive it until they become a session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from ui.windows import example_session
from ui.windows.start_screen import StartScreen


def shown_start(qtbot) -> StartScreen:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_a_look_at_the_example_keeps_the_title_and_roster_typed(qtbot, tmp_path, monkeypatch):
    # Typed a title and a roster, then a look at the example session first: its button
    # closed the start screen, and Ctrl+N gave an empty form. The roster was lost.
    monkeypatch.setattr(example_session, "example_path", lambda: tmp_path / "ex.roundtable")
    screen = shown_start(qtbot)
    back = screen.findChild(QLabel, "startDraftBack")
    assert back.isHidden()
    qtbot.keyClicks(screen.title, "Berlin roundtable")
    qtbot.keyClicks(screen.roster, "Ana Lopez, Acme, sales")
    qtbot.keyClick(screen.roster, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.roster, "Ben Okafor, Globex, m")
    qtbot.mouseClick(screen.findChild(QPushButton, "exampleButton"), Qt.MouseButton.LeftButton)
    example = screen.window_opened
    qtbot.addWidget(example)
    assert not screen.isVisible()
    again = shown_start(qtbot)
    assert again.title.text() == "Berlin roundtable"
    assert again.roster.toPlainText() == "Ana Lopez, Acme, sales\nBen Okafor, Globex, m"
    back = again.findChild(QLabel, "startDraftBack")
    assert back.isVisible() and back.text().startswith("Back from last time: the title and roster")
    # Made into a session, it goes: the next start screen is empty.
    again.create_session(tmp_path / "berlin.roundtable")
    win = again.window_opened
    qtbot.addWidget(win)
    assert [p.name for p in win.store.participants()] == ["Ana Lopez", "Ben Okafor"]
    third = shown_start(qtbot)
    assert third.title.text() == "" and third.roster.toPlainText() == ""
    assert third.findChild(QLabel, "startDraftBack").isHidden()
    win.close()
    example.close()


def test_the_roster_is_kept_half_a_second_after_typing_pauses(qtbot):
    # A crash or a flat battery with the start screen open: no close to keep it at.
    screen = shown_start(qtbot)
    qtbot.keyClicks(screen.roster, "Ana Lopez, s")
    qtbot.waitUntil(lambda: not screen.draft.timer.isActive(), timeout=2000)
    screen.draft.done = True  # nothing more is written: the process is gone
    screen.close()
    assert shown_start(qtbot).roster.toPlainText() == "Ana Lopez, s"
