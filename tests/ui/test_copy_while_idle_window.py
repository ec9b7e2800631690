"""The window makes its file alone the whole session once it sits idle: a copy made then (the
round paused, lunch, the laptop left open overnight) opens with every note and without the
"Notes may be missing" box, which it showed though nothing was missing. The next note brings
the warning back for copies made after it. A window opened and left without a change
writes nothing to its file, and the timer stops with the window."""

from __future__ import annotations

import itertools
import shutil

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from roundtable.store import Store
from tests.ui.conftest import read_only_window, shown_window
from tests.ui.test_main_window import card_texts, type_note
from ui.bridge import IdleCheckpoint

QUICK_MS = 100  # the window's idle time, shortened for the test (30 s in the app)


def copy_alone(path, folder):
    folder.mkdir()
    copy = folder / path.name
    shutil.copyfile(path, copy)  # the file alone, as a mail attachment or a USB stick gets it
    return copy


def warning_of_a_copy(path, folder) -> str | None:
    with Store.open(copy_alone(path, folder), read_only=True) as copy:
        return copy.left_open_text


def test_a_copy_made_once_the_window_sat_idle_opens_whole_without_the_box(
    qtbot, session_file, fake_clock, tmp_path, monkeypatch
):
    monkeypatch.setattr(IdleCheckpoint, "CLEAR_MS", QUICK_MS)
    win = shown_window(qtbot, session_file, fake_clock)
    type_note(qtbot, win, "Leads wait four days")
    assert warning_of_a_copy(session_file, tmp_path / "at-once")  # typing: the copy warns
    tries = itertools.count()

    def a_copy_says_nothing() -> bool:
        return warning_of_a_copy(session_file, tmp_path / f"idle-{next(tries)}") is None

    qtbot.waitUntil(a_copy_says_nothing)  # sat idle: the file alone is the whole session
    lunch = shown_window(qtbot, copy_alone(session_file, tmp_path / "lunch"), fake_clock)
    qtbot.wait(50)
    assert lunch.findChild(QMessageBox, "notesMayBeMissingBox") is None
    assert "copied while it was open" not in lunch.statusBar().currentMessage()
    assert card_texts(lunch) == ["Leads wait four days"]
    lunch.close()

    type_note(qtbot, win, "Nobody owns the handover")  # back from lunch
    later = copy_alone(session_file, tmp_path / "later")
    type_note(qtbot, win, "Webinar leads sit in a queue")
    afternoon = shown_window(qtbot, copy_alone(session_file, tmp_path / "afternoon"), fake_clock)
    qtbot.waitUntil(lambda: afternoon.findChild(QMessageBox, "notesMayBeMissingBox") is not None)
    afternoon.findChild(QMessageBox, "notesMayBeMissingBox").close()
    afternoon.close()
    with Store.open(later, read_only=True) as copy:  # the mark came back with the first note
        assert copy.left_open_text is not None

    win.close()
    assert not win.checkpoint.clear_timer.isActive()
    with Store.open(session_file) as reopened:
        assert reopened.left_open_text is None and reopened.note_count() == 3


def test_a_window_opened_and_left_idle_writes_nothing(qtbot, session_file, fake_clock, monkeypatch):
    monkeypatch.setattr(IdleCheckpoint, "CLEAR_MS", QUICK_MS)
    cleared = []
    idle_clear = Store.idle_clear
    monkeypatch.setattr(Store, "idle_clear", lambda store: cleared.append(1) or idle_clear(store))
    before = (session_file.read_bytes(), session_file.stat().st_mtime_ns)
    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: len(cleared) == 1)  # the window sat idle
    assert (session_file.read_bytes(), session_file.stat().st_mtime_ns) == before
    win.close()
    assert (session_file.read_bytes(), session_file.stat().st_mtime_ns) == before


def test_a_read_only_window_does_not_call_the_writer_s_idle_clear_an_update(
    qtbot, session_file, fake_clock
):
    # The writer's idle clear is a commit, but nothing shown changed: the window following
    # it redrew everything and said "updated" half a minute after the last note.
    with Store.open(session_file, clock=fake_clock) as writer:
        rid = writer.rounds()[0].id
        writer.add_note(rid, "There before the viewer opened", function="sales")
        win = read_only_window(qtbot, session_file, fake_clock)
        try:
            assert not win.checkpoint.clear_timer.isActive()  # its own file: never written
            rebuilt: list[int] = []
            rebuild = win.board.rebuild
            win.board.rebuild = lambda: (rebuilt.append(1), rebuild())
            assert writer.idle_clear()
            win.outside.check()
            QApplication.processEvents()
            assert rebuilt == []
            assert win.findChild(QLabel, "followStatus").text().endswith("nothing new yet")
            writer.add_note(rid, "Typed after lunch", function="marketing")
            win.outside.check()
            QApplication.processEvents()
            assert rebuilt == [1]
            assert card_texts(win) == ["There before the viewer opened", "Typed after lunch"]
        finally:
            win.close()


def test_a_file_another_program_holds_is_cleared_once_it_lets_go_without_a_word(
    qtbot, session_file, fake_clock, tmp_path, monkeypatch, other_program
):
    monkeypatch.setattr(IdleCheckpoint, "CLEAR_MS", QUICK_MS)
    tried: list[bool] = []
    idle_clear = Store.idle_clear

    def spied(store) -> bool:
        tried.append(idle_clear(store))
        return tried[-1]

    monkeypatch.setattr(Store, "idle_clear", spied)
    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: tried == [True])  # opened: nothing to clear
    type_note(qtbot, win, "Leads wait four days")
    browser = other_program(session_file, "BEGIN EXCLUSIVE")  # a database browser, say
    status = win.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(tried) == 2)
    assert tried[-1] is False  # it could not: no box, no new words, nothing lost
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert win.statusBar().currentMessage() == status
    assert warning_of_a_copy(session_file, tmp_path / "held")
    browser.stop()
    qtbot.waitUntil(lambda: tried[-1] is True)  # tried again a moment later
    assert warning_of_a_copy(session_file, tmp_path / "let-go") is None
    win.close()
    with Store.open(session_file) as reopened:
        assert [n.text for n in reopened.notes()] == ["Leads wait four days"]
