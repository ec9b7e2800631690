"""File > Follow-up session… (Ctrl+Shift+F): the next meeting made from the open session."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_acceptance_story import activate
from tests.ui.test_people import cell_text, with_people_dialog
from tests.ui.test_sensemaking_actions import add_action, rows, table, type_in_cell
from ui.app import open_window
from ui.sensemaking.action_model import OWNER, WHAT
from ui.windows.people import NAME

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def when_modal(handle) -> list[str]:
    """Run handle(dialog) on the next modal dialog to come up; the list says what was seen."""
    seen: list[str] = []
    tries: list[int] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            tries.append(1)
            if len(tries) < 300:  # none came: the test's own assertion says so
                QTimer.singleShot(10, look)
            return
        seen.append(dialog.objectName())
        handle(dialog)

    QTimer.singleShot(0, look)
    return seen


def type_title(title: str | None):
    """Type `title` over the suggested one (None: keep it) and press Enter."""

    def handle(dialog: QInputDialog) -> None:
        line = dialog.findChild(QLineEdit)
        if title is not None:
            line.selectAll()
            QTest.keyClicks(line, title)
        handle.suggested = dialog.textValue() if title is None else handle.suggested
        QTest.keyClick(line, Qt.Key.Key_Return)

    handle.suggested = ""
    return handle


def save_dialog(monkeypatch, target):
    """The save dialog answers `target`; the list gets the name it suggested."""
    asked: list[str] = []

    def save(_parent, caption, suggested, _filter, **_options):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return asked


def end_the_session(qtbot, win, fake_clock) -> None:
    """Start, run every round a few minutes and end the session with Ctrl+Right."""
    qtbot.mouseClick(win.start_btn, Qt.MouseButton.LeftButton)
    for _ in win.store.rounds():
        fake_clock.advance(5 * 60)
        qtbot.keyClick(win.entry, Qt.Key.Key_Right, CTRL)
    assert win.timer_label.text() == "Done"


def test_an_ended_session_makes_its_follow_up_with_one_key(
    qtbot, window, session_file, fake_clock, monkeypatch
):
    add_action(qtbot, window, "Send the agenda")
    qtbot.keyClick(window.findChild(QLineEdit, "actionText"), Qt.Key.Key_Down)
    qtbot.keyClick(table(window), Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(table(window), Qt.Key.Key_Space)  # done: it stays behind
    add_action(qtbot, window, "Invite marketing to the deal review")
    type_in_cell(qtbot, window, 1, OWNER, "Ana Lopez")
    add_action(qtbot, window, "Share the win/loss survey")
    end_the_session(qtbot, window, fake_clock)
    # The end says how to set up the next meeting, with the menu's key.
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("export the minutes with Ctrl+E, set up the follow-up with Ctrl+Shift+F.")
    )
    target = session_file.parent / "q1.roundtable"
    asked = save_dialog(monkeypatch, target)
    title = type_title("Q1 follow-up")
    seen = when_modal(title)
    activate(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F, CTRL_SHIFT)
    assert seen == ["followUpTitleDialog"]
    # Beside the open file, named after the title typed.
    assert asked == [str(session_file.parent / "Q1 follow-up.roundtable")]
    new = window._follow_up.opened
    qtbot.addWidget(new)
    assert new is not window and new.isVisible()
    assert new.windowTitle().startswith("Q1 follow-up")
    # The open commitments are in its Action items panel; the one done stayed behind. (The
    # new window fits the 800-pixel screen: each item's owner shows on a line under it too.)
    assert [(r[WHAT].splitlines()[0], r[OWNER]) for r in rows(new)] == [
        ("Invite marketing to the deal review", "Ana Lopez"),
        ("Share the win/loss survey", ""),
    ]
    assert (
        new.statusBar()
        .currentMessage()
        .startswith(
            "Follow-up of Test roundtable: 2 participants and 2 open action items carried over."
        )
    )
    assert "Made the follow-up q1.roundtable" in window.statusBar().currentMessage()

    def same_people(dialog) -> None:
        names = [cell_text(dialog, r, NAME) for r in range(2)]
        assert names == ["Ana Lopez", "Ben Okafor"]

    activate(qtbot, new)
    with_people_dialog(qtbot, new, same_people)
    new.close()
    window.close()

    # After a restart: the follow-up file holds it all, and says what it follows up.
    with Store.open(target, read_only=True) as store:
        assert store.session().title == "Q1 follow-up"
        assert [p.name for p in store.participants()] == ["Ana Lopez", "Ben Okafor"]
        assert [a.text for a in store.actions()] == [
            "Invite marketing to the deal review",
            "Share the win/loss survey",
        ]
        assert store.session().follow_up_of.title == "Test roundtable"
    with Store.open(session_file, read_only=True) as store:
        assert store.session().title == "Test roundtable"  # unchanged
        assert len(store.actions()) == 3


def test_a_read_only_window_makes_the_follow_up_too(qtbot, session_file, fake_clock, monkeypatch):
    with Store.open(session_file, clock=fake_clock) as store:
        first = store.rounds()[0].id
        store.start_round(first)
        fake_clock.advance(600)
        store.finish_round(first)
        store.add_action("Write a one-page lead definition", owner="Ben Okafor")
    win = open_window(session_file, read_only=True, clock=fake_clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.store.read_only
    target = session_file.parent / "next.roundtable"
    asked = save_dialog(monkeypatch, target)
    keep = type_title(None)
    when_modal(keep)
    activate(qtbot, win)
    qtbot.keyClick(win.board, Qt.Key.Key_F, CTRL_SHIFT)
    assert keep.suggested == "Follow-up: Test roundtable"
    assert asked == [str(session_file.parent / "Follow-up Test roundtable.roundtable")]
    new = win._follow_up.opened
    qtbot.addWidget(new)
    assert new.windowTitle().startswith("Follow-up: Test roundtable")
    assert [r[WHAT].splitlines()[0] for r in rows(new)] == ["Write a one-page lead definition"]
    new.close()
    win.close()
    with Store.open(target, read_only=True) as store:
        assert [a.owner for a in store.actions()] == ["Ben Okafor"]


def test_a_session_not_yet_started_is_not_followed_up(qtbot, session_file, fake_clock, monkeypatch):
    win = shown_window(qtbot, session_file, fake_clock)
    asked = save_dialog(monkeypatch, session_file.parent / "never.roundtable")
    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    seen = when_modal(read_and_close)
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_F, CTRL_SHIFT)
    assert seen == ["followUpRefused"]
    assert said[0].startswith(
        "“Test roundtable” has not started yet: there is nothing to follow up."
    )
    assert "Follow up a session… on the start screen (Ctrl+N)" in said[0]
    assert asked == [] and not (session_file.parent / "never.roundtable").exists()
    win.close()


def test_a_follow_up_made_away_from_a_write_protected_folder_says_where(
    qtbot, session_file, fake_clock, monkeypatch, tmp_path
):
    """A session opened from a USB stick or a read-only share: its folder cannot take the
    follow-up, which goes to the home folder; the window says where, not only its name."""
    with Store.open(session_file, clock=fake_clock) as store:
        first = store.rounds()[0].id
        store.start_round(first)
        fake_clock.advance(600)
        store.finish_round(first)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    real_access = os.access
    # The stick's folder is write-protected (the tests run as a user who may write anywhere).
    monkeypatch.setattr(
        os, "access", lambda p, mode: Path(p) != session_file.parent and real_access(p, mode)
    )
    win = open_window(session_file, read_only=True, clock=fake_clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    suggested: list[str] = []

    def save(_parent, _caption, name, _filter, **_options):
        suggested.append(name)
        return name, ""  # the organizer takes the place offered

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    when_modal(type_title(None))
    activate(qtbot, win)
    qtbot.keyClick(win.board, Qt.Key.Key_F, CTRL_SHIFT)
    made = home / "Follow-up Test roundtable.roundtable"
    assert suggested == [str(made)]
    assert made.exists()
    new = win._follow_up.opened
    qtbot.addWidget(new)
    said = win.statusBar().currentMessage()
    assert f"Made the follow-up {made.name} in {home}" in said
    new.close()
    win.close()
