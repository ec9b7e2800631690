"""One rule for a person's name on every roster input: the start screen's roster box and
Session > People refuse "@Eve" and a name too long, and the box names both lines of a name
given twice however its accents are typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
)

from tests.ui.test_people import with_people_dialog
from ui.windows.people import NAME
from ui.windows.start_screen import StartScreen


def refused_roster(qtbot, tmp_path, monkeypatch, roster: str) -> list[str]:
    """Type `roster` in the start screen's box, click Create session…, and return what the
    warnings said (a file is chosen, should the roster pass)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    path = tmp_path / "new.roundtable"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    screen.roster.setFocus()
    screen.roster.insertPlainText(roster)  # keyClicks cannot type "ó"
    create = screen.findChild(QPushButton, "createSessionButton")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    if screen.window_opened is not None:
        screen.window_opened.close()
    assert not path.exists() and screen.window_opened is None
    return shown


def test_the_roster_box_refuses_a_name_that_begins_with_at(qtbot, tmp_path, monkeypatch):
    shown = refused_roster(qtbot, tmp_path, monkeypatch, "Ana Lopez, sales\n@Eve, Acme, m\n")
    assert shown == [
        "Roster line 2 (@Eve, Acme, m): A name cannot begin with @ (@name is how a note"
        " says who said it): type “Eve”."
    ]


def test_the_roster_box_refuses_a_name_too_long(qtbot, tmp_path, monkeypatch):
    name = "Ana " * 75  # 300 characters
    shown = refused_roster(qtbot, tmp_path, monkeypatch, f"Ben Okafor, m\n{name}, sales")
    assert len(shown) == 1
    assert shown[0].startswith("Roster line 2 (Ana Ana Ana")
    assert shown[0].endswith("…): A name can be at most 80 characters; this one has 299.")


def test_the_roster_box_names_both_lines_of_one_name_given_twice(qtbot, tmp_path, monkeypatch):
    shown = refused_roster(
        qtbot, tmp_path, monkeypatch, "Ana Lopez, sales\nBen Okafor, m\n\nAna López, Acme, m"
    )
    assert shown == [
        "Roster line 1 (Ana Lopez, sales) and line 4 (Ana López, Acme, m) name the same"
        " person (names are compared in any case, accents ignored, so @name could mean"
        " either): add a surname or initial."
    ]


def test_people_refuses_the_names_the_roster_box_refuses(qtbot, window):
    messages: list[str] = []

    def edit(dialog) -> None:
        table = dialog.findChild(QTableWidget, "peopleTable")
        message = dialog.findChild(QLabel, "peopleMessage")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        table.item(1, NAME).setText("@Ben Okafor")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        messages.append(message.text())
        # In mixed case: a name in capitals is written as a name as the cell changes.
        table.item(1, NAME).setText("Bo" * 45)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        messages.append(message.text())

    with_people_dialog(qtbot, window, edit)
    assert messages == [
        "“@Ben Okafor”: A name cannot begin with @ (@name is how a note says who said it):"
        " type “Ben Okafor”.",
        f"“{('Bo' * 45)[:29]}…”: A name can be at most 80 characters; this one has 90.",
    ]
    assert [p.name for p in window.store.participants()] == ["Ana Lopez", "Ben Okafor"]
