"""Session > Anonymous notes (Ctrl+Alt+W): a session made anonymous after notes were taken
with their writers' names (the facilitator decides mid-session, or the organizer before the
minutes go out), and back.

Everything that shows a writer's name follows the switch at once, for the notes already
taken too: the wall, the board's cards, the minutes. Showing names again asks first: the
room was told its notes go up without names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidget

from roundtable.export import export_minutes
from roundtable.store import Store
from roundtable.templates import get_template
from tests.ui.conftest import battery_dies, shown_window
from tests.ui.test_deleted_notes_and_help import delete_with_key, open_deleted_notes
from tests.ui.test_main_window import card_texts, type_note
from tests.ui.test_phones_held import wall_texts

SWITCH = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def named_session(path: Path, clock) -> Path:
    with Store.create(
        path,
        title="Named",
        template=get_template("sales-marketing-roundtable"),
        anonymous=False,
        clock=clock,
    ) as store:
        store.add_participant("Ana Lopez", function="sales")
        store.add_participant("Ben Okafor", function="marketing")
    return path


def minutes_md(path: Path, tmp_path: Path) -> str:
    with Store.open(path, read_only=True) as store:
        snap = store.snapshot()
    return export_minutes(snap, "md", tmp_path / "minutes.md").read_text(encoding="utf-8-sig")


def active(qtbot, win) -> None:
    """The window in front, as the facilitator's is: its menu keys reach it."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def on_the_wall(qtbot, win) -> None:
    active(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win.presenter)
    # Back to the main window, as a facilitator goes to a menu; the wall stays up.
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def test_made_anonymous_mid_session_hides_the_names_already_taken(qtbot, tmp_path, fake_clock):
    path = named_session(tmp_path / "named.roundtable", fake_clock)
    win = shown_window(qtbot, path, fake_clock)
    try:
        win.start_btn.click()
        type_note(qtbot, win, "Typed by mistake @Ben Okafor")
        active(qtbot, win)
        delete_with_key(qtbot, win, "Typed by mistake")
        assert card_texts(win) == []
        type_note(qtbot, win, "Budget confirmed by the buyer @Ana Lopez")
        on_the_wall(qtbot, win)
        assert wall_texts(win) == ["Budget confirmed by the buyer\n— Ana Lopez"]
        assert card_texts(win) == ["Budget confirmed by the buyer\n— Ana Lopez"]
        action = win.findChild(QAction, "anonymousAction")
        assert action.isCheckable() and not action.isChecked()
        assert action in win.menu("Session").actions()

        qtbot.keyClick(win.entry, Qt.Key.Key_W, SWITCH)

        assert action.isChecked()
        assert wall_texts(win) == ["Budget confirmed by the buyer"]
        # The laptop's screen is often mirrored: its cards hide the names too.
        assert card_texts(win) == ["Budget confirmed by the buyer"]
        assert not win.findChild(QAction, "writerNamesAction").isChecked()
        said = win.statusBar().currentMessage()
        assert "anonymous" in said and "already" in said
        # The file still knows the writers: the facilitator is told how to send one on.
        assert "file still records who wrote which note" in said
        assert "File > Save a copy without writers…" in said
        # A note typed now does not say its writer either.
        type_note(qtbot, win, "Leads go cold @Ben Okafor")
        assert "Ben Okafor" not in win.statusBar().currentMessage()
        assert "Ben Okafor" not in " ".join(wall_texts(win))
        # Edit > Deleted notes: the writer of a note deleted before the switch is not said.
        dialog = open_deleted_notes(qtbot, win)
        assert dialog.findChild(QTreeWidget, "deletedNotesList").isColumnHidden(2)
        dialog.close()
    finally:
        win.close()
    with Store.open(path, read_only=True) as store:
        assert store.session().anonymous
    md = minutes_md(path, tmp_path)
    assert "Budget confirmed by the buyer" in md
    assert "Ana Lopez" not in md and "Ben Okafor" not in md


