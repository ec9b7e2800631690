"""The start screen reads a meeting app's attendance list, a side's list with companies,
nicknames and names in capitals as a person reads them, says so under the roster box, and
makes the session with those people.

A Teams attendance report pasted in the box was "Line 1 cannot be read yet" and a dozen
more; "Sales: Anna Keller, Brightline" counted two people; "ANNA KELLER" went on the cards
in capitals. Set ROSTER_SHOTS to a folder to save what the screen shows after each paste."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from roundtable.store import Store
from ui.windows.start_screen import StartScreen

SAMPLES = Path(__file__).parents[1] / "core" / "fixtures" / "attendance"
TYPED = "\n".join(
    [
        "Sales: Anna Keller, Brightline, Tom Brandt, Globex",
        "Marketing: Xiaoming Li (Kevin), Initech",
        "SEAN MCDONALD, Northwind, Sales",
        "PIET VAN DER BERG - Tailspin - Marketing",
    ]
)


def _screen(qtbot) -> tuple[StartScreen, QLabel]:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    return screen, screen.findChild(QLabel, "rosterPreview")


def _paste(qtbot, screen: StartScreen, text: str, shot: str) -> None:
    QApplication.clipboard().setText(text)
    screen.roster.setFocus()
    qtbot.waitUntil(screen.roster.hasFocus)
    qtbot.keyClick(screen.roster, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    if folder := os.environ.get("ROSTER_SHOTS"):
        qtbot.wait(50)  # the window grown for the line under the box, drawn
        screen.grab().save(str(Path(folder) / f"{shot}.png"))


def _made(qtbot, screen: StartScreen, path: Path) -> list[tuple[str, str, str]]:
    screen.create_session(path)
    qtbot.addWidget(screen.window_opened)
    screen.window_opened.close()
    with Store.open(path) as store:
        return [(p.name, p.function, p.organisation) for p in store.participants()]


@pytest.fixture(autouse=True)
def _no_warning(monkeypatch):
    def refuse(*args):
        raise AssertionError(f"a warning was shown: {args[2]}")

    monkeypatch.setattr(QMessageBox, "warning", refuse)


def test_a_pasted_teams_attendance_report_is_read_and_said(qtbot, tmp_path):
    screen, said = _screen(qtbot)
    text = (SAMPLES / "teams_attendance_report.tsv").read_text(encoding="utf-8")
    _paste(qtbot, screen, text, "teams")
    assert said.isVisible()
    assert said.text().startswith(
        "Read a Teams attendance report: 9 people. No column says a function, so all 9 are"
        " other for now"
    )
    people = _made(qtbot, screen, tmp_path / "teams.roundtable")
    assert len(people) == 9
    assert ("Sanne van Dijk", "other", "") in people
    assert ("Marc Roy", "other", "") in people


def test_a_pasted_zoom_export_is_read_and_said(qtbot, tmp_path):
    screen, said = _screen(qtbot)
    text = (SAMPLES / "zoom_participants.csv").read_text(encoding="utf-8")
    _paste(qtbot, screen, text, "zoom")
    assert said.text().startswith(
        "Read a Zoom participants export: 9 people (2 who joined more than once counted once)."
    )
    people = _made(qtbot, screen, tmp_path / "zoom.roundtable")
    assert [name for name, _, _ in people].count("Tom Brandt") == 1
    assert ("Lisa Wong", "other", "Globex") in people


def test_companies_nicknames_and_capitals_typed_by_hand(qtbot, tmp_path):
    screen, said = _screen(qtbot)
    _paste(qtbot, screen, TYPED, "typed")
    assert said.text() == (
        "5 people: 3 sales, 2 marketing, 0 other. Names in capitals are written as names:"
        " “SEAN MCDONALD” is Sean McDonald."
    )
    assert _made(qtbot, screen, tmp_path / "typed.roundtable") == [
        ("Anna Keller", "sales", "Brightline"),
        ("Tom Brandt", "sales", "Globex"),
        ("Xiaoming Li (Kevin)", "marketing", "Initech"),
        ("Sean McDonald", "sales", "Northwind"),
        ("Piet van der Berg", "marketing", "Tailspin"),
    ]
