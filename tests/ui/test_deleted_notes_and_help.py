"""Edit > Deleted notes… (restore a note deleted long ago) and the Help menu, by keys and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTreeWidget

import roundtable
from roundtable.store import Store
from tests.ui.test_main_window import card_texts, type_note, writer_names_on
from ui.app import LOG_DIR, open_window

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def shown_dialog(window, name: str) -> QDialog:
    found = [d for d in window.findChildren(QDialog, name) if d.isVisible()]
    assert len(found) == 1, f"one {name} is open"
    return found[0]


def click_card(qtbot, window, text: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    board = window.board
    nid = next(n.id for n in window.store.notes(window.shown_round_id()) if n.text == text)
    rect = board.visualItemRect(board.card(nid))
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def delete_with_key(qtbot, window, text: str) -> None:
    """Click the card on the board, press Delete (the window's Delete notes action)."""
    click_card(qtbot, window, text)
    qtbot.keyClick(window.board, Qt.Key.Key_Delete)
    assert text not in card_texts(window)


def open_deleted_notes(qtbot, window) -> QDialog:
    qtbot.keyClick(window.entry, Qt.Key.Key_D, CTRL | SHIFT)
    return shown_dialog(window, "deletedNotesDialog")


def listed(dialog: QDialog) -> list[tuple[str, ...]]:
    tree = dialog.findChild(QTreeWidget, "deletedNotesList")
    if not tree.isVisible():
        return []
    return [
        tuple(tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
        for i in range(tree.topLevelItemCount())
    ]


def test_a_deleted_note_comes_back_with_enter_and_ctrl_z_takes_it_out_again(
    qtbot, window, session_file, fake_clock
):
    writer_names_on(qtbot, window)  # an anonymous session hides them
    type_note(qtbot, window, "s: Pipeline call works @Ana Lopez")
    type_note(qtbot, window, "Leads wait four days")
    type_note(qtbot, window, "Nobody owns the handover")
    delete_with_key(qtbot, window, "Pipeline call works")
    fake_clock.advance(600)
    type_note(qtbot, window, "Events bring no pipeline")  # Ctrl+Z would now undo this one

    dialog = open_deleted_notes(qtbot, window)
    intro = dialog.findChild(QLabel, "deletedNotesIntro").text()
    assert "1 note deleted" in intro and "Enter" in intro
    text, function, who, when = listed(dialog)[0]
    assert (text, function, who) == ("Pipeline call works", "Sales", "Ana Lopez")
    assert len(when) == 5 and when[2] == ":"  # today: the time only, "14:03"

    qtbot.keyClick(dialog.findChild(QTreeWidget, "deletedNotesList"), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert card_texts(window) == [
        "Pipeline call works\n— Ana Lopez",
        "Leads wait four days",
        "Nobody owns the handover",
        "Events bring no pipeline",
    ]
    assert window.selected_note_ids() == [window.store.notes(window.shown_round_id())[0].id]
    assert "Restored 1 note" in window.statusBar().currentMessage()

    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)  # the restore is one step to undo
    assert "Pipeline call works\n— Ana Lopez" not in card_texts(window)
    assert len(card_texts(window)) == 3
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL | SHIFT)
    assert card_texts(window)[0] == "Pipeline call works\n— Ana Lopez"
    window.close()
    with Store.open(session_file) as store:
        assert [n.text for n in store.notes()] == [
            "Pipeline call works",
            "Leads wait four days",
            "Nobody owns the handover",
            "Events bring no pipeline",
        ]


def test_several_deleted_notes_newest_first_restore_together_in_one_undo_step(
    qtbot, window, fake_clock
):
    for text in ("one", "two", "three", "four"):
        type_note(qtbot, window, text)
    delete_with_key(qtbot, window, "two")
    fake_clock.advance(60)
    delete_with_key(qtbot, window, "four")
    fake_clock.advance(60)
    delete_with_key(qtbot, window, "one")

    dialog = open_deleted_notes(qtbot, window)
    assert [row[0] for row in listed(dialog)] == ["one", "four", "two"]
    tree = dialog.findChild(QTreeWidget, "deletedNotesList")
    first = tree.visualItemRect(tree.topLevelItem(0)).center()
    last = tree.visualItemRect(tree.topLevelItem(2)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, CTRL, last)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert card_texts(window) == ["one", "two", "three"]
    assert sorted(window.selected_note_ids()) == sorted(
        n.id for n in window.store.notes(window.shown_round_id()) if n.text in ("one", "two")
    )

    dialog = open_deleted_notes(qtbot, window)
    assert [row[0] for row in listed(dialog)] == ["four"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    assert card_texts(window) == ["three"]


def test_a_round_without_deleted_notes_says_so(qtbot, window):
    type_note(qtbot, window, "Nothing deleted here")
    dialog = open_deleted_notes(qtbot, window)
    intro = dialog.findChild(QLabel, "deletedNotesIntro").text()
    assert intro.endswith("has no deleted notes.")
    assert window.store.rounds()[0].title in intro
    assert listed(dialog) == []
    assert not dialog.findChild(QPushButton, "restoreNotesButton").isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_read_only_session_lists_deleted_notes_but_cannot_restore_them(
    qtbot, session_file, fake_clock
):
    with Store.open(session_file, clock=fake_clock) as store:
        note = store.add_note(store.round_at(1).id, "Deleted before", function="marketing")
        store.delete_note(note.id)
    win = open_window(session_file, read_only=True, clock=fake_clock)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitActive(win):  # nothing in a read-only window takes the focus by itself
        win.activateWindow()
    try:
        qtbot.keyClick(win, Qt.Key.Key_D, CTRL | SHIFT)
        dialog = shown_dialog(win, "deletedNotesDialog")
        assert [row[:2] for row in listed(dialog)] == [("Deleted before", "Marketing")]
        why = dialog.findChild(QLabel, "deletedNotesReadOnly")
        assert why.isVisible() and "read-only" in why.text()
        assert not dialog.findChild(QPushButton, "restoreNotesButton").isEnabled()
        qtbot.keyClick(dialog.findChild(QTreeWidget, "deletedNotesList"), Qt.Key.Key_Return)
        assert card_texts(win) == [] and win.undo_stack.count() == 0
        close = dialog.findChild(QPushButton, "closeDeletedNotes")
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
    finally:
        win.close()
    with Store.open(session_file, read_only=True) as store:
        assert store.note(note.id).deleted


def shortcut_rows(dialog: QDialog) -> list[tuple[str, str, str]]:
    return dialog.visible_rows()  # type: ignore[attr-defined]


def test_f1_lists_every_shortcut_by_menu_and_the_search_filters(qtbot, window):
    late = QAction("Late feature", window, objectName="lateFeature")  # added after the build
    late.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.menu("View").addAction(late)
    window.addAction(late)

    qtbot.keyClick(window.entry, Qt.Key.Key_F1)
    dialog = shown_dialog(window, "shortcutsDialog")
    rows = shortcut_rows(dialog)
    for row in (
        ("Themes", "Suggest themes", "Ctrl+T"),
        ("Edit", "Deleted notes…", "Ctrl+Shift+D"),
        ("Edit", "Undo", "Ctrl+Z"),
        ("File", "Open…", "Ctrl+O"),
        ("View", "Late feature", "Ctrl+Alt+K"),
        ("Help", "Keyboard shortcuts", "F1"),
        ("Themes panel", "Rename theme", "F2"),
    ):
        assert row in rows, row
    native = QKeySequence.SequenceFormat.NativeText
    with_keys = {a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    # The keys of fields and views (no command carries them) come last, in their own group.
    typing = [r for r in rows if r[0] == "Where you type"]
    assert ("Where you type", "Presenter view: scroll the wall", "Page Down, Page Up") in typing
    theme_menu = ("Action items: the selected item's theme, from a menu", "Right-click, Menu key")
    assert ("Where you type", *theme_menu) in typing
    rows = [r for r in rows if r[0] != "Where you type"]
    assert len(rows) == len(with_keys)
    assert {r[2] for r in rows} == {
        ", ".join(k.toString(native) for k in a.shortcuts()) for a in with_keys
    }
    assert ("View", "Larger cards", "Ctrl++, Ctrl+=") in rows  # both keys, in the order set
    groups = [r[0] for r in rows]
    assert groups.index("File") < groups.index("Edit") < groups.index("Help")

    search = dialog.findChild(QLineEdit, "shortcutSearch")
    assert dialog.focusWidget() is search  # typing goes to the search at once
    qtbot.keyClicks(search, "ctrl+t")
    assert shortcut_rows(dialog) == [("Themes", "Suggest themes", "Ctrl+T")]
    search.clear()
    qtbot.keyClicks(search, "page down")  # found nothing: Page Down is no menu command
    assert shortcut_rows(dialog) == [
        ("Where you type", "Presenter view: scroll the wall", "Page Down, Page Up")
    ]
    search.clear()
    qtbot.keyClicks(search, "restore")
    assert shortcut_rows(dialog) == []
    assert dialog.findChild(QLabel, "shortcutNoMatch").text() == (
        "No action or key matches “restore”."
    )
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_new_shortcuts_are_each_used_once(window):
    portable = QKeySequence.SequenceFormat.PortableText
    keys = [
        k.toString(portable)
        for a in window.findChildren(QAction)
        if a.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        for k in a.shortcuts()
    ]
    assert keys.count("Ctrl+Shift+D") == 1 and keys.count("F1") == 1


def test_about_names_the_version_the_session_file_and_the_log(qtbot, window, session_file):
    help_menu = window.menu("Help")
    assert [a.text() for a in help_menu.actions()] == [
        "&Guide",
        "&Keyboard shortcuts",
        "&About Roundtable",
    ]
    help_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(help_menu)
    about = window.findChild(QAction, "aboutAction")
    qtbot.mouseClick(
        help_menu, Qt.MouseButton.LeftButton, pos=help_menu.actionGeometry(about).center()
    )
    dialog = shown_dialog(window, "aboutDialog")
    title = dialog.findChild(QLabel, "aboutTitle").text()
    assert title == f"Roundtable {roundtable.__version__}"
    text = dialog.findChild(QLabel, "aboutText").text()
    assert str(session_file) in text
    assert str(LOG_DIR / "roundtable.log") in text
    assert "sales and marketing" in text
    qtbot.mouseClick(dialog.findChild(QPushButton, "closeAbout"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
