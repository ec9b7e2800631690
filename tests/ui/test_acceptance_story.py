"""The product's acceptance story as one session: the evening before, the venue without
Wi-Fi, the rounds on the wall, a round that overruns, themes and votes, commitments, a flat
battery, the organizer's minutes and the follow-up a month later. Real widgets, keyboard
first; each step checks what the facilitator, the room or the organizer gets."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import docx
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeWidget,
)

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_edit_and_read_only import _editor
from tests.ui.test_sensemaking_actions import table as actions_table
from tests.ui.test_sensemaking_themes import click_card, drop_on, type_into_editor
from ui.sensemaking.action_model import DUE
from ui.windows.start_screen import StartScreen

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

ROSTER = """Ana Lopez, Acme GmbH, sales
Ben Okafor, Acme GmbH, marketing
Chloé Dubois, Brightline, marketing
Dan Weber, Brightline, sales
Eva Novak, Corex, sales
Farid Haddad, Corex, marketing
"""

WHAT_WORKS = [
    "s: joint pipeline review every Monday",
    "shared definition of an MQL",
    "m: webinars produce meetings when sales co-hosts",
    "content team writes battlecrads with reps",  # a typo the organizer fixes
    "s: marketing joins quarterly business reviews",
    "o: the CEO asks both teams the same questions",
]

WHY_BROKEN = [
    "s: reps are paid on bookings, marketing on MQL volume",
    "commission plans reward closing, never pipeline",
    "m: marketing bonus counts leads instead of revenue",
    "s: half the leads marketing sends are students",
    "nobody agrees what a qualified lead is",
    "m: the MQL definition changes every quarter",
    "s: CRM data is a mess with duplictes everywhere",  # the second typo
    "m: Salesforce fields are never filled in by reps",
    "two systems for contacts and nobody trusts either",
    "s: marketing never comes to the sales kickoff",
    "m: sales does not read the campaign briefs",
    "teams sit on different floors and never talk",
]

COMMITMENTS = [
    "@Ana write a one-page lead definition with marketing",
    "@Farid start a weekly lead review with sales",
    "@Eva invite marketing to the next deal review",
]


def activate(qtbot, widget) -> None:
    """Bring `widget` forward (offscreen, a closed dialog or popup stays the active one)."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def type_lines(target, lines) -> None:
    for line in lines:
        QTest.keyClicks(target, line)
        QTest.keyClick(target, Qt.Key.Key_Return)


