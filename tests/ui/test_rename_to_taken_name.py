"""A theme renamed to the name another theme of the round has is said to share it: two
rows called "CRM data" stood in the panel, the votes and the minutes without a word, when
the facilitator most likely meant the two to be one (Ctrl+M merges them)."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget

from tests.ui.test_themes_in_the_room import rename_first_theme


def test_renaming_a_theme_to_a_name_taken_in_the_round_says_so(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    first = store.add_note(rid, "Half the contacts have no phone number").id
    second = store.add_note(rid, "Duplicates everywhere in Salesforce").id
    store.add_theme(rid, "Phone numbers", note_ids=[first])
    store.add_theme(rid, "CRM data", note_ids=[second])
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    rename_first_theme(qtbot, tree, "crm data")
    qtbot.waitUntil(lambda: store.theme(store.note(first).theme_id).label == "crm data")
    assert window.statusBar().currentMessage() == (
        "Theme renamed “crm data”, as another theme of this round is called: select both in"
        " the Themes panel and press Ctrl+M to make them one (Ctrl+Z takes the old name back)."
    )


def test_a_rename_to_a_name_of_its_own_is_said_as_before(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    store.add_theme(rid, "Phone numbers", note_ids=[store.add_note(rid, "No phone numbers").id])
    store.add_theme(rid, "CRM data", note_ids=[store.add_note(rid, "Duplicates in CRM").id])
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    rename_first_theme(qtbot, tree, "Contact data")
    qtbot.waitUntil(lambda: "Contact data" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "Theme renamed “Contact data” (Ctrl+Z takes the old name back)."
    )


def test_a_new_theme_named_like_another_says_so(qtbot, window):
    # Ctrl+G on a card, then the name of a theme the round has: the likeliest way to two
    # themes of one name, as a facilitator groups notes into "the CRM one".
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

    from tests.ui.test_sensemaking_themes import click_card

    store, rid = window.store, window.shown_round_id()
    store.add_theme(rid, "CRM data", note_ids=[store.add_note(rid, "Duplicates in CRM").id])
    loose = store.add_note(rid, "Two systems for contacts").id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(lambda: window.board.card(loose) is not None)
    click_card(qtbot, window, loose)
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Return)  # New theme
    window.activateWindow()
    qtbot.waitUntil(lambda: tree.state() == QAbstractItemView.State.EditingState)
    editor = next(e for e in tree.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "CRM data")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.theme(store.note(loose).theme_id).label == "CRM data")
    assert window.statusBar().currentMessage() == (
        "Theme named “CRM data”, as another theme of this round is called: select both in the"
        " Themes panel and press Ctrl+M to make them one."
    )
