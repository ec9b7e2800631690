"""Beside Create session, the start screen says what the roster gives by side as it is
pasted or typed ("12 people: 6 sales, 5 marketing, 1 other."): said only in the status line
after Create, a list read wrongly was found out once the session existed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from roundtable.store import Store
from ui.windows.start_screen import StartScreen

PASTED = "\n".join(
    [
        "1. Anna Keller (Brightline) - Sales",
        "2. Ben Okafor (Globex) - Marketing",
        "3. Cara Diaz (Initech) - Sales",
        "4. Dan Roe (Initech) - Marketing",
        "5. Eva Lind (Northwind) - Sales",
        "6. Finn Berg (Tailspin) - Marketing",
        "7. Grace Lee (Tailspin) - Sales",
        "8. Hugo Martin (Litware) - Marketing",
        "9. Ines Duarte (Litware) - Sales",
        "10. Jon Berg (Fabrikam) - Marketing",
        "• Kim Park (Fabrikam) – Sales",
        "• Lea Wolf (Contoso) – Partnerships",
    ]
)


def start_screen(qtbot) -> tuple[StartScreen, QLabel]:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    said = screen.findChild(QLabel, "rosterPreview")
    return screen, said


def paste(qtbot, box, text: str) -> None:
    QApplication.clipboard().setText(text)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_numbered_list_is_counted_by_side_before_create(qtbot, tmp_path):
    screen, said = start_screen(qtbot)
    assert not said.isVisible()  # nothing to say of an empty box
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    paste(qtbot, screen.roster, PASTED)
    assert said.isVisible()
    assert said.text() == "12 people: 6 sales, 5 marketing, 1 other."
    # And the session made has the people as the line said.
    path = tmp_path / "q4.roundtable"
    screen.create_session(path)
    qtbot.addWidget(screen.window_opened)
    screen.window_opened.close()
    with Store.open(path) as store:
        people = {p.name: (p.function, p.organisation) for p in store.participants()}
    assert people["Anna Keller"] == ("sales", "Brightline")
    assert people["Kim Park"] == ("sales", "Fabrikam")
    assert people["Lea Wolf"] == ("other", "Contoso")
    assert len(people) == 12


def test_the_line_follows_the_roster_as_it_is_typed(qtbot):
    screen, said = start_screen(qtbot)
    box = screen.roster
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "Ana Lopez, Acme, sales")
    assert said.text() == "1 person: 1 sales, 0 marketing, 0 other."
    qtbot.keyClick(box, Qt.Key.Key_Return)
    # A line being typed is not said to be unreadable at each key.
    qtbot.keyClicks(box, "Ben Okafor, Glob")
    assert said.text() == "1 person: 1 sales, 0 marketing, 0 other."
    qtbot.keyClicks(box, "ex, m")
    assert said.text() == "2 people: 1 sales, 1 marketing, 0 other."
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Cara Diaz, Initech, CFO")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # left for the next line: now it is said
    assert said.text() == (
        "2 people: 1 sales, 1 marketing, 0 other. Line 3 cannot be read yet: Create session"
        " says why."
    )
    qtbot.keyClick(box, Qt.Key.Key_Backspace)  # back to the end of line 3
    for _ in "CFO":
        qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, "other")
    assert said.text() == "3 people: 1 sales, 1 marketing, 1 other."
    # The last line typed and the keyboard gone on to Create session: it is said then.
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Dan Roe, Contoso, CEO")
    assert said.text() == "3 people: 1 sales, 1 marketing, 1 other."
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not box.hasFocus())
    assert said.text() == (
        "3 people: 1 sales, 1 marketing, 1 other. Line 4 cannot be read yet: Create session"
        " says why."
    )
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert not said.isVisible()


def test_a_surname_first_list_is_read_so_and_said(qtbot, tmp_path, monkeypatch):
    screen, said = start_screen(qtbot)
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    paste(qtbot, screen.roster, "Keller, Anna, Brightline, Sales\nNovak, Petr, Acme, Marketing")
    assert said.text().startswith(
        "2 people: 1 sales, 1 marketing, 0 other. Read surname first: “Keller, Anna” is"
        " Anna Keller. If not, start the list with this line:"
    )
    # Two single names and a function only: which is the surname is said, not guessed.
    screen.roster.clear()
    paste(qtbot, screen.roster, "Keller, Anna, Sales\nNovak, Petr, Marketing")
    assert said.text().endswith(
        "Read as Keller of the company Anna: if the list is surname first, start it with"
        " this line: Last name, First name, Function."
    )
    qtbot.keyClick(screen.roster, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.roster, "Last name, First name, Function")
    qtbot.keyClick(screen.roster, Qt.Key.Key_Return)
    assert said.text() == "2 people: 1 sales, 1 marketing, 0 other."
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest_fail(a))
    path = tmp_path / "q4.roundtable"
    screen.create_session(path)
    qtbot.addWidget(screen.window_opened)
    screen.window_opened.close()
    with Store.open(path) as store:
        assert [p.name for p in store.participants()] == ["Anna Keller", "Petr Novak"]


def pytest_fail(args: tuple) -> None:
    raise AssertionError(f"a warning was shown: {args[2]}")


MAILED = "\n".join(
    [
        "Sales",
        "1. Ben Okafor - Head of Sales",
        "2. Robert Smith (Bob)",
        "3. María García López (Acme)",
        "",
        "Marketing:",
        "- Cara Diaz: Marketing Manager",
        "- Dr. Anna Keller <anna@brightline.example>",
        "",
        "Others",
        "Ana Lopez - CFO",
    ]
)


def test_a_roster_mailed_by_side_is_counted_and_made_as_written(qtbot, tmp_path):
    # The headings were people named "Sales" and "Marketing:", everyone was other, "Bob" and
    # "CFO" were companies: "9 people: 0 sales, 0 marketing, 9 other."
    screen, said = start_screen(qtbot)
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    paste(qtbot, screen.roster, MAILED)
    assert said.text() == "6 people: 3 sales, 2 marketing, 1 other."
    path = tmp_path / "mailed.roundtable"
    screen.create_session(path)
    qtbot.addWidget(screen.window_opened)
    screen.window_opened.close()
    with Store.open(path) as store:
        people = [(p.name, p.function, p.organisation, p.role) for p in store.participants()]
    assert people == [
        ("Ben Okafor", "sales", "", "Head of Sales"),
        ("Robert Smith (Bob)", "sales", "", ""),
        ("María García López", "sales", "Acme", ""),
        ("Cara Diaz", "marketing", "", "Marketing Manager"),
        ("Dr. Anna Keller", "marketing", "", ""),
        ("Ana Lopez", "other", "", "CFO"),
    ]
