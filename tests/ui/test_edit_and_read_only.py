"""Editing a card in place, keys for the filters, a read-only file, refused changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from roundtable.store import Store
from tests.ui.test_main_window import card_texts, type_note, writer_names_on
from ui.app import open_window
from ui.commands import UpdateNote


def _editor(window) -> QPlainTextEdit:
    editors = [e for e in window.board.findChildren(QPlainTextEdit) if e.isVisible()]
    assert len(editors) == 1, "exactly one card editor is open"
    return editors[0]


def _reopened_editor(qtbot, window) -> QPlainTextEdit:
    """The card editor opened again after a refused edit (it opens once the old one closed)."""
    board = window.board
    qtbot.waitUntil(
        lambda: sum(1 for e in board.findChildren(QPlainTextEdit) if e.isVisible()) == 1
    )
    return _editor(window)


def _refused_edit(qtbot, window, monkeypatch, note: str, typed: str) -> tuple[int, list[str]]:
    """Type a note, F2 on its card, replace its text with `typed`, Enter; the store refuses.
    Returns the note's id and the warnings shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    type_note(qtbot, window, note)
    nid = _select_first_card(window)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    editor = _editor(window)
    editor.selectAll()
    if typed:
        editor.insertPlainText(typed)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.store.note(nid).text == note
    return nid, shown


def _select_first_card(window) -> int:
    nid = window.store.notes(window.shown_round_id())[0].id
    window.board.clearSelection()
    window.board.card(nid).setSelected(True)
    return nid


def test_f2_edits_a_card_in_place_and_undo_restores(qtbot, window, session_file):
    writer_names_on(qtbot, window)  # an anonymous session hides them
    type_note(qtbot, window, "Leads wait four days @Ana Lopez")
    nid = _select_first_card(window)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    editor = _editor(window)
    # The editor holds the note's own text, not the name line under it.
    assert editor.toPlainText() == "Leads wait four days"
    editor.selectAll()
    qtbot.keyClicks(editor, "Leads wait five days ")
    editor.insertPlainText("😬")  # QTest cannot type characters outside the BMP
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.store.note(nid).text == "Leads wait five days 😬"
    assert card_texts(window) == ["Leads wait five days 😬\n— Ana Lopez"]
    window.undo_stack.undo()
    assert card_texts(window) == ["Leads wait four days\n— Ana Lopez"]
    window.undo_stack.redo()
    window.close()
    with Store.open(session_file, read_only=True) as store:
        assert store.note(nid).text == "Leads wait five days 😬"


def test_home_then_a_prefix_changes_a_wrapped_notes_function(qtbot, window):
    # F2, Home, "s: " on a card whose note wraps went to the start of the wrapped line:
    # saved as "... top 20 s: accounts" and still marketing.
    text = "m: joint account plans for our top twenty accounts, reviewed every quarter together"
    type_note(qtbot, window, text)
    nid = _select_first_card(window)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    editor = _editor(window)
    assert (
        editor.document()
        .documentLayout()
        .blockBoundingRect(editor.document().firstBlock())
        .height()
        > 1.5 * editor.fontMetrics().height()
    )  # it does wrap in the editor
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClicks(editor, "s: ")
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, "!")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    note = window.store.note(nid)
    assert note.text == text.removeprefix("m: ") + "!"
    assert note.function == "sales"
    assert window.statusBar().currentMessage() == "Note saved, now sales (Ctrl+Z undoes)."


