"""Edit > Find notes (Ctrl+F): only the cards holding the words typed, in the shown round."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tests.ui.test_main_window import type_note
from tests.ui.test_walkthrough_facilitator import visible_cards as shown_cards

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_headers(win) -> list[str]:
    board = win.board
    return [
        board.item(i).text()
        for i in range(board.count())
        if board.item(i).data(Qt.ItemDataRole.UserRole) != "note" and not board.item(i).isHidden()
    ]


def find(qtbot, win, text: str) -> QLineEdit:
    qtbot.keyClick(win.entry, Qt.Key.Key_F, CTRL)
    line = win.findChild(QLineEdit, "findNotes")
    assert line.isVisible() and line.hasFocus()
    qtbot.keyClicks(line, text)
    return line


def test_find_keeps_the_cards_with_every_word_whatever_case_or_accents(qtbot, window):
    window.entry.insert("L'équipe marketing n'appelle jamais les leads")  # (keyClicks: ASCII)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    for note in (
        "Leads from webinars go cold",
        "Pricing page confuses buyers",
        "Nobody owns the lead handover",
    ):
        type_note(qtbot, window, note)
    line = find(qtbot, window, "LEAD")
    assert shown_cards(window) == [
        "L'équipe marketing n'appelle jamais les leads",
        "Leads from webinars go cold",
        "Nobody owns the lead handover",
    ]
    count = window.findChild(QLabel, "findCount")
    assert count.text().startswith("3 of 4 notes")
    qtbot.keyClicks(line, " equipe")  # words in any order, accents not needed
    assert shown_cards(window) == ["L'équipe marketing n'appelle jamais les leads"]

    # Enter goes to the card found, for F2, Del or Ctrl+G.
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.board
    assert window.board.currentItem().text().startswith("L'équipe")

    qtbot.keyClick(window.entry, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert not line.isVisible()
    assert len(shown_cards(window)) == 4
    assert QApplication.focusWidget() is window.entry


def test_a_search_hides_the_themes_it_leaves_empty_and_says_where_else_to_look(qtbot, demo_window):
    win = demo_window
    qtbot.waitExposed(win)
    win.show_round(win.store.rounds()[2].id)  # "Why it's broken", in five themes
    all_headers = shown_headers(win)
    line = find(qtbot, win, "commission")
    assert shown_cards(win) == ["My reps get commission, marketing gets a pat on the back"]
    assert [h.split(" — ")[0] for h in shown_headers(win)] == ["Different goals, different pay"]

    line.clear()
    qtbot.keyClicks(line, "zebra")
    assert shown_cards(win) == []
    assert win.findChild(QLabel, "findCount").text() == "No note in this round has “zebra”."

    line.clear()
    assert shown_headers(win) == all_headers

    qtbot.keyClicks(line, "benchmark")  # a hope of the welcome round, not in this round
    said = win.findChild(QLabel, "findCount").text()
    assert said.startswith("No note in this round has “benchmark”; ")
    assert "in round 1 (Welcome)" in said


def test_a_note_added_while_searching_ends_the_search_so_it_shows(qtbot, window):
    type_note(qtbot, window, "Pricing page confuses buyers")
    type_note(qtbot, window, "Leads go cold")
    line = find(qtbot, window, "pricing")
    assert shown_cards(window) == ["Pricing page confuses buyers"]
    window.entry.setFocus()
    type_note(qtbot, window, "Nobody owns the handover")
    assert not line.isVisible() and line.text() == ""
    assert shown_cards(window) == [
        "Pricing page confuses buyers",
        "Leads go cold",
        "Nobody owns the handover",
    ]
    assert "Search closed" in window.statusBar().currentMessage()


def test_notes_from_phones_keep_the_search_and_are_sorted_in_or_out(qtbot, window):
    # The room's phones send notes all through the round: each closed the facilitator's
    # search. A phone's note that holds the words shows among the matches; others wait.
    type_note(qtbot, window, "Pricing page confuses buyers")
    type_note(qtbot, window, "Leads go cold")
    line = find(qtbot, window, "pricing")
    rid = window.shown_round_id()
    window.store.add_note(rid, "Nobody owns the handover", source="device")
    window.store.add_note(rid, "Pricing tiers change too often", source="device")
    count = window.findChild(QLabel, "findCount")
    qtbot.waitUntil(lambda: count.text().startswith("2 of 4 notes"))
    assert line.isVisible() and line.text() == "pricing"
    assert shown_cards(window) == ["Pricing page confuses buyers", "Pricing tiers change too often"]


def test_find_and_the_function_filter_work_together(qtbot, window):
    type_note(qtbot, window, "s: Leads wait four days")
    type_note(qtbot, window, "m: Leads are scored by nobody")
    type_note(qtbot, window, "m: Briefs come late")
    qtbot.keyClick(window.entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    find(qtbot, window, "leads")
    assert shown_cards(window) == ["Leads are scored by nobody"]
    window.findChild(QLineEdit, "findNotes").setFocus()
    qtbot.keyClick(window.findChild(QLineEdit, "findNotes"), Qt.Key.Key_Escape)
    assert shown_cards(window) == ["Leads are scored by nobody", "Briefs come late"]


def test_a_card_edited_during_a_search_stays_until_the_search_changes(qtbot, window):
    for note in ("Nobody owns the lead hadnover", "Leads from webinars go cold", "Pricing"):
        type_note(qtbot, window, note)
    line = find(qtbot, window, "hadnover")
    assert shown_cards(window) == ["Nobody owns the lead hadnover"]
    qtbot.keyClick(line, Qt.Key.Key_Return)  # to the card found
    qtbot.keyClick(window.board, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Nobody owns the lead handover")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            [n.text for n in window.store.notes(window.shown_round_id())][0]
            == "Nobody owns the lead handover"
        )
    )
    # The typo fixed was the word found: the card stays, with its new text.
    assert shown_cards(window) == ["Nobody owns the lead handover"]
    qtbot.keyClicks(line, "x")  # a new search: it goes by its words again
    assert shown_cards(window) == []
    line.clear()
    qtbot.keyClicks(line, "hadnover")
    assert shown_cards(window) == []
