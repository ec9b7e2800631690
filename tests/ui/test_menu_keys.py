"""Every entry of the main window's menus has a shortcut, shown in its menu and in F1's list,
and no two window-wide shortcuts share a key: Help > About had none."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from tests.ui.test_deleted_notes_and_help import shortcut_rows, shown_dialog

PORTABLE = QKeySequence.SequenceFormat.PortableText


def menu_entries(window) -> list[tuple[str, QAction]]:
    """(menu title, action) for each command in the menu bar's menus, submenus included."""
    out = []
    menus = [(a.text(), a.menu()) for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        title, menu = menus.pop(0)
        for action in menu.actions():
            if action.menu() is not None:
                menus.append((f"{title} > {action.text()}", action.menu()))
            elif not action.isSeparator():
                out.append((title, action))
    return out


def test_every_menu_entry_has_a_shortcut_and_none_is_used_twice(window):
    bare = [f"{title} > {a.text()}" for title, a in menu_entries(window) if a.shortcut().isEmpty()]
    assert bare == []
    keys = Counter(
        k.toString(PORTABLE)
        for a in window.findChildren(QAction)
        if a.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        for k in a.shortcuts()
    )
    assert [k for k, n in keys.items() if n > 1] == []


def test_shift_f1_opens_about_and_f1_lists_it(qtbot, window):
    qtbot.keyClick(window.entry, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    about = shown_dialog(window, "aboutDialog")
    assert about.findChild(QLabel, "aboutTitle").text().startswith("Roundtable ")
    about.close()
    qtbot.keyClick(window.entry, Qt.Key.Key_F1)
    listed = shortcut_rows(shown_dialog(window, "shortcutsDialog"))
    native = QKeySequence("Shift+F1").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("Help", "About Roundtable", native) in listed