def test_escape_cancels_and_double_click_opens_the_editor(qtbot, window):
    type_note(qtbot, window, "Keep me")
    nid = _select_first_card(window)
    board = window.board
    rect = board.visualItemRect(board.card(nid))
    # A real double-click is press, release, double-click: the view needs the first press.
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(board.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = _editor(window)
    qtbot.keyClicks(editor, "something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.store.note(nid).text == "Keep me"
    assert window.undo_stack.count() == 1  # only the note's capture


def test_emptied_card_is_refused_and_the_note_kept(qtbot, window, monkeypatch):
    _nid, shown = _refused_edit(qtbot, window, monkeypatch, "Do not lose me", "")
    assert shown and "empty" in shown[0].lower()
    # The refused edit left nothing on the undo stack: Ctrl+Z undoes the capture itself.
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText().startswith("Add note")


def test_a_refused_edit_comes_back_on_the_card_to_correct(qtbot, window, monkeypatch):
    # A note edited past 500 characters was refused and what was typed was lost.
    long_text = "Short note, and then the whole story of the lost deal. " * 10
    nid, shown = _refused_edit(qtbot, window, monkeypatch, "Short note", long_text)
    assert shown and "at most 500 characters" in shown[0]
    editor = _reopened_editor(qtbot, window)
    assert editor.toPlainText() == long_text
    # Corrected and saved ...
    editor.selectAll()
    qtbot.keyClicks(editor, "Short note, now with the story")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.store.note(nid).text == "Short note, now with the story"
    # ... and the next F2 shows the note itself, not the refused text.
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert _editor(window).toPlainText() == "Short note, now with the story"
    qtbot.keyClick(_editor(window), Qt.Key.Key_Escape)


def test_a_refused_edit_cancelled_with_escape_keeps_the_note(qtbot, window, monkeypatch):
    nid, _shown = _refused_edit(qtbot, window, monkeypatch, "Keep this one", "")
    qtbot.keyClick(_reopened_editor(qtbot, window), Qt.Key.Key_Escape)
    assert window.store.note(nid).text == "Keep this one"
    assert card_texts(window) == ["Keep this one"]


def test_failed_command_is_not_kept_for_undo(qtbot, window):
    type_note(qtbot, window, "Original")
    nid = window.store.notes(window.shown_round_id())[0].id
    before = window.undo_stack.count()
    try:
        window.undo_stack.push(UpdateNote(window.store, nid, "Edit note", text="x" * 600))
    except ValueError as err:
        assert "500" in str(err)
    else:
        raise AssertionError("a 600-character note must be refused")
    assert window.undo_stack.count() == before
    window.undo_stack.undo()
    assert card_texts(window) == []


def test_alt_keys_filter_the_board_by_function(qtbot, window):
    type_note(qtbot, window, "s: a sales note")
    type_note(qtbot, window, "m: a marketing note")

    def visible() -> list[str]:
        board = window.board
        return [
            board.item(i).text()
            for i in range(board.count())
            if board.item(i).data(Qt.ItemDataRole.UserRole) == "note"
            and not board.item(i).isHidden()
        ]

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert visible() == ["a marketing note"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert visible() == ["a sales note"]
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert sorted(visible()) == ["a marketing note", "a sales note"]


def test_read_only_window_refuses_changes_with_a_message(qtbot, session_file, fake_clock):
    with Store.open(session_file) as store:
        store.add_note(store.round_at(1).id, "Written before", function="sales")
    win = open_window(session_file, read_only=True, clock=fake_clock)
    qtbot.addWidget(win)
    win.show()
    try:
        assert not win.entry.isEnabled()
        assert win.entry.placeholderText().startswith("Read-only")
        assert not win.start_btn.isEnabled() and not win.next_btn.isEnabled()
        nid = win.store.notes(win.shown_round_id())[0].id
        win.board.card(nid).setSelected(True)
        qtbot.keyClick(win, Qt.Key.Key_Delete)  # the window's Delete notes action
        assert card_texts(win) == ["Written before"]
        assert "read-only" in win.statusBar().currentMessage()
        assert win.undo_stack.count() == 0
    finally:
        win.close()
    with Store.open(session_file, read_only=True) as store:
        assert [n.text for n in store.notes()] == ["Written before"]


def test_section_headers_fit_a_narrow_board_and_wrap(qtbot, window):
    type_note(qtbot, window, "s: one")
    board = window.board
    board.setMinimumWidth(0)  # the board alone, outside the window's layout rules
    board.resize(230, 500)
    header = board.item(0)
    assert header.text().startswith("Ungrouped")
    width = header.sizeHint().width()
    assert width <= board.viewport().width()
    # Its text is wider than one line there, so the header is given a second line.
    one_line = board.fontMetrics().lineSpacing() + 14
    assert header.sizeHint().height() > one_line
    board.resize(1200, 500)
    assert header.sizeHint().width() > width
    assert header.sizeHint().height() <= one_line + 2


def test_undoing_next_round_takes_the_board_back_with_the_timer(qtbot, window, fake_clock):
    first, second = window.store.rounds()[:2]
    qtbot.mouseClick(window.start_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.next_btn, Qt.MouseButton.LeftButton)
    assert window.shown_round_id() == second.id
    window.undo_stack.undo()  # back to the first round, running
    assert window.store.session().current_round_id == first.id
    assert window.shown_round_id() == first.id
    assert window.question.text().startswith(first.title)
    window.undo_stack.redo()
    assert window.shown_round_id() == second.id


def test_the_board_keeps_its_cards_when_the_window_is_small(qtbot, window):
    card = window.board.card_size.width()
    window.resize(1024, 700)
    # The side panels give way on the next turn of the event loop.
    qtbot.waitUntil(lambda: window.width() == 1024 and window.board.width() >= 2 * card)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    assert window.board.width() >= card


def test_a_long_note_reads_whole_in_its_tooltip_and_f2_does_not_select_it(qtbot, window):
    writer_names_on(qtbot, window)  # an anonymous session hides them
    long_note = (
        "Marketing runs campaigns for a segment we stopped selling to last year, and nobody "
        "told them because the decision was taken in a sales offsite they were not invited to"
    )
    type_note(qtbot, window, f"m: {long_note} @Ben Okafor")
    nid = _select_first_card(window)
    tip = window.board.card(nid).toolTip()
    assert tip.startswith(long_note) and "Ben Okafor" in tip and "marketing" in tip
    qtbot.keyClick(window, Qt.Key.Key_F2)
    editor = _editor(window)
    assert not editor.textCursor().hasSelection()
    qtbot.keyClicks(editor, "!")  # a stray key adds a letter, it does not replace the note
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.store.note(nid).text == long_note + "!"


def test_a_read_only_window_offers_no_command_that_would_change_the_session(qtbot, demo_file):
    # Suggest themes > Accept all said "8 themes accepted" in a read-only window while the
    # store refused every change.
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton

    win = open_window(demo_file, read_only=True)
    qtbot.addWidget(win)
    win.show()
    try:
        for name in (
            "suggestThemesAction",
            "sortRestAction",
            "peopleAction",
            "addRoundAction",
            "groupNotesAction",
            "newActionAction",
            "importCsvAction",
        ):
            assert not win.findChild(QAction, name).isEnabled(), name
        assert not win.findChild(QPushButton, "suggestThemesButton").isEnabled()
        assert win.findChild(QAction, "exportMinutesAction").isEnabled()  # reading is fine
        themes = len(win.store.themes())
        qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        assert len(win.store.themes()) == themes
        assert win.statusBar().currentMessage().startswith("Read-only")
    finally:
        win.close()


def test_editing_a_note_with_a_prefix_or_a_name_corrects_its_function_and_author(qtbot, window):
    writer_names_on(qtbot, window)  # an anonymous session hides them
    # F2 with "m: ..." stored the "m: " literally: a note typed under the wrong function
    # could only be deleted and typed again.
    type_note(qtbot, window, "s: Landing page not final yet")
    nid = _select_first_card(window)

    def edit_to(text: str) -> None:
        _select_first_card(window)
        qtbot.keyClick(window, Qt.Key.Key_F2)
        editor = _editor(window)
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    edit_to("m: Landing page not final yet")
    note = window.store.note(nid)
    assert (note.text, note.function, note.participant_id) == (
        "Landing page not final yet",
        "marketing",
        None,
    )
    edit_to("@Ana Landing page not final yet")
    note = window.store.note(nid)
    assert (note.text, note.function) == ("Landing page not final yet", "sales")  # Ana's
    assert window.store.participant(note.participant_id).name == "Ana Lopez"
    assert card_texts(window) == ["Landing page not final yet\n— Ana Lopez"]
    window.undo_stack.undo()
    assert window.store.note(nid).function == "marketing"


def test_ctrl_z_in_a_card_editor_with_nothing_to_undo_is_the_sessions_undo(qtbot, window):
    # F2 then Ctrl+Z did nothing: the fresh editor took the key, with nothing of its own to
    # undo. It closes (as Esc does) and the last change of the session is undone.
    type_note(qtbot, window, "Keep me")
    type_note(qtbot, window, "Typed by mistake")
    nid = next(n.id for n in window.store.notes(window.shown_round_id()) if "mistake" in n.text)
    window.board.clearSelection()
    window.board.card(nid).setSelected(True)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    editor = _editor(window)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Typed by mistake" not in card_texts(window))
    assert window.store.note(nid).deleted
    assert not [e for e in window.board.findChildren(QPlainTextEdit) if e.isVisible()]
    # Once something is typed, Ctrl+Z undoes the typing, in the editor.
    keep = window.store.notes(window.shown_round_id())[0].id
    window.board.clearSelection()
    window.board.card(keep).setSelected(True)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    editor = _editor(window)
    qtbot.keyClicks(editor, " now")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and editor.toPlainText() == "Keep me"
