"""Common function words in a typed roster: "Mktg", "Vertrieb", "Marketing" are read as
the side they name, and a label naming both ("Sales & Marketing", "RevOps") makes the person
other with the reason said, where each of these refused the whole roster. A list whose only
column about the job is "Job title" made everyone other without a word: now it says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from roundtable.store import Store
from ui.windows.start_screen import StartScreen


def typed_and_created(qtbot, monkeypatch, path, lines: list[str]):
    """The start screen with a title and these roster lines typed, Create session clicked;
    (the window it opened, the warnings shown)."""
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: refused.append(a[2]))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    monkeypatch.setattr(screen, "new_file_or_open", lambda *a: path)
    qtbot.keyClicks(screen.title, "Berlin roundtable")
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(screen.roster, Qt.Key.Key_Return)
        qtbot.keyClicks(screen.roster, line)
    qtbot.mouseClick(
        screen.findChild(QPushButton, "createSessionButton"), Qt.MouseButton.LeftButton
    )
    win = screen.window_opened
    if win is not None:
        qtbot.addWidget(win)
    return win, refused


def test_abbreviations_other_languages_and_both_sides(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "berlin.roundtable"
    win, refused = typed_and_created(
        qtbot,
        monkeypatch,
        path,
        [
            "Anna Keller, Nordlicht, Vertrieb",
            "Jan Berg, Nordlicht, Marketing",
            "Priya Raman, Clearpath, Mktg",
            "Oliver Grant, Grant Tools, Mkt",
            "Lea Wolf, Fjord, Sales & Marketing",
            "Tom Hart, Fjord, RevOps",
        ],
    )
    assert refused == []
    said = win.statusBar().currentMessage()
    assert said.startswith(
        "6 people on the roster (1 sales, 3 marketing, 2 other). “Sales & Marketing” names"
        " both sales and marketing, so Lea Wolf is counted as other. “RevOps” names both"
        " sales and marketing, so Tom Hart is counted as other. Session > People"
        " (Ctrl+Shift+P) changes a function."
    )
    win.close()
    with Store.open(path) as store:
        assert [(p.name, p.organisation, p.function) for p in store.participants()] == [
            ("Anna Keller", "Nordlicht", "sales"),
            ("Jan Berg", "Nordlicht", "marketing"),
            ("Priya Raman", "Clearpath", "marketing"),
            ("Oliver Grant", "Grant Tools", "marketing"),
            ("Lea Wolf", "Fjord", "other"),
            ("Tom Hart", "Fjord", "other"),
        ]


def test_a_job_title_column_without_a_function_column_is_said(qtbot, monkeypatch, tmp_path):
    win, refused = typed_and_created(
        qtbot,
        monkeypatch,
        tmp_path / "titles.roundtable",
        ["Name, Company, Job title", "Ana Lopez, Acme, Head of Sales", "Ben Okafor, Globex, CMO"],
    )
    assert refused == []
    assert [(p.function, p.role) for p in win.store.participants()] == [
        ("other", "Head of Sales"),
        ("other", "CMO"),
    ]
    assert (
        win.statusBar()
        .currentMessage()
        .startswith(
            "2 people on the roster (2 other). The list has no Function column (a job title is"
            " kept as the role), so everyone is other: set each person's function in Session >"
            " People (Ctrl+Shift+P), or add a Function column."
        )
    )
    win.close()
