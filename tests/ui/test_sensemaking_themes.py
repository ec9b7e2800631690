"""Grouping notes into themes by hand, and the Themes panel, driven with keys and the mouse."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu, QTreeWidget

from roundtable.store import Store


def add_notes(qtbot, win, *texts: str) -> list[int]:
    for text in texts:
        qtbot.keyClicks(win.entry, text)
        qtbot.keyClick(win.entry, Qt.Key.Key_Return)
    return [n.id for n in win.store.notes(win.shown_round_id())][-len(texts) :]


def click_card(qtbot, win, note_id: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    board = win.board
    pos = board.visualItemRect(board.card(note_id)).center()
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


def theme_rows(win) -> list[list[str]]:
    tree = win.findChild(QTreeWidget, "themeList")
    return [
        [tree.topLevelItem(r).text(c) for c in range(5)] for r in range(tree.topLevelItemCount())
    ]


def headers(win) -> list[str]:
    board = win.board
    return [
        board.item(i).text().split(" — ")[0]
        for i in range(board.count())
        if board.item(i).data(Qt.ItemDataRole.UserRole) != "note"
    ]


def type_into_editor(qtbot, win, text: str) -> None:
    """Type a theme name into the open in-place editor of the Themes panel."""
    tree = win.findChild(QTreeWidget, "themeList")
    editors = [e for e in tree.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "no theme name editor is open"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt's delegate commits the typed name from a queued call, right after the key.
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)


def group_menu(window) -> QMenu | None:
    menu = window.findChild(QMenu, "groupMenu")
    return menu if menu is not None and menu.isVisible() else None


def ctrl_g_new_theme(qtbot, window) -> None:
    """Ctrl+G on the board; where the round has themes a menu asks, Enter = new theme.

    Leaves the new theme's name editor open (the app opens it, no F2 needed)."""
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    menu = group_menu(window)
    if menu is not None:
        assert menu.activeAction().text() == "New theme"
        count = len(window.store.themes(window.shown_round_id()))
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(window.store.themes(window.shown_round_id())) > count)
        # The offscreen platform leaves the window inactive after a popup; a desktop does not.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        tree = window.findChild(QTreeWidget, "themeList")
        qtbot.waitUntil(lambda: tree.state() == QAbstractItemView.State.EditingState)


def drop_on(qtbot, view, item, mime: QMimeData | None = None) -> None:
    """Drop on the middle of `item` in `view` (the board, or a row of the Themes panel).

    `mime` is what the drag carries: the board's own drags need none, since the board
    groups its selected cards."""
    pos = view.visualItemRect(item).center()
    mime = mime or drag_cards(view) if view is getattr(view.window(), "board", None) else mime
    mime = mime or QMimeData()  # held here: the event only points at it
    # Qt asks the view over each point whether it takes the drop before any drop happens
    # (cards without ItemIsDropEnabled were refused there: the drop never came).
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(
        pos,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted(), "the view refused the drop over this item"
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)


def drag_cards(board) -> QMimeData:
    """What dragging the board's selected cards carries (Qt asks the board, as here)."""
    return board.model().mimeData(board.selectedIndexes())


def test_group_by_keyboard_name_inline_undo_redo_and_reopen(qtbot, window, session_file):
    a, b, c = add_notes(qtbot, window, "s: Leads sit for days", "m: No owner for handover", "Ok")
    click_card(qtbot, window, a)
    click_card(qtbot, window, b, Qt.KeyboardModifier.ControlModifier)
    assert window.selected_note_ids() == [a, b]
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    type_into_editor(qtbot, window, "Slow handover")
    assert theme_rows(window) == [["Slow handover", "2", "1", "1", "0"]]
    assert headers(window) == ["Ungrouped", "Slow handover"]
    store = window.store
    assert [
        (n.theme_id is not None, n.placement) for n in store.notes(window.shown_round_id())
    ] == [
        (True, "manual"),
        (True, "manual"),
        (False, None),
    ]
    # Starting the theme and naming it are one step (see test_start_theme_undo.py).
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert theme_rows(window) == [] and headers(window) == ["Ungrouped"]
    window.undo_stack.redo()
    assert theme_rows(window) == [["Slow handover", "2", "1", "1", "0"]]
    rid = window.shown_round_id()
    window.close()
    with Store.open(session_file) as reopened:
        (theme,) = reopened.themes(rid)
        assert (theme.label, theme.origin) == ("Slow handover", "manual")
        assert [n.theme_id for n in reopened.notes(rid)] == [theme.id, theme.id, None]
    assert c