def test_ctrl_z_takes_the_switch_back(qtbot, tmp_path, fake_clock):
    path = named_session(tmp_path / "named.roundtable", fake_clock)
    win = shown_window(qtbot, path, fake_clock)
    try:
        win.start_btn.click()
        type_note(qtbot, win, "Budget confirmed by the buyer @Ana Lopez")
        active(qtbot, win)
        qtbot.keyClick(win.entry, Qt.Key.Key_W, SWITCH)
        assert card_texts(win) == ["Budget confirmed by the buyer"]
        qtbot.keyClick(win.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert not win.findChild(QAction, "anonymousAction").isChecked()
        assert card_texts(win) == ["Budget confirmed by the buyer\n— Ana Lopez"]
        assert not win.store.session().anonymous
    finally:
        win.close()


def test_showing_names_asks_first_and_no_keeps_the_session_anonymous(qtbot, window, monkeypatch):
    asked: list[str] = []

    def answer(reply):
        def ask(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply

        return ask

    window.start_btn.click()
    active(qtbot, window)
    assert window.store.session().anonymous
    type_note(qtbot, window, "Leads go cold @Ben Okafor")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(window.entry, Qt.Key.Key_W, SWITCH)
    assert "1 note" in asked[0] and "told" in asked[0]
    assert window.store.session().anonymous
    assert window.findChild(QAction, "anonymousAction").isChecked()
    assert card_texts(window) == ["Leads go cold"]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(window.entry, Qt.Key.Key_W, SWITCH)
    assert not window.store.session().anonymous
    assert not window.findChild(QAction, "anonymousAction").isChecked()
    # The note typed with @name while anonymous now says whose it is, as any named note.
    assert card_texts(window) == ["Leads go cold\n— Ben Okafor"]


def tray_rows(win) -> list[str]:
    listed = win.held.tray.list
    return [listed.item(i).text() for i in range(listed.count())]


def test_a_phone_note_waiting_in_the_tray_loses_its_name_with_the_switch(
    qtbot, tmp_path, fake_clock
):
    path = named_session(tmp_path / "named.roundtable", fake_clock)
    with Store.open(path) as store:
        rid = store.round_at(2).id
        ana = store.find_participant("Ana Lopez")
        # Sent from Ana's phone while names showed, held for the facilitator.
        note = store.add_note(
            rid, "Leads wait four days", function="sales", participant_id=ana.id, source="device"
        )
        store.hold_again([note.id])
    win = shown_window(qtbot, path, fake_clock)
    try:
        qtbot.waitUntil(lambda: tray_rows(win) == ["Leads wait four days  (Sales, Ana Lopez)"])
        active(qtbot, win)
        qtbot.keyClick(win.entry, Qt.Key.Key_W, SWITCH)
        qtbot.waitUntil(lambda: tray_rows(win) == ["Leads wait four days  (Sales)"])
    finally:
        win.close()
    # Opened again (the organizer's computer, or after a crash): still without it.
    win = shown_window(qtbot, path, fake_clock)
    try:
        qtbot.waitUntil(lambda: tray_rows(win) == ["Leads wait four days  (Sales)"])
    finally:
        win.close()


def test_the_switch_is_undone_after_a_crash_too(qtbot, tmp_path, fake_clock):
    path = named_session(tmp_path / "named.roundtable", fake_clock)
    win = shown_window(qtbot, path, fake_clock)
    win.start_btn.click()
    type_note(qtbot, win, "Budget confirmed by the buyer @Ana Lopez")
    active(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_W, SWITCH)
    battery_dies(win)
    win = shown_window(qtbot, path, fake_clock)
    try:
        assert win.findChild(QAction, "anonymousAction").isChecked()
        assert card_texts(win) == ["Budget confirmed by the buyer"]
        active(qtbot, win)
        qtbot.keyClick(win.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert not win.store.session().anonymous
        assert card_texts(win) == ["Budget confirmed by the buyer\n— Ana Lopez"]
    finally:
        win.close()
