"""Create session says what the pasted roster gave, by function, and how to begin."""

from __future__ import annotations

from ui.windows.start_screen import StartScreen


def test_create_session_says_how_many_people_the_roster_gave_by_function(qtbot, tmp_path):
    # Eleven people pasted with their companies, Create session: the window opened with an
    # empty status line, and whether the functions had been read (or taken for a company)
    # was found out only in Session > People.
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    screen.roster.setPlainText(
        "Helga Brandt, Nordwind Logistik, sales\n"
        "Priya Raman, Clearpath Software, marketing\n"
        "Oliver Grant, Grant & Sons Tools, sales\n"
        "Lars Eriksen\tFjord Analytics\tMarketing\n"
    )
    screen.create_session(tmp_path / "q4.roundtable")
    win = screen.window_opened
    qtbot.addWidget(win)
    assert win.statusBar().currentMessage() == (
        "4 people on the roster (2 sales, 2 marketing). Ctrl+Space starts round 1, Welcome."
        " F5: presenter view."
    )
    win.close()


def test_one_person_or_an_empty_roster_is_said_too(qtbot, tmp_path):
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    screen.roster.setPlainText("Ana Lopez")
    screen.create_session(tmp_path / "one.roundtable")
    win = screen.window_opened
    qtbot.addWidget(win)
    assert win.statusBar().currentMessage().startswith("1 person on the roster (1 other).")
    win.close()
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    screen.create_session(tmp_path / "none.roundtable")
    win = screen.window_opened
    qtbot.addWidget(win)
    assert (
        win.statusBar()
        .currentMessage()
        .startswith("No one on the roster yet: Session > People (Ctrl+Shift+P) adds people.")
    )
    win.close()