def edit_round(qtbot, win, row: int, prompt: str, minutes: int | None = None) -> None:
    """Click the round in the agenda, Ctrl+Shift+E, change its question (and timebox), Enter."""
    activate(qtbot, win)
    rect = win.agenda.visualItemRect(win.agenda.item(row))
    qtbot.mouseClick(win.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tries = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            tries.append(1)
            if len(tries) < 500:
                QTimer.singleShot(10, fill)
            return
        dialog.prompt.selectAll()
        dialog.prompt.insertPlainText(prompt)
        if minutes is not None:
            dialog.minutes.selectAll()
            QTest.keyClicks(dialog.minutes, str(minutes))
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    qtbot.keyClick(win.entry, Qt.Key.Key_E, CTRL | SHIFT)


def header(board, label: str):
    for i in range(board.count()):
        item = board.item(i)
        if item.data(Qt.ItemDataRole.UserRole) != "note" and item.text().startswith(label):
            return item
    raise AssertionError(f"no theme {label!r} on the board")


def test_the_acceptance_story(qtbot, tmp_path, fake_clock, monkeypatch, qloop):
    # 1. The evening before: template, title, anonymous notes, the roster pasted.
    path = tmp_path / "munich.roundtable"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.template.currentText() == "Sales and marketing roundtable"
    assert screen.focusWidget() is screen.title  # no session yet: the keyboard is on the title
    screen.title.insert("Sales & marketing roundtable, Munich")
    assert screen.anonymous.isChecked()  # the template's choice, ticked already
    screen.roster.setFocus()
    screen.roster.insertPlainText(ROSTER)
    qtbot.mouseClick(
        screen.findChild(QPushButton, "createSessionButton"), Qt.MouseButton.LeftButton
    )
    win = screen.window_opened
    qtbot.addWidget(win)
    store = win.store
    assert store.session().anonymous
    assert [(p.name, p.organisation) for p in store.participants()][2] == (
        "Chloé Dubois",
        "Brightline",
    )
    edit_round(qtbot, win, 1, "What already works between sales and marketing in your company?")
    edit_round(qtbot, win, 2, "Where do good leads and good ideas get lost?", minutes=20)
    rounds = store.rounds()
    assert [(r.title, r.timebox_s // 60, r.protected) for r in rounds] == [
        ("Welcome", 10, False),
        ("What works", 20, False),
        ("Why it's broken", 20, False),
        ("Game changers", 25, True),
        ("Commitments", 10, False),
    ]
    assert rounds[2].prompt == "Where do good leads and good ideas get lost?"
    win.close()

    # 2. At the venue: the file opens, F5 puts the wall up (one screen: it takes the keys).
    win = shown_window(qtbot, path, fake_clock)
    store = win.store
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_F5)
    view = win.presenter
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)

    # 3. Round 1 on the clock; notes typed on the wall appear there at once.
    qtbot.keyClick(view, Qt.Key.Key_Space, CTRL)
    r1, r2, r3, r4, r5 = (r.id for r in rounds)
    assert store.session().current_round_id == r1
    type_lines(view, ["@Ana how others run joint pipeline reviews", "m: event lead handover"])
    assert [(n.text, n.function) for n in store.notes(r1)] == [
        ("how others run joint pipeline reviews", "sales"),  # Ana's function
        ("event lead handover", "marketing"),
    ]
    assert view.wall.round_id == r1
    assert "Ana" not in " ".join(view.wall.item(i).text() for i in range(view.wall.count()))
    fake_clock.advance(10 * 60)
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    type_lines(view, WHAT_WORKS)
    assert [n.function for n in store.notes(r2)] == ["sales", "sales"] + ["marketing"] * 2 + [
        "sales",
        "other",
    ]

    # 4. Round 2 overruns by six minutes: the wall says so; Ctrl+R keeps Game changers whole.
    fake_clock.advance(26 * 60)
    win.refresh_timer()
    assert view.timer.text() == "+06:00"
    assert view.hint.text().startswith("6 min late (projected end ")
    assert "6 min late" in win.projected.text()
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL)
    after = {r.title: r.timebox_s // 60 for r in store.rounds()}
    assert after["Game changers"] == 25
    assert sum(after.values()) == 85 - 6  # six minutes taken from the rounds left
    assert view.hint.text().startswith("Re-planned to end on time:")
    win.refresh_timer()
    assert "late" not in win.projected.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)

    # 5. Round 3: themes suggested, most accepted, two notes dragged, one theme renamed.
    qtbot.keyClick(win.entry, Qt.Key.Key_Right, CTRL)
    assert win.shown_round_id() == r3
    type_lines(win.entry, WHY_BROKEN)
    qtbot.keyClick(win.entry, Qt.Key.Key_T, CTRL)
    suggester = win.findChild(QObject, "themeSuggester")
    qtbot.waitUntil(lambda: suggester.preview is not None and suggester.preview.isVisible())
    preview = suggester.preview
    assert len(preview.groups) >= 3 and all(g.reason for g in preview.groups)
    activate(qtbot, preview)
    left_out = preview.groups[-1]
    preview.tree.setFocus()
    preview.tree.setCurrentItem(preview.group_item(left_out.label))
    qtbot.keyClick(preview.tree, Qt.Key.Key_Space)  # untick one theme
    qtbot.keyClick(preview.tree, Qt.Key.Key_Return)  # Enter accepts the ticked ones
    qtbot.waitUntil(lambda: not preview.isVisible())
    activate(qtbot, win)
    themes = store.themes(r3)
    assert [t.label for t in themes] == [g.label for g in preview.groups[:-1]]
    loose = [n for n in store.notes(r3) if n.theme_id is None]
    assert {n.id for n in loose} == set(left_out.new_note_ids)
    first, second = themes[0], themes[1]
    moved = next(n for n in store.notes(r3) if n.theme_id == second.id)
    for note in (loose[0], moved):  # two notes dragged onto the first theme's header
        click_card(qtbot, win, note.id)
        drop_on(qtbot, win.board, header(win.board, first.label))
        assert store.note(note.id).theme_id == first.id
        assert store.note(note.id).placement == "manual"
    tree = win.findChild(QTreeWidget, "themeList")
    tree.setCurrentItem(tree.topLevelItem(1))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    type_into_editor(qtbot, win, "Two teams, two worlds")
    assert store.theme(second.id).label == "Two teams, two worlds"

    # The room votes with dots: Ctrl+Shift+V, a theme's sales, Tab, its marketing, Enter (nobody on
    # the roster is from another function, so Tab passes over Other).
    qtbot.keyClick(win.entry, Qt.Key.Key_V, CTRL | SHIFT)
    qtbot.waitUntil(lambda: win.findChild(QTableView, "voteTable").hasFocus())
    themes = store.themes(r3)
    typed = [("4", "1"), ("1", "4")] + [("1", "1")] * (len(themes) - 2)
    for sales, marketing in typed:  # a theme's row: sales, Tab, marketing, Enter
        for key in (sales, Qt.Key.Key_Tab, marketing, Qt.Key.Key_Return):
            qtbot.keyClick(QApplication.focusWidget(), key)
        QApplication.processEvents()
    votes = {(v.theme_id, v.function): v.count for v in store.votes(r3)}
    assert (votes[(themes[0].id, "sales")], votes[(themes[0].id, "marketing")]) == (4, 1)
    assert (votes[(themes[1].id, "sales")], votes[(themes[1].id, "marketing")]) == (1, 4)
    from ui.sensemaking.comparison import ComparisonChart, gap_tag

    chart = win.findChild(ComparisonChart, "comparisonChart")
    tags = {b.label: gap_tag(b) for b in chart.bars if b.highlighted}
    assert tags[themes[0].label].startswith("Sales +")
    assert tags["Two teams, two worlds"].startswith("Marketing +")

    # 6. Game changers, then the closing round: three commitments become action items.
    activate(qtbot, win)
    win.entry.setFocus()
    fake_clock.advance(10 * 60)
    qtbot.keyClick(win.entry, Qt.Key.Key_Right, CTRL)
    type_lines(win.entry, ["s: one shared revenue target", "m: a joint lead definition"])
    fake_clock.advance(25 * 60)
    qtbot.keyClick(win.entry, Qt.Key.Key_Right, CTRL)
    assert store.session().current_round_id == r5
    type_lines(win.entry, COMMITMENTS)
    today = date.today()
    dues = [today + timedelta(days=d) for d in (30, 14, 21)]
    for note, due in zip(store.notes(r5), dues, strict=True):
        activate(qtbot, win)
        click_card(qtbot, win, note.id)
        qtbot.keyClick(win.board, Qt.Key.Key_N, CTRL | ALT)
        line = win.findChild(QLineEdit, "actionText")
        assert line.hasFocus() and line.text().startswith(note.text + " @")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.keyClick(line, Qt.Key.Key_Tab)  # the owner, then on to the due date
        while actions_table(win).currentIndex().column() != DUE:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClicks(QApplication.focusWidget(), due.isoformat())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()
    promised = [(a.text, a.owner, a.due, a.status) for a in store.actions()]
    assert promised == [
        ("write a one-page lead definition with marketing", "Ana Lopez", dues[0], "open"),
        ("start a weekly lead review with sales", "Farid Haddad", dues[1], "open"),
        ("invite marketing to the next deal review", "Eva Novak", dues[2], "open"),
    ]
    fake_clock.advance(4 * 60)
    win.refresh_timer()
    assert win.timer_label.text() == "06:00"

    # 7. The battery dies: the files as they are on disk, opened in a new window.
    crashed = tmp_path / "after the crash"
    crashed.mkdir()
    for part in tmp_path.glob(path.name + "*"):
        shutil.copy(part, crashed / part.name)
    fake_clock.advance(60)  # the laptop back on a minute later
    again = shown_window(qtbot, crashed / path.name, fake_clock)
    activate(qtbot, again)
    assert again.shown_round_id() == r5
    assert again.timer_label.text() == "05:00"  # the round's clock ran on
    assert again.start_btn.text() == "Pause"
    assert [(a.text, a.owner, a.due) for a in again.store.actions()] == [p[:3] for p in promised]
    assert len(again.store.notes(r3)) == len(WHY_BROKEN)
    qtbot.keyClick(again.entry, Qt.Key.Key_Z, CTRL)
    assert again.store.actions()[2].due is None
    assert again.statusBar().currentMessage().startswith("Undone: Set the due date of")
    qtbot.keyClick(again.entry, Qt.Key.Key_Z, CTRL | SHIFT)
    assert again.store.actions()[2].due == dues[2]
    fake_clock.advance(5 * 60)
    qtbot.keyClick(again.entry, Qt.Key.Key_Right, CTRL)  # End session
    assert again.timer_label.text() == "Done"
    again.close()
    win.close()

    # 8. The organizer, on another computer: two typos fixed, Word minutes exported.
    office = tmp_path / "organizer"
    office.mkdir()
    mailed = office / "Munich roundtable.roundtable"
    shutil.copy(crashed / path.name, mailed)
    org = shown_window(qtbot, mailed, fake_clock)
    activate(qtbot, org)
    for rid, wrong, right in ((r2, "battlecrads", "battlecards"), (r3, "duplictes", "duplicates")):
        org.show_round(rid)
        (note,) = [n for n in org.store.notes(rid) if wrong in n.text]
        click_card(qtbot, org, note.id)
        qtbot.keyClick(org.board, Qt.Key.Key_F2)
        editor = _editor(org)
        editor.selectAll()
        editor.insertPlainText(note.text.replace(wrong, right))
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    import ui.export_action as export_action

    monkeypatch.setattr(export_action, "ask_to_open", lambda *_a: None)
    exporter = org.findChild(QObject, "minutesExporter")
    out = office / "Munich roundtable-minutes.docx"
    assert qloop.run_until_complete(exporter.export("docx", out)) == out
    assert org.statusBar().currentMessage() == f"Minutes written to {out}."
    org.close()
    minutes = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert minutes.startswith("Sales & marketing roundtable, Munich")
    assert "content team writes battlecards with reps" in minutes
    assert "CRM data is a mess with duplicates everywhere" in minutes
    assert "crads" not in minutes and "duplictes" not in minutes
    assert "Two teams, two worlds" in minutes
    assert "write a one-page lead definition with marketing (Ana Lopez, due" in minutes
    said_by_ana = [line for line in minutes.splitlines() if "joint pipeline reviews" in line]
    assert said_by_ana and not any("Ana" in line for line in said_by_ana)  # anonymous notes

    # A month later: the follow-up starts from this file with the open commitments.
    follow = office / "follow-up.roundtable"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(mailed), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(follow), ""))
    start = StartScreen()
    qtbot.addWidget(start)
    qtbot.mouseClick(start.findChild(QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    later = start.window_opened
    qtbot.addWidget(later)
    assert later.store.session().title == "Follow-up: Sales & marketing roundtable, Munich"
    assert [(a.text, a.owner, a.due) for a in later.store.actions()] == [p[:3] for p in promised]
    assert len(later.store.participants()) == 6
    later.close()
    with Store.open(mailed, read_only=True) as kept:  # the fixes are in the mailed file
        assert "battlecards" in " ".join(n.text for n in kept.notes(r2))