def test_ctrl_g_adds_to_the_theme_among_the_selection_and_ctrl_shift_g_takes_out(qtbot, window):
    a, b, c = add_notes(qtbot, window, "one", "two", "three")
    click_card(qtbot, window, a)
    click_card(qtbot, window, b, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    type_into_editor(qtbot, window, "Numbers")
    click_card(qtbot, window, c)
    click_card(qtbot, window, a, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert (
        theme_rows(window) == [["Numbers", "3", "0", "0", "3"]] or theme_rows(window)[0][1] == "3"
    )
    click_card(qtbot, window, b)
    qtbot.keyClick(
        window.board,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.store.note(b).theme_id is None
    assert theme_rows(window)[0][:2] == ["Numbers", "2"]
    window.undo_stack.undo()
    assert theme_rows(window)[0][:2] == ["Numbers", "3"]


def test_grouping_by_drag_and_drop(qtbot, window):
    a, b, c, d = add_notes(qtbot, window, "alpha", "beta", "gamma", "delta")
    board = window.board
    # Qt refuses a real drag over an item that does not take drops: cards dropped onto a
    # card did nothing under X11 (the synthetic drops below get past that check).
    flags = [board.card(n).flags() for n in (a, b, c, d)]
    assert all(f & Qt.ItemFlag.ItemIsDropEnabled for f in flags)
    click_card(qtbot, window, a)
    drop_on(qtbot, board, board.card(b))  # a onto b: a new theme with both
    type_into_editor(qtbot, window, "Greek")
    (theme,) = window.store.themes(window.shown_round_id())
    assert {window.store.note(n).theme_id for n in (a, b)} == {theme.id}
    click_card(qtbot, window, c)
    drop_on(qtbot, board, board.card(a))  # onto a grouped card: joins its theme
    assert window.store.note(c).theme_id == theme.id
    click_card(qtbot, window, d)
    header = next(
        board.item(i)
        for i in range(board.count())
        if board.item(i).data(Qt.ItemDataRole.UserRole) == "theme"
    )
    drop_on(qtbot, board, header)  # onto the theme's header
    assert window.store.note(d).theme_id == theme.id
    assert window.store.note(d).placement == "manual"
    click_card(qtbot, window, a)
    drop_on(qtbot, board, board.item(0))  # onto Ungrouped: out of the theme
    assert window.store.note(a).theme_id is None
    # Said as Ctrl+Shift+G says it (the last grouping's message stayed up).
    assert window.statusBar().currentMessage() == "1 note back in Ungrouped (Ctrl+Z undoes)."
    assert theme_rows(window) == [["Greek", "3", "3", "0", "0"]]
    window.undo_stack.undo()
    assert window.store.note(a).theme_id == theme.id


def test_dropping_cards_on_a_row_of_the_themes_panel_moves_them_into_that_theme(qtbot, window):
    a, b, c = add_notes(qtbot, window, "s: alpha", "m: beta", "o: gamma")
    tree = window.findChild(QTreeWidget, "themeList")
    board = window.board
    click_card(qtbot, window, a)
    ctrl_g_new_theme(qtbot, window)
    type_into_editor(qtbot, window, "Greek")
    click_card(qtbot, window, b)
    ctrl_g_new_theme(qtbot, window)
    type_into_editor(qtbot, window, "Latin")
    assert theme_rows(window) == [["Greek", "1", "1", "0", "0"], ["Latin", "1", "0", "1", "0"]]
    click_card(qtbot, window, b)
    click_card(qtbot, window, c, Qt.KeyboardModifier.ControlModifier)
    cards = drag_cards(board)
    greek = tree.topLevelItem(0)
    # The panel takes the drag over a row (its rows otherwise only move among themselves).
    over = QDragMoveEvent(
        tree.visualItemRect(greek).center(),
        Qt.DropAction.MoveAction,
        cards,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dragMoveEvent(over)
    assert over.isAccepted()
    drop_on(qtbot, tree, greek, cards)
    assert theme_rows(window) == [["Greek", "3", "1", "1", "1"], ["Latin", "0", "0", "0", "0"]]
    assert [board.card(n).isHidden() for n in (a, b, c)] == [False, False, False]
    assert headers(window) == ["Ungrouped", "Greek", "Latin"]
    assert window.store.note(c).placement == "manual"
    qtbot.keyClick(board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert theme_rows(window) == [["Greek", "1", "1", "0", "0"], ["Latin", "1", "0", "1", "0"]]
    assert window.store.note(c).theme_id is None


def make_themes(qtbot, window, names: list[str]) -> list[int]:
    ids = add_notes(qtbot, window, *[f"note for {n}" for n in names])
    for nid, name in zip(ids, names, strict=True):
        click_card(qtbot, window, nid)
        ctrl_g_new_theme(qtbot, window)
        type_into_editor(qtbot, window, name)
    return [t.id for t in window.store.themes(window.shown_round_id())]


def select_rows(qtbot, tree: QTreeWidget, *rows: int) -> None:
    for i, row in enumerate(rows):
        rect = tree.visualItemRect(tree.topLevelItem(row))
        mod = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, mod, rect.center())


def test_panel_rename_reorder_delete_with_its_own_keys(qtbot, window, session_file):
    tree = window.findChild(QTreeWidget, "themeList")
    make_themes(qtbot, window, ["Culture", "Money", "Tools"])
    notes_before = len(window.store.notes(window.shown_round_id()))
    select_rows(qtbot, tree, 1)
    qtbot.keyClick(tree, Qt.Key.Key_F2)  # renames the theme, not the note (window F2)
    type_into_editor(qtbot, window, "Pay and bonus")
    assert [r[0] for r in theme_rows(window)] == ["Culture", "Pay and bonus", "Tools"]
    qtbot.keyClick(
        tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [r[0] for r in theme_rows(window)] == ["Pay and bonus", "Culture", "Tools"]
    assert headers(window) == ["Ungrouped", "Pay and bonus", "Culture", "Tools"]
    said = window.statusBar().currentMessage()
    assert said == "“Pay and bonus” is theme 1 of 3 (Ctrl+Z undoes)."  # it said nothing
    select_rows(qtbot, tree, 2)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)  # deletes the theme, not notes (window Del)
    assert [r[0] for r in theme_rows(window)] == ["Pay and bonus", "Culture"]
    rid = window.shown_round_id()
    assert len(window.store.notes(rid)) == notes_before
    assert len([n for n in window.store.notes(rid) if n.theme_id is None]) == 1
    window.undo_stack.undo()
    assert [r[0] for r in theme_rows(window)] == ["Pay and bonus", "Culture", "Tools"]
    assert all(n.theme_id is not None for n in window.store.notes(rid))
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [r[0] for r in theme_rows(window)] == ["Culture", "Money", "Tools"]
    window.undo_stack.redo()
    window.undo_stack.redo()
    window.undo_stack.redo()
    window.close()
    with Store.open(session_file) as reopened:
        assert [t.label for t in reopened.themes(rid)] == ["Pay and bonus", "Culture"]


def test_merge_two_themes_with_ctrl_m_and_undo(qtbot, window):
    tree = window.findChild(QTreeWidget, "themeList")
    first, second, _third = make_themes(qtbot, window, ["Culture", "Silos", "Tools"])
    window.store.set_votes(second, "sales", 3)
    select_rows(qtbot, tree, 0, 1)
    qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "2"], ["Tools", "1"]]
    assert window.store.theme_votes(first)["sales"] == 3
    window.undo_stack.undo()
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "1"], ["Silos", "1"], ["Tools", "1"]]
    assert window.store.theme_votes(first)["sales"] == 0
    assert window.store.theme_votes(second)["sales"] == 3
    window.undo_stack.redo()
    assert [r[0] for r in theme_rows(window)] == ["Culture", "Tools"]


