"""File > Save a copy without writers… (Ctrl+Alt+Shift+S): the box says what the copy keeps
and leaves out; the copy, opened in the app, shows no writer on any card, in deleted notes,
or with View > Writers' names on cards (Ctrl+Shift+W); the window goes on with its own
file, writers and all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTreeWidget

from roundtable.store import Store
from roundtable.store.notes import NewNote
from roundtable.templates import get_template
from tests.ui.conftest import shown_window
from tests.ui.test_deleted_notes_and_help import delete_with_key, open_deleted_notes
from tests.ui.test_main_window import card_texts, type_note
from tests.ui.test_save_a_copy import _choose, _press_in_box

CTRL_ALT_SHIFT = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)
NAMES_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PEOPLE = {"Ana Lopez": "sales", "Ben Okafor": "marketing", "Chen Wei": "sales"}


def named_window(qtbot, path: Path, clock):
    with Store.create(
        path,
        title="Q4 pipeline",
        template=get_template("sales-marketing-roundtable"),
        anonymous=False,
        clock=clock,
    ) as store:
        for name, function in PEOPLE.items():
            store.add_participant(name, function=function)
        store.add_participant("Dara Quinn", function="marketing")
    return active(qtbot, shown_window(qtbot, path, clock))


def active(qtbot, win):
    """The window the keys go to (its shortcuts work only in the active window)."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def test_the_copy_without_writers_shows_no_writer_anywhere_in_the_app(
    qtbot, tmp_path: Path, monkeypatch, fake_clock
):
    win = named_window(qtbot, tmp_path / "q4.roundtable", fake_clock)
    try:
        type_note(qtbot, win, "s: Leads wait four days @Ana Lopez")
        type_note(qtbot, win, "m: Battlecards are stale @Ben Okafor")
        delete_with_key(qtbot, win, "Battlecards are stale")
        assert card_texts(win) == ["Leads wait four days\n— Ana Lopez"]
        rid = win.shown_round_id()
        phone = win.store.add_notes(
            [
                NewNote(
                    rid,
                    "Pricing page confuses buyers",
                    "sales",
                    None,
                    "device",
                    participant_name="Chen Wei",
                    held=True,
                ),
                NewNote(
                    rid,
                    "Webinar leads go cold",
                    "marketing",
                    None,
                    "device",
                    participant_name="Dara Quinn",
                    held=True,
                ),
            ]
        )
        win.store.let_in([phone[0]])
        assert card_texts(win) == [
            "Leads wait four days\n— Ana Lopez",
            "Pricing page confuses buyers\n— Chen Wei",
        ]

        action = win.findChild(QAction, "saveCopyWithoutWritersAction")
        assert action.shortcut().toString() == "Ctrl+Alt+Shift+S"
        out = tmp_path / "for Ben.roundtable"
        suggested = _choose(monkeypatch, out)
        said = _press_in_box("noWritersBox", "Choose where to save…")
        qtbot.keyClick(win.entry, Qt.Key.Key_S, CTRL_ALT_SHIFT)
        assert said and "does not say who wrote which note" in said[0]
        assert suggested == [str(tmp_path / "q4 without writers.roundtable")]
        assert win.statusBar().currentMessage() == (
            f"Saved a copy without writers as {out}: no note in it says who wrote it. This"
            " window still shows q4.roundtable, with the writers."
        )
        # This window keeps its writers.
        assert "Leads wait four days\n— Ana Lopez" in card_texts(win)
    finally:
        win.close()

    copy = active(qtbot, shown_window(qtbot, out, fake_clock))
    try:
        assert not copy.store.read_only and copy.store.opening_news == []
        assert "may be missing" not in copy.statusBar().currentMessage()
        assert copy.store.session().anonymous
        assert card_texts(copy) == ["Leads wait four days", "Pricing page confuses buyers"]
        qtbot.keyClick(copy.entry, Qt.Key.Key_W, NAMES_KEYS)
        assert copy.findChild(QAction, "writerNamesAction").isChecked()
        assert card_texts(copy) == ["Leads wait four days", "Pricing page confuses buyers"]
        dialog = open_deleted_notes(qtbot, copy)
        listing = dialog.findChild(QTreeWidget, "deletedNotesList")
        row = listing.topLevelItem(0)
        assert not listing.isColumnHidden(2)  # the writer's column is shown, and empty
        texts = [row.text(c) for c in range(listing.columnCount())]
        assert any("Battlecards are stale" in t for t in texts)
        assert not any(name in t for t in texts for name in PEOPLE)
        dialog.close()
        assert [n.text for n in copy.store.held_notes()] == ["Webinar leads go cold"]
        assert all(n.participant_id is None for n in copy.store.held_notes())
        assert not copy.findChild(QAction, "undoAction") or not copy.undo_stack.canUndo()
    finally:
        copy.close()


def test_cancel_in_the_box_writes_nothing(qtbot, window, tmp_path: Path, monkeypatch):
    suggested = _choose(monkeypatch, tmp_path / "never.roundtable")
    said = _press_in_box("noWritersBox", "Cancel")
    qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_ALT_SHIFT)
    assert said and suggested == []
    assert not (tmp_path / "never.roundtable").exists()
