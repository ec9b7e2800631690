"""Bugs found by walking through a follow-up session (from "Follow up a session…") and a
campaign preview as a facilitator: what the window says about last time's people and
commitments."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox, QTableView, QWidget

from roundtable.follow_up import create_follow_up
from roundtable.store import Store
from roundtable.templates import get_template
from tests.ui.conftest import shown_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def follow_up_file(tmp_path: Path, fake_clock) -> Path:
    """A follow-up of an anonymous roundtable with two people and two open commitments."""
    earlier = tmp_path / "q4.roundtable"
    with Store.create(
        earlier,
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable"),
        anonymous=True,
        clock=fake_clock,
    ) as old:
        old.add_participant("Ana Lopez", function="sales")
        old.add_participant("Ben Okafor", function="marketing")
        old.add_action("Write a one-page lead definition", owner="Ana Lopez")
        old.add_action("Share the win/loss survey", owner="Ben Okafor")
    return create_follow_up(earlier, tmp_path / "q1.roundtable")


def test_votes_before_the_roll_call_ask_for_it_not_for_a_roster(qtbot, follow_up_file, fake_clock):
    # Last time's people are on the roster, none ticked as here yet; the Votes panel said
    # "Add the roster to check it against the room", though the roster was there.
    win = shown_window(qtbot, follow_up_file, fake_clock)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    for text in ("New VP of marketing started", "Quota went up for the second half"):
        qtbot.keyClicks(win.entry, text)
        qtbot.keyClick(win.entry, Qt.Key.Key_Return)
    rid = win.shown_round_id()
    win.store.add_theme(rid, "Changes", note_ids=[n.id for n in win.store.notes(rid)])
    win.findChild(QWidget, "votesDock").raise_()
    table = win.findChild(QTableView, "voteTable")
    qtbot.waitUntil(table.isVisible)
    rect = table.visualRect(table.model().index(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, "2")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    summary = win.findChild(QLabel, "voteSummary").text()
    assert summary.startswith("Round total 2 dots.")
    assert "Add the roster" not in summary
    assert "Session > People (Ctrl+Shift+P)" in summary
    win.close()


def test_last_times_commitments_are_told_apart_from_todays(qtbot, follow_up_file, fake_clock):
    # In the Commitments review the carried-over items looked like the ones agreed today;
    # only the minutes said which came from last time.
    from ui.sensemaking.action_model import CARRIED_SHADE, WHAT
    from ui.sensemaking.actions_panel import ActionsPanel

    win = shown_window(qtbot, follow_up_file, fake_clock)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.entry, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.keyClicks(QApplication.focusWidget(), "Book the pipeline review with finance @Ben")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    panel = win.findChild(ActionsPanel, "actionsPanel")
    proxy = panel.proxy
    shades = [proxy.index(r, WHAT).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert shades == [CARRIED_SHADE, CARRIED_SHADE, None]
    tip = proxy.index(0, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("Carried over from “Q4 roundtable”")
    assert "Carried" not in proxy.index(2, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    note = win.findChild(QLabel, "actionsCarried")
    assert note.isVisible()
    assert note.text() == "Shaded: 2 commitments carried over from “Q4 roundtable”."
    # Deleted, a carried item is no longer counted; Ctrl+Z brings it back.
    table = win.findChild(QTableView, "actionsTable")
    table.setCurrentIndex(proxy.index(0, WHAT))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert note.text() == "Shaded: 1 commitment carried over from “Q4 roundtable”."
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert note.text().startswith("Shaded: 2 commitments")
    win.close()


def test_a_session_without_carried_items_shows_no_such_note(qtbot, window):
    from PySide6.QtWidgets import QDockWidget

    window.findChild(QDockWidget, "actionsDock").raise_()
    qtbot.waitUntil(lambda: window.findChild(QTableView, "actionsTable").isVisible())
    assert not window.findChild(QLabel, "actionsCarried").isVisible()


def test_follow_up_a_session_keeps_the_typed_roster_and_a_chosen_anonymity(
    qtbot, tmp_path, follow_up_file, monkeypatch
):
    # A roster typed on the start screen (a newcomer, and Ana again) and a ticked or
    # unticked Anonymous box were dropped without a word by "Follow up a session…".
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from ui.windows.start_screen import StartScreen

    earlier = tmp_path / "q4.roundtable"  # anonymous, with Ana and Ben
    target = tmp_path / "next.roundtable"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(earlier), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.roster.setFocus()
    qtbot.keyClicks(screen.roster, "Carla Mendes, Northwind, marketing")
    qtbot.keyClick(screen.roster, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.roster, "ana lopez, sales")
    assert screen.anonymous.isChecked()  # the classic template's setting
    qtbot.keyClick(screen.anonymous, Qt.Key.Key_Space)  # names, by choice
    assert not screen.anonymous.isChecked()
    qtbot.mouseClick(screen.findChild(QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    win = screen.window_opened
    qtbot.addWidget(win)
    people = [(p.name, p.function, p.organisation, p.absent) for p in win.store.participants()]
    assert people == [
        ("Ana Lopez", "sales", "", True),
        ("Ben Okafor", "marketing", "", True),
        ("Carla Mendes", "marketing", "Northwind", False),
    ]
    assert win.store.session().anonymous is False
    assert (
        win.statusBar()
        .currentMessage()
        .startswith(
            "Follow-up of Q4 roundtable: 2 participants and 2 open action items carried over"
            " (1 more from the roster box)."
        )
    )
    win.close()
    # The roster typed is in the follow-up now: the next start screen does not bring it back.
    again = StartScreen()
    qtbot.addWidget(again)
    assert again.roster.toPlainText() == "" and again.title.text() == ""


def test_follow_up_a_session_keeps_last_times_anonymity_unless_the_box_is_clicked(
    qtbot, tmp_path, follow_up_file, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from ui.windows.start_screen import StartScreen

    earlier = tmp_path / "q4.roundtable"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(earlier), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "n"), ""))
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.findChild(QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    win = screen.window_opened
    qtbot.addWidget(win)
    assert win.store.session().anonymous is True
    win.close()


def test_follow_up_takes_a_typed_name_with_other_accents_as_last_times_person(
    qtbot, tmp_path, follow_up_file, monkeypatch
):
    # "Ana López" typed for last time's "Ana Lopez" was refused as a second Ana after the
    # follow-up file was made: "Cannot follow up", and no window.
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

    from ui.windows.start_screen import StartScreen

    target = tmp_path / "next.roundtable"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a: (str(tmp_path / "q4.roundtable"), "")
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.roster.setFocus()
    screen.roster.insertPlainText("Ana López, sales")  # (QTest types no accented letters)
    qtbot.mouseClick(screen.findChild(QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    assert warned == []
    win = screen.window_opened
    qtbot.addWidget(win)
    assert [p.name for p in win.store.participants()] == ["Ana Lopez", "Ben Okafor"]
    win.close()