def test_renaming_a_suggested_theme_makes_it_the_facilitators(qtbot, window):
    (a,) = add_notes(qtbot, window, "shared dashboards")
    rid = window.shown_round_id()
    (tid,) = window.store.apply_suggestions(rid, [("Dashboards", [a], None)])
    assert window.store.theme(tid).origin == "auto"
    tree = window.findChild(QTreeWidget, "themeList")
    item = tree.topLevelItem(0)
    centre = tree.visualItemRect(item).center()
    qtbot.mousePress(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    type_into_editor(qtbot, window, "One view of the pipeline")
    assert window.store.theme(tid).label == "One view of the pipeline", window.undo_stack.text(
        window.undo_stack.index() - 1
    )
    assert window.store.theme(tid).origin == "manual"
    window.undo_stack.undo()
    assert (window.store.theme(tid).label, window.store.theme(tid).origin) == ("Dashboards", "auto")


def test_keyboard_selection_and_reordering_themes_by_drag(qtbot, window):
    a, b, c = add_notes(qtbot, window, "first", "second", "third")
    click_card(qtbot, window, a)
    qtbot.keyClick(window.board, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_note_ids() == [a, b]
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    type_into_editor(qtbot, window, "Pair")
    click_card(qtbot, window, c)
    ctrl_g_new_theme(qtbot, window)
    type_into_editor(qtbot, window, "Single")
    tree = window.findChild(QTreeWidget, "themeList")
    select_rows(qtbot, tree, 1)
    top = tree.visualItemRect(tree.topLevelItem(0))
    rows = QMimeData()  # held here: the event only points at it, and the list reads it
    event = QDropEvent(
        QPointF(top.center().x(), top.top() + 2),
        Qt.DropAction.MoveAction,
        rows,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(event)  # "Single" dropped on the upper half of "Pair"
    assert [r[0] for r in theme_rows(window)] == ["Single", "Pair"]
    assert headers(window) == ["Ungrouped", "Single", "Pair"]
    window.undo_stack.undo()
    assert [r[0] for r in theme_rows(window)] == ["Pair", "Single"]


def test_new_theme_from_the_ctrl_g_menu_opens_its_name_for_typing(qtbot, window):
    make_themes(qtbot, window, ["Culture"])
    a, b = add_notes(qtbot, window, "Bonus paid on bookings only", "Quota set in January")
    tree = window.findChild(QTreeWidget, "themeList")
    for note, name, by_mouse in ((a, "Pay", False), (b, "Targets", True)):
        click_card(qtbot, window, note)
        qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        menu = group_menu(window)
        assert menu.activeAction().text() == "New theme"
        if by_mouse:
            where = menu.actionGeometry(menu.activeAction()).center()
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=where)
        else:
            qtbot.keyClick(menu, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda note=note: window.store.note(note).theme_id is not None)
        # The offscreen platform leaves the window inactive after a popup; a desktop does not.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: tree.state() == QAbstractItemView.State.EditingState)
        editor = next(e for e in tree.viewport().findChildren(QLineEdit) if e.isVisible())
        assert editor.hasFocus()
        qtbot.keyClicks(editor, name)  # the suggested name is selected: typing replaces it
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
        assert window.focusWidget() is window.board  # named: typing goes on on the board
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "1"], ["Pay", "1"], ["Targets", "1"]]
    assert window.store.theme(window.store.note(b).theme_id).label == "Targets"


