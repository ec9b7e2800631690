"""A demanding facilitator's live session: filters, the wall, long names, capture marks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.test_main_window import type_note


def visible_cards(window) -> list[str]:
    board = window.board
    return [
        board.item(i).text()
        for i in range(board.count())
        if board.item(i).data(Qt.ItemDataRole.UserRole) == "note" and not board.item(i).isHidden()
    ]


def test_a_function_filter_holds_through_new_notes_undo_and_a_change_of_round(qtbot, window):
    # Alt+1 hid the marketing cards, but any redraw of the board (a note typed, an undo, an
    # edit, another round looked at) showed every card again under "Showing sales notes
    # only": the cards were hidden before they were on the board, which does nothing.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    type_note(qtbot, window, "s: Pipeline review every Monday")
    type_note(qtbot, window, "m: Campaign calendar nobody reads")
    qtbot.keyClick(window.entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    banner = window.findChild(QLabel, "filterBanner")
    assert banner.isVisible() and "sales notes only" in banner.text()
    assert visible_cards(window) == ["Pipeline review every Monday"]

    type_note(qtbot, window, "m: Webinar leads go cold")  # counted, but not shown
    assert visible_cards(window) == ["Pipeline review every Monday"]
    assert window.statusBar().currentMessage() == (
        "Added as a marketing note; the board shows sales notes only (Alt+0 shows all)."
        " The next notes count as marketing too."
    )
    type_note(qtbot, window, "s: Quotes take a week")
    assert visible_cards(window) == ["Pipeline review every Monday", "Quotes take a week"]

    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert visible_cards(window) == ["Pipeline review every Monday"]
    assert banner.isVisible()

    first, second = window.store.rounds()[:2]
    window.store.add_note(second.id, "Marketing joins the QBR", function="marketing")
    window.store.add_note(second.id, "Shared dashboard", function="sales")
    window.show_round(second.id)
    assert visible_cards(window) == ["Shared dashboard"]
    window.show_round(first.id)
    assert visible_cards(window) == ["Pipeline review every Monday"]

    qtbot.keyClick(window.entry, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert not banner.isVisible()
    assert visible_cards(window) == [
        "Pipeline review every Monday",
        "Campaign calendar nobody reads",
        "Webinar leads go cold",
    ]


def test_a_name_of_four_words_marks_who_said_it_at_the_start_or_the_end(qtbot, window):
    # "@María José García López Leads go cold" became Maria's note "José García López Leads
    # go cold", and the same name picked from the @ list at the end of the line stayed in
    # the note, naming nobody: only names of up to three words were looked for.
    store = window.store
    maria = store.add_participant("María José García López", function="marketing")
    jan = store.add_participant("Jan van der Berg", function="sales")
    window._refresh_completer()
    qtbot.keyClicks(window.entry, "o: Pricing page is unclear @Jan")
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)  # the first name in the list
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)  # takes it
    assert window.entry.text() == "o: Pricing page is unclear @Jan van der Berg "
    qtbot.wait(10)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    window.entry.insert("@María José García López: leads go cold over the weekend")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    window.entry.insert("@Jan van der Berg Quotes wait for legal")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    notes = store.notes(window.shown_round_id())
    assert [(n.text, n.participant_id, n.function) for n in notes] == [
        ("Pricing page is unclear", jan.id, "other"),  # the typed prefix wins
        ("leads go cold over the weekend", maria.id, "marketing"),
        ("Quotes wait for legal", jan.id, "sales"),  # no prefix: Jan's function
    ]
    assert "roster" not in window.statusBar().currentMessage()


def test_an_anonymous_wall_hides_names_of_three_and_more_words(qtbot, window, presenter_up):
    # On the projector, "Typing: QBRs together @Ana Maria Lopez" showed the whole name (three
    # words at the end of the line) and "@Ana Maria Lopez said so" showed "@… Lopez said so".
    view = presenter_up
    assert window.store.session().anonymous
    ana = window.store.add_participant("Ana Maria Lopez", function="marketing")
    jan = window.store.add_participant("Jan van der Berg", function="sales")
    qtbot.keyClicks(view, "m: QBRs together @Ana Maria Lo")
    assert view.hint.text().startswith("Typing: m: QBRs together @…")
    assert "Maria" not in view.hint.text() and "Lo" not in view.hint.text()
    qtbot.keyClicks(view, "pez")
    assert "Lopez" not in view.hint.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    for typed in ("@Jan van der Berg: quotes wait for legal", "@Ana Maria Lopez said so"):
        for letter in typed:
            qtbot.keyClicks(view, letter)
            shown = view.hint.text()
            assert not any(word in shown for word in ("Maria", "Lopez", "van", "der", "Berg"))
        qtbot.keyClick(view, Qt.Key.Key_Return)
    notes = window.store.notes(window.shown_round_id())
    assert [(n.text, n.participant_id) for n in notes] == [
        ("QBRs together", ana.id),
        ("quotes wait for legal", jan.id),
        ("said so", ana.id),
    ]


def test_on_the_wall_ctrl_number_sets_the_function_and_ctrl_z_takes_a_note_back(
    qtbot, window, presenter_up
):
    # Typing on the wall (one screen), Ctrl+2 did nothing (the note went in as sales) and
    # Ctrl+Z did nothing either: only the clock's keys reached the main window from there.
    view = presenter_up
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(QLabel, "captureFunction").text() == "Marketing"
    assert view.hint.text() == "Notes count as marketing now (Ctrl+1 sales, Ctrl+3 other)."
    qtbot.keyClicks(view, "Campaign calendar nobody reads")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "Typo note")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "half typed")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.entry.text() == "" and "half" not in view.hint.text()  # the line's own
    rid = window.shown_round_id()
    assert [(n.text, n.function) for n in window.store.notes(rid)] == [
        ("Campaign calendar nobody reads", "marketing"),
        ("Typo note", "marketing"),
    ]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in window.store.notes(rid)] == ["Campaign calendar nobody reads"]
    assert view.hint.text() == "Undone: Add note “Typo note”."
    assert window.entry.text() == ""  # the line's own undo did not bring text back
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [n.text for n in window.store.notes(rid)] == [
        "Campaign calendar nobody reads",
        "Typo note",
    ]
    assert view.isVisible() and QApplication.activeWindow() is view


def test_paper_notes_signed_with_a_first_name_or_without_accents_go_to_the_roster_s_person(
    qtbot, window, tmp_path, monkeypatch
):
    # "Ben" on a paper note joined the roster as a second person beside Ben Okafor (one
    # more in the attendance, more dots allowed), and "ana lópez", linked to Ana Lopez,
    # was reported as "Added to the roster: ana lópez".
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    store = window.store
    store.add_participant("Anna Keller", function="marketing")
    store.add_participant("Anna Berg", function="sales")
    paper = tmp_path / "paper.csv"
    paper.write_text(
        "round,text,participant\n"
        "1,Webinar leads go cold,Ben\n"
        "1,Shared pipeline review,ana lópez\n"
        "1,Nobody reads the campaign calendar,Anna\n"
        "1,Quotes wait for legal,Carla\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(paper), ""))
    window.findChild(QAction, "importCsvAction").trigger()
    names = {p.id: p.name for p in store.participants()}
    notes = store.notes(window.store.round_at(1).id)
    assert [(n.text, names.get(n.participant_id), n.function) for n in notes] == [
        ("Webinar leads go cold", "Ben Okafor", "marketing"),
        ("Shared pipeline review", "Ana Lopez", "sales"),
        ("Nobody reads the campaign calendar", "Anna", "other"),  # two Annas: as written
        ("Quotes wait for legal", "Carla", "other"),
    ]
    status = window.statusBar().currentMessage()
    assert "Added to the roster: Anna, Carla." in status


def test_f2_with_a_name_not_on_the_roster_says_the_note_keeps_it(qtbot, window):
    # F2 on Ben's card and "... @Zed" to say it was Zed's: the card read "... @Zed — Ben
    # Okafor" and nothing said why (the capture line says it for the same line).
    from tests.ui.test_edit_and_read_only import _editor

    type_note(qtbot, window, "Leads wait four days @Ben")
    nid = window.store.notes(window.shown_round_id())[0].id
    window.board.card(nid).setSelected(True)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    editor = _editor(window)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " @Zed")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.store.note(nid).text == "Leads wait four days @Zed"
    assert window.statusBar().currentMessage() == (
        "“Zed” is not on the roster, so the note keeps the name as typed."
        " Session > People (Ctrl+Shift+P) adds people."
    )
