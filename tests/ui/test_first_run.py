"""What the README's start command shows: the example on a first run, else the start screen."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ui.app import first_window
from ui.windows import example_session, start_screen
from ui.windows.start_screen import StartScreen


def test_first_run_opens_the_example_then_the_start_screen(qtbot, tmp_path, monkeypatch):
    example = tmp_path / "data" / "example.roundtable"
    monkeypatch.setattr(example_session, "example_path", lambda: example)
    win = first_window(["--example-on-first-run"])
    qtbot.addWidget(win)
    assert example.exists()
    assert win.store.note_count() > 50 and win.findChild(object, "noteBoard") is not None
    # It shows a round with themes, not the finished session's last round (two notes).
    shown = win.store.round(win.shown_round_id())
    assert shown.title == "Why it's broken" and len(win.store.themes(shown.id)) >= 4
    # It says that it is the example, and how to start one's own, for as long as it is open.
    note = win.findChild(QLabel, "exampleNote")
    assert not note.isHidden() and "Example session" in note.text() and "Ctrl+N" in note.text()
    # From the example the facilitator reaches the start screen with Ctrl+N.
    action = win.findChild(QAction, "startScreenAction")
    assert action.shortcut().toString() == "Ctrl+N"
    action.trigger()
    assert isinstance(win._start, StartScreen)
    win._start.close()
    win.close()
    # Now the example is a recent session: the next start shows the start screen.
    again = first_window(["--example-on-first-run"])
    qtbot.addWidget(again)
    assert isinstance(again, StartScreen)
    assert again.recent.item(0).data(start_screen.PATH) == str(example)
    assert again.recent.item(0).text() == "Sales and marketing roundtable: closing the gap"


def test_a_file_given_opens_it_and_no_flag_means_start_screen(qtbot, session_file):
    win = first_window([str(session_file)])
    qtbot.addWidget(win)
    assert win.store.path == session_file
    win.close()
    screen = first_window([])
    qtbot.addWidget(screen)
    assert isinstance(screen, StartScreen)