def test_ctrl_g_menu_picks_an_existing_theme_by_keyboard_and_focus_returns(qtbot, window):
    make_themes(qtbot, window, ["Culture", "Money"])
    assert window.focusWidget() is window.board  # naming done: back to the board
    (loose,) = add_notes(qtbot, window, "Bonus paid on bookings only")
    click_card(qtbot, window, loose)
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    menu = group_menu(window)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "New theme",
        "&1  Into “Culture”",
        "&2  Into “Money”",
    ]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store.note(loose).theme_id is not None)
    assert window.store.theme(window.store.note(loose).theme_id).label == "Money"
    assert window.store.note(loose).placement == "manual"
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "1"], ["Money", "2"]]


def test_a_many_note_command_is_announced_once_per_kind(qtbot, window):
    ids = add_notes(qtbot, window, *[f"note {i}" for i in range(6)])
    heard = []
    window.signals.changed.connect(heard.append)
    click_card(qtbot, window, ids[0])
    for nid in ids[1:]:
        click_card(qtbot, window, nid, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    kinds = [c.kind for c in heard]
    assert sorted(kinds) == ["note_updated", "theme_added"]  # not six note_updated
    assert theme_rows(window)[0][1] == "6"


def test_the_status_bar_and_edit_menu_say_what_undo_and_redo_did(qtbot, window):
    a, b, c = add_notes(qtbot, window, "alpha", "beta", "gamma")
    board = window.board
    click_card(qtbot, window, a)
    drop_on(qtbot, board, board.card(b))
    type_into_editor(qtbot, window, "Greek")
    click_card(qtbot, window, c)
    drop_on(qtbot, board, board.card(a))
    assert window.statusBar().currentMessage() == "1 note moved into “Greek” (Ctrl+Z undoes)."
    # Where the note went ("Group 1 note" did not say; earlier "Group 1 note(s)").
    assert window.undo_stack.undoText() == "Put 1 note into “Greek”"
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.note(c).theme_id is None
    assert window.statusBar().currentMessage() == "Undone: Put 1 note into “Greek”."
    qtbot.keyClick(
        window.entry,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.statusBar().currentMessage() == "Redone: Put 1 note into “Greek”."


def test_a_new_themes_name_editor_does_not_open_long_after(qtbot, window, monkeypatch):
    from ui.sensemaking import themes as themes_module

    a, b, c = add_notes(qtbot, window, "alpha", "beta", "gamma")
    click_card(qtbot, window, a)
    ctrl_g_new_theme(qtbot, window)  # the first theme: no menu, its editor opens
    type_into_editor(qtbot, window, "Greek")
    click_card(qtbot, window, c)
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    menu = group_menu(window)
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # New theme; the window may be inactive now
    qtbot.waitUntil(lambda: len(window.store.themes(window.shown_round_id())) == 2)
    later = themes_module.time.monotonic() + 60
    monkeypatch.setattr(themes_module.time, "monotonic", lambda: later)
    window.activateWindow()  # a minute later, e.g. back from another app
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(50)
    tree = window.findChild(QTreeWidget, "themeList")
    assert tree.state() != QAbstractItemView.State.EditingState


def test_clicking_the_capture_line_while_naming_a_theme_keeps_the_typed_note(qtbot, window):
    a, b = add_notes(qtbot, window, "alpha", "beta")
    click_card(qtbot, window, a)
    click_card(qtbot, window, b, Qt.KeyboardModifier.ControlModifier)
    ctrl_g_new_theme(qtbot, window)  # the name editor is open
    qtbot.mouseClick(window.entry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.entry.hasFocus())
    qtbot.keyClicks(window.entry, "s: typed while the theme was being named")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    texts = [n.text for n in window.store.notes(window.shown_round_id())]
    assert "typed while the theme was being named" in texts


def test_a_theme_name_typed_before_its_editor_opens_is_kept(qtbot, window):
    a, b, c = add_notes(qtbot, window, "alpha", "beta", "gamma")
    click_card(qtbot, window, a)
    ctrl_g_new_theme(qtbot, window)
    type_into_editor(qtbot, window, "Greek")
    click_card(qtbot, window, c)
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(group_menu(window), Qt.Key.Key_Return)  # New theme
    qtbot.waitUntil(lambda: len(window.store.themes(window.shown_round_id())) == 2)
    # A fast typist goes on at once; offscreen the window is still inactive after the menu,
    # so the editor has not opened yet and the keys reach the board.
    qtbot.keyClicks(window.board, "Pricing")
    qtbot.keyClick(window.board, Qt.Key.Key_Return)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    new = window.store.note(c).theme_id
    qtbot.waitUntil(lambda: window.store.theme(new).label == "Pricing")
