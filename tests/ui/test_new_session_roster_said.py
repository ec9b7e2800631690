"""Create session says what the pasted roster gave, by function, and how to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.ui.test_acceptance_story import activate
from tests.ui.test_start_and_files import created_with_roster
from ui.windows.start_screen import StartScreen


def test_create_session_says_how_many_people_the_roster_gave_by_function(qtbot, tmp_path):
    # Eleven people pasted with their companies, Create session: the window opened with an
    # empty status line, and whether the functions had been read (or taken for a company)
    # was found out only in Session > People.
    win = created_with_roster(
        qtbot,
        tmp_path / "q4.roundtable",
        "Q4 roundtable",
        "Helga Brandt, Nordwind Logistik, sales\n"
        "Priya Raman, Clearpath Software, marketing\n"
        "Oliver Grant, Grant & Sons Tools, sales\n"
        "Lars Eriksen\tFjord Analytics\tMarketing\n",
    )
    # And where the questions and timeboxes are changed: the evening before, nothing said
    # that a round in the agenda opens for editing with a double-click.
    assert win.statusBar().currentMessage() == (
        "4 people on the roster (2 sales, 2 marketing). Double-click a round to change its"
        " question or timebox. Ctrl+Space starts round 1, Welcome. F5: presenter view."
    )
    # Once the round is started the sentence is no longer true, and goes.
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert win.store.round(win.store.rounds()[0].id).is_running
    assert "Ctrl+Space starts" not in win.statusBar().currentMessage()
    win.close()


def test_one_person_or_an_empty_roster_is_said_too(qtbot, tmp_path):
    win = created_with_roster(qtbot, tmp_path / "one.roundtable", "Q4 roundtable", "Ana Lopez")
    assert win.statusBar().currentMessage().startswith("1 person on the roster (1 other).")
    win.close()
    win = created_with_roster(qtbot, tmp_path / "none.roundtable", "Q4 roundtable", "")
    assert (
        win.statusBar()
        .currentMessage()
        .startswith("No one on the roster yet: Session > People (Ctrl+Shift+P) adds people.")
    )
    win.close()


def test_a_bad_roster_line_is_selected_in_the_box(qtbot, monkeypatch):
    # With forty people pasted, "Roster line 36 ... and line 37 name the same person" left
    # the facilitator counting lines in a box that shows about a dozen.
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.title, "Berlin roundtable")
    people = [f"Person {n}, Company {n}, {'sales' if n % 2 else 'marketing'}" for n in range(40)]
    people[36] = "Person 35, Company X, m"
    screen.roster.setPlainText("\n".join(["Name, Company, Function", *people]))
    qtbot.mouseClick(
        screen.findChild(QPushButton, "createSessionButton"), Qt.MouseButton.LeftButton
    )
    assert shown and "line 37 (Person 35, Company 35, sales) and line 38" in shown[0]
    assert screen.window_opened is None
    cursor = screen.roster.textCursor()
    assert cursor.selectedText() == "Person 35, Company X, m"
    assert screen.roster.cursorRect().top() >= 0
    assert screen.roster.cursorRect().bottom() <= screen.roster.viewport().height()
    assert screen.roster.toPlainText().count("\n") == 40  # nothing lost


def test_a_list_with_its_column_names_is_read_by_them(qtbot, tmp_path, monkeypatch):
    # Rows copied from a registration export, first line and all: the first line was refused
    # as a person's, and without it the first names became the names, the surnames the
    # companies, and "3 people on the roster" said nothing amiss.
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: refused.append(a[2]))
    win = created_with_roster(
        qtbot,
        tmp_path / "export.roundtable",
        "Berlin roundtable",
        "First name\tLast name\tEmail\tCompany\tDepartment\n"
        "Ana\tLopez\tana@acme.example\tAcme\tSales\n"
        "Ben\tOkafor\tben@globex.example\tGlobex\tMarketing\n"
        "Zoë\tBrontë\tzoe@initech.example\tInitech\tMarketing\n",
    )
    assert refused == []
    assert [(p.name, p.organisation, p.function, p.role) for p in win.store.participants()] == [
        ("Ana Lopez", "Acme", "sales", ""),
        ("Ben Okafor", "Globex", "marketing", ""),
        ("Zoë Brontë", "Initech", "marketing", ""),
    ]
    assert (
        win.statusBar()
        .currentMessage()
        .startswith("3 people on the roster (1 sales, 2 marketing).")
    )
