"""File > Save a copy… (Ctrl+Shift+S): a note typed just before is in the copy, which opens
as a normal session; a read-only window offers to open the copy, which can be changed; a
full disk says nothing was written and leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from roundtable.store import Store
from roundtable.store import save_copy as save_copy_module
from ui.save_copy_action import CopySaver

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _type_note(qtbot, window, text: str) -> None:
    window.entry.setFocus()
    qtbot.keyClicks(window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)


def _choose(monkeypatch, *answers: Path) -> list[str]:
    """The save dialog answers these files in turn (then Cancel); what it suggested."""
    left = [str(a) for a in answers]
    suggested: list[str] = []

    def dialog(_parent, _caption, proposed, _filter, **_options):
        suggested.append(proposed)
        return (left.pop(0) if left else ""), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return suggested


def _press_in_box(name: str, button: str) -> list[str]:
    """Press `button` in the message box named `name` when it comes; its text."""
    said: list[str] = []
    tries = [500]  # 5 s, then the test fails on what it finds (no box), not hangs

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != name:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, press)
            return
        said.append(box.text())
        offered = {b.text(): b for b in box.findChildren(QPushButton)}
        (offered.get(button) or next(iter(offered.values()))).click()

    QTimer.singleShot(0, press)
    return said


def test_ctrl_shift_s_saves_a_copy_with_the_note_typed_just_before(
    qtbot, window, session_file: Path, tmp_path: Path, monkeypatch
):
    _type_note(qtbot, window, "Leads go cold over the weekend")
    out = tmp_path / "mail" / "for Ben.roundtable"
    out.parent.mkdir()
    suggested = _choose(monkeypatch, out)
    qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_SHIFT)
    assert suggested == [str(session_file.parent / "test copy.roundtable")]
    assert window.statusBar().currentMessage() == (
        f"Saved a copy as {out} (this window still shows test.roundtable)."
    )
    assert sorted(p.name for p in out.parent.iterdir()) == ["for Ben.roundtable"]
    with Store.open(out) as copy:
        assert "Leads go cold over the weekend" in [n.text for n in copy.notes()]
    # This window goes on in its own file.
    _type_note(qtbot, window, "Typed after the copy")
    with Store.open(out, read_only=True) as copy:
        assert "Typed after the copy" not in [n.text for n in copy.notes()]


def test_a_read_only_window_offers_to_open_the_copy_which_can_be_changed(
    qtbot, window, session_file: Path, tmp_path: Path, monkeypatch, fake_clock
):
    _type_note(qtbot, window, "Nobody owns the follow-up")
    from ui.app import open_window

    viewer = open_window(session_file, read_only=True, clock=fake_clock)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert viewer.statusBar().currentMessage() == (
        "Read-only: Open for editing in another Roundtable window."
        " To change a copy of it: File > Save a copy (Ctrl+Shift+S)."
    )
    out = tmp_path / "my copy.roundtable"
    _choose(monkeypatch, out)
    said = _press_in_box("copySavedBox", "Open the copy")
    viewer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
    qtbot.keyClick(viewer, Qt.Key.Key_S, CTRL_SHIFT)  # (its note line takes no keys)
    assert said and "the copy can be changed" in said[0]
    saver = viewer.findChild(CopySaver, "copySaver")
    copy_window = saver.opened
    assert copy_window is not None
    qtbot.addWidget(copy_window)
    assert not copy_window.store.read_only
    assert Path(copy_window.store.path) == out
    assert "Nobody owns the follow-up" in [n.text for n in copy_window.store.notes()]
    _type_note(qtbot, copy_window, "Typed into the copy")
    copy_window.close()
    viewer.close()
    with Store.open(out) as copy:
        assert "Typed into the copy" in [n.text for n in copy.notes()]


def test_a_full_disk_says_nothing_was_written(qtbot, window, tmp_path: Path, monkeypatch):
    real_open = save_copy_module._open_part

    def small_disk(part: Path):
        conn = real_open(part)
        conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(save_copy_module, "_open_part", small_disk)
    out = tmp_path / "stick" / "q4.roundtable"
    out.parent.mkdir()
    suggested = _choose(monkeypatch, out)
    said = _press_in_box("copyNotSavedBox", "Cancel")
    qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_SHIFT)
    assert said and "The disk is full" in said[0] and "not written" in said[0]
    assert window.statusBar().currentMessage() == "Copy not saved; nothing was written."
    assert list(out.parent.iterdir()) == []
    assert len(suggested) == 1


def test_the_shortcut_is_listed_in_the_file_menu(window):
    from tests.ui.test_menu_keys import menu_entries

    files = [(a.text(), a.shortcut().toString()) for title, a in menu_entries(window)]
    assert ("Save &a copy…", "Ctrl+Shift+S") in files


def test_a_disk_write_protected_mid_session_points_at_a_copy_that_goes_on(
    qtbot, window, session_file: Path, tmp_path: Path, monkeypatch
):
    import os
    import sqlite3

    from tests.ui.test_note_line_drafts import click_round

    rounds = window.store.rounds()
    click_round(qtbot, window, 2)  # the copy's window opens on round 1
    _type_note(qtbot, window, "Saved before the disk locked")
    _type_note(qtbot, window, "m:")  # the next notes count for marketing
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text, *a: said.append(text))
    real_access = os.access
    locked = {session_file, session_file.parent}

    def write_protected(path, mode, *args, **kwargs):
        if Path(path) in locked and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    def refused(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    with monkeypatch.context() as locked_disk:
        locked_disk.setattr(os, "access", write_protected)
        locked_disk.setattr(window.store, "_insert", refused)
        click_round(qtbot, window, 3)
        qtbot.keyClicks(window.entry, "Half typed for round 3")
        click_round(qtbot, window, 2)  # put aside with round 3
        _type_note(qtbot, window, "Typed after the disk locked")
        assert said and "File > Save a copy, Ctrl+Shift+S" in said[0]
        assert window.entry.text() == "Typed after the disk locked"  # not saved: kept
        out = tmp_path / "stick" / "go on.roundtable"
        out.parent.mkdir()
        _choose(monkeypatch, out)
        offered = _press_in_box("copySavedBox", "Open the copy")
        qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_SHIFT)
        assert offered and "This window cannot change test.roundtable" in offered[0]
    copy_window = window.findChild(CopySaver, "copySaver").opened
    assert copy_window is not None
    qtbot.addWidget(copy_window)
    assert not copy_window.store.read_only
    # What was typed and not saved moved to the copy's window, with its round: not typed again.
    assert copy_window.entry.text() == "Typed after the disk locked"
    assert copy_window.shown_round_id() == rounds[1].id
    assert copy_window.statusBar().currentMessage() == (
        "The note you were typing in test.roundtable is in the line (round 2,"
        f" {rounds[1].title}): Enter adds it to the copy. Notes typed in other rounds came"
        " too, each with its round."
    )
    assert window.entry.text() == ""  # not left to be added twice
    assert window.statusBar().currentMessage() == (
        "Opened the copy go on.roundtable in a new window; what you had typed and not added"
        " went with it."
    )
    copy_window.entry.setFocus()
    qtbot.keyClick(copy_window.entry, Qt.Key.Key_Return)
    click_round(qtbot, copy_window, 3)
    assert copy_window.entry.text() == "Half typed for round 3"
    copy_window.close()
    with Store.open(out) as copy:
        assert [(n.text, n.round_id, n.function) for n in copy.notes()] == [
            ("Saved before the disk locked", rounds[1].id, "sales"),
            ("Typed after the disk locked", rounds[1].id, "marketing"),
        ]


def test_a_file_from_a_newer_version_is_copied_without_an_offer_to_change_it(
    qtbot, session_file: Path, tmp_path: Path, monkeypatch, fake_clock
):
    import sqlite3

    from roundtable.store.schema import SCHEMA_VERSION
    from tests.ui.conftest import shown_window

    conn = sqlite3.connect(session_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    win = shown_window(qtbot, session_file, fake_clock)
    assert win.store.read_only and "Save a copy" not in win.statusBar().currentMessage()
    out = tmp_path / "future copy.roundtable"
    _choose(monkeypatch, out)
    offered = _press_in_box("copySavedBox", "Not now")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_S, CTRL_SHIFT)
    # Its copy is from the newer version too: it would open read-only, so nothing is offered.
    assert offered == [] and out.is_file()
    assert win.statusBar().currentMessage().startswith(f"Saved a copy as {out}")
    win.close()
