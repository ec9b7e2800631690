"""Turning a round of notes into themes in front of the room, driven as a facilitator does:
the Themes panel's keys, the preview of suggestions, and what the board and status say."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLineEdit, QTreeWidget

from roundtable.store import Store
from tests.ui.test_sensemaking_themes import theme_rows

NOTES = [
    ("Nobody agrees what a qualified lead is", "sales"),
    ("Half the MQLs are students", "sales"),
    ("Lead scoring changes every quarter", "marketing"),
    ("Reps are paid on bookings only", "sales"),
    ("Marketing bonus counts leads, not revenue", "marketing"),
    ("Commission ignores pipeline", "sales"),
    ("CRM full of duplicates", "marketing"),
    ("Two systems for contacts", "other"),
    ("Reps never fill in closed-lost reasons", "marketing"),
]


def rename_first_theme(qtbot, tree: QTreeWidget, name: str) -> None:
    """F2 on the Themes panel's first theme, type `name` over the old one, Enter."""
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = next(e for e in tree.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def three_themes(window) -> tuple[int, list[int]]:
    """The shown round with nine notes in three themes, the first with five sales votes."""
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, text, function=fn).id for text, fn in NOTES]
    tids = [
        store.add_theme(rid, label, note_ids=ids[i : i + 3]).id
        for i, label in zip((0, 3, 6), ("Lead quality", "Pay plans", "CRM data"), strict=True)
    ]
    store.set_votes(tids[0], "sales", 5)
    return rid, tids


def panel(qtbot, window) -> QTreeWidget:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)
    tree.setFocus()
    return tree


def test_del_on_two_selected_themes_is_one_step_undone_by_one_ctrl_z(qtbot, window, session_file):
    rid, (lead, pay, crm) = three_themes(window)
    tree = panel(qtbot, window)
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert tree.selected_theme_ids() == [lead, pay]
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [row[0] for row in theme_rows(window)] == ["CRM data"]
    # Said what went and where its notes are: the status bar said nothing at all.
    assert window.statusBar().currentMessage() == (
        "Deleted “Lead quality” and “Pay plans”, 6 notes back in Ungrouped (Ctrl+Z undoes)."
    )
    # The keyboard stays on a theme: the next key in the panel has something to act on.
    assert tree.current_theme_id() == crm
    # One Ctrl+Z brings both back (it brought back "Pay plans" only, and "Lead quality"
    # with its five votes stayed deleted).
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row[:2] for row in theme_rows(window)] == [
        ["Lead quality", "3"],
        ["Pay plans", "3"],
        ["CRM data", "3"],
    ]
    assert window.store.theme_votes(lead)["sales"] == 5
    qtbot.keyClick(
        tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [row[0] for row in theme_rows(window)] == ["CRM data"]
    window.close()
    with Store.open(session_file) as reopened:
        assert [t.label for t in reopened.themes(rid)] == ["CRM data"]
        assert sum(n.theme_id is None for n in reopened.notes(rid)) == 6


def test_ctrl_return_on_a_selected_card_without_a_proposal_moves_no_other_card(qtbot, window):
    from tests.ui.test_sensemaking_suggest import note_with_a_live_proposal

    rid, proposed = note_with_a_live_proposal(qtbot, window)
    store, board = window.store, window.board
    qtbot.keyClicks(window.entry, "m: The offsite catering was cold")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    cold = store.notes(rid)[-1].id
    placer = window.findChild(QObject, "livePlacer")
    qtbot.waitUntil(lambda: not placer.running and not placer.stale)
    assert cold not in placer.proposals and "Suggested theme" not in board.card(cold).text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    board.scrollToItem(board.card(cold))
    pos = board.visualItemRect(board.card(cold)).center()
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.selected_note_ids() == [cold]
    qtbot.keyClick(board, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # The card the facilitator pointed at has no proposal: nothing moves. The other card
    # (the newest with a proposal, perhaps off screen) went into its theme instead.
    assert store.note(proposed).theme_id is None and store.note(cold).theme_id is None
    assert window.statusBar().currentMessage() == (
        "No suggested theme for the selected note (Ctrl+G groups them by hand)."
    )
    assert "Suggested theme: Lead definition" in board.card(proposed).text()
    # With that card selected, Ctrl+Return takes its proposal, as before.
    board.scrollToItem(board.card(proposed))
    pos = board.visualItemRect(board.card(proposed)).center()
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.keyClick(board, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.theme(store.note(proposed).theme_id).label == "Lead definition and quality"


def test_ctrl_m_on_the_board_merges_the_themes_of_the_selected_cards(qtbot, window):
    from tests.ui.test_sensemaking_themes import click_card

    rid, (lead, pay, crm) = three_themes(window)
    tree = panel(qtbot, window)
    # Two themes selected in the panel a while ago (looked at, not merged).
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert tree.selected_theme_ids() == [lead, pay]
    # Then a card of "Pay plans" and one of "CRM data" on the board, and Ctrl+M there.
    ids = [n.id for n in window.store.notes(rid)]
    click_card(qtbot, window, ids[3])
    click_card(qtbot, window, ids[6], Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.board, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    # "Lead quality" (with its votes) went into "Pay plans" instead.
    assert [row[:2] for row in theme_rows(window)] == [["Lead quality", "3"], ["Pay plans", "6"]]
    assert window.statusBar().currentMessage().startswith("Merged “CRM data” into “Pay plans”")
    assert window.store.theme_votes(lead)["sales"] == 5
    # In the panel, Ctrl+M merges the panel's selection, as before.
    qtbot.keyClick(window.board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The undo selects the themes it brought apart; a click on the first row starts afresh.
    assert tree.selected_theme_ids() == [pay, crm]
    row = tree.visualItemRect(tree.topLevelItem(0)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [row[:2] for row in theme_rows(window)] == [["Lead quality", "6"], ["CRM data", "3"]]


def test_enter_or_esc_on_a_new_themes_name_answers_the_prompt(qtbot, window):
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

    from tests.ui.test_sensemaking_themes import click_card

    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, text, function=fn).id for text, fn in NOTES]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.findChild(QTreeWidget, "themeList")
    for pair, key in ((ids[0:2], Qt.Key.Key_Return), (ids[3:5], Qt.Key.Key_Escape)):
        click_card(qtbot, window, pair[0])
        click_card(qtbot, window, pair[1], Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape:  # the round has a theme now: Enter picks "New theme"
            menu = QApplication.activePopupWidget()
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: tree.state() == QAbstractItemView.State.EditingState)
        label = store.theme(store.note(pair[0]).theme_id).label
        assert "type a name, Enter to keep it" in window.statusBar().currentMessage()
        editor = next(e for e in tree.viewport().findChildren(QLineEdit) if e.isVisible())
        qtbot.keyClick(editor, key)
        qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
        # The prompt was left up, as if the name were still to be typed.
        assert window.statusBar().currentMessage() == (
            f"The theme keeps the name “{label}” (F2 in the Themes panel renames it)."
        )
        assert QApplication.focusWidget() is window.board
    # A rename later is said as a rename (it was taken for the answer to that prompt).
    rename_first_theme(qtbot, tree, "Lead quality")
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
    assert window.statusBar().currentMessage() == (
        "Theme renamed “Lead quality” (Ctrl+Z takes the old name back)."
    )
