"""Find (Ctrl+F) finds more than notes' text: a facilitator looks for "the theme about pay"
or "the action Daniel owns". A theme whose name holds the words keeps all its cards, under
a header marked as found; the Actions panel lists only the items whose text, owner or theme
holds them, and says how many it hides; the line beside Find says what was found where."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QLineEdit

from tests.ui.test_find_notes import find, shown_headers
from tests.ui.test_main_window import type_note
from tests.ui.test_walkthrough_facilitator import visible_cards

CTRL = Qt.KeyboardModifier.ControlModifier


def round_titled(win, title: str):
    return next(r for r in win.store.rounds() if r.title == title)


def notes_of(win, theme_label: str) -> list[str]:
    theme = next(t for t in win.store.themes() if t.label == theme_label)
    return [n.text for n in win.store.notes(theme.round_id) if n.theme_id == theme.id]


def shown_texts(win) -> list[str]:
    return [card.split("\n")[0] for card in visible_cards(win)]


def listed_actions(win) -> list[str]:
    panel = win.findChild(QDockWidget, "actionsDock").widget()
    return [row[0] for row in panel.shown_rows()]


def close_find(qtbot, win) -> None:
    qtbot.keyClick(win.entry, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(win.findChild(QLineEdit, "findNotes"), Qt.Key.Key_Escape)


def test_a_theme_found_by_its_name_keeps_all_its_cards_under_a_marked_header(qtbot, demo_window):
    win = demo_window
    qtbot.waitExposed(win)
    win.show_round(round_titled(win, "Why it's broken").id)
    all_headers = shown_headers(win)
    # No note says "goals" or "pay": the theme's name does.
    find(qtbot, win, "PAY goals")
    theme_notes = notes_of(win, "Different goals, different pay")
    assert len(theme_notes) >= 2
    assert shown_texts(win) == theme_notes
    (header,) = shown_headers(win)
    assert header.startswith("Found: Different goals, different pay — ")
    item = next(
        win.board.item(i) for i in range(win.board.count()) if win.board.item(i).text() == header
    )
    assert item.background().color().name() == "#ffc857"  # on a band of its own colour
    count = win.findChild(QLabel, "findCount")
    assert (
        count.text() == f"{len(theme_notes)} of 22 notes, 1 theme. Enter: to the first, Esc: close."
    )

    # Enter goes to the theme's first card.
    qtbot.keyClick(win.findChild(QLineEdit, "findNotes"), Qt.Key.Key_Return)
    assert win.board.hasFocus() and win.board.currentItem().text().startswith(theme_notes[0])

    close_find(qtbot, win)
    assert shown_headers(win) == all_headers  # the mark gone, every header back
    assert not any(h.startswith("Found:") for h in shown_headers(win))


def test_other_themes_cards_are_still_found_by_their_own_words(qtbot, demo_window):
    win = demo_window
    qtbot.waitExposed(win)
    win.show_round(round_titled(win, "Why it's broken").id)
    find(qtbot, win, "different")  # a theme's name, and a note in another theme
    theme_notes = notes_of(win, "Different goals, different pay")
    rid = win.shown_round_id()
    by_words = [
        n.text
        for n in win.store.notes(rid)
        if "different" in n.text.casefold() and n.text not in theme_notes
    ]
    assert by_words, "the example should have a note with the word outside the theme"
    assert set(shown_texts(win)) == set(theme_notes) | set(by_words)
    marked = [h for h in shown_headers(win) if h.startswith("Found: ")]
    assert [h.split(" — ")[0] for h in marked] == ["Found: Different goals, different pay"]


def test_the_actions_panel_lists_only_the_items_found_until_find_closes(qtbot, demo_window):
    win = demo_window
    qtbot.waitExposed(win)
    win.show_round(round_titled(win, "Why it's broken").id)
    dock = win.findChild(QDockWidget, "actionsDock")
    dock.raise_()
    everything = listed_actions(win)
    assert len(everything) == 3
    line = find(qtbot, win, "daniel")  # an owner: Daniel Cho
    assert listed_actions(win) == ["Pilot a 24-hour follow-up SLA on inbound demo requests"]
    said = win.findChild(QLabel, "actionsFound")
    assert said.isVisible()
    assert said.text() == (
        "Find “daniel”: 1 of 3 action items listed, 2 hidden until Find closes (Esc in its line)."
    )
    assert win.findChild(QLabel, "findCount").text() == (
        "No note in this round has “daniel”; 1 action item in the Action items panel."
        " Enter: to the first action item."
    )
    # By the theme it came from: "qualified" is in no item's text, but in its theme's name.
    line.clear()
    qtbot.keyClicks(line, "qualified")
    assert listed_actions(win) == ["Write a one-page lead definition both VPs sign"]

    close_find(qtbot, win)
    assert listed_actions(win) == everything
    assert not said.isVisible()


def test_when_only_action_items_are_found_enter_goes_to_the_first(qtbot, demo_window):
    win = demo_window
    qtbot.waitExposed(win)
    votes = win.findChild(QDockWidget, "votesDock")
    if votes is not None:
        votes.raise_()  # the Actions panel behind another: Enter brings it in front
    line = find(qtbot, win, "jonas")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    dock = win.findChild(QDockWidget, "actionsDock")
    table = dock.widget().table
    assert not dock.visibleRegion().isEmpty()
    assert QApplication.focusWidget() is table
    assert (
        table.currentIndex().data() == "Propose a shared pipeline target for next year's bonus plan"
    )


def test_the_count_names_notes_themes_and_action_items(qtbot, demo_window):
    win = demo_window
    qtbot.waitExposed(win)
    win.show_round(round_titled(win, "Why it's broken").id)
    find(qtbot, win, "lead")
    shown = len(visible_cards(win))
    assert win.findChild(QLabel, "findCount").text() == (
        f"{shown} of 22 notes, 1 theme, 1 action item in the Action items panel."
        " Enter: to the first, Esc: close."
    )


def test_an_action_item_added_during_a_search_stays_listed(qtbot, window):
    window.store.add_action("Send the pricing sheet", owner="Ana")
    window.store.add_action("Book the follow-up meeting", owner="Ben")
    panel = window.findChild(QDockWidget, "actionsDock").widget()
    find(qtbot, window, "ana")
    assert listed_actions(window) == ["Send the pricing sheet"]
    panel.entry.setFocus()
    qtbot.keyClicks(panel.entry, "Call the venue")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    # It does not hold "ana", but it was just typed here: it stays until the search changes.
    assert listed_actions(window) == ["Send the pricing sheet", "Call the venue"]
    assert (
        window.findChild(QLabel, "findCount")
        .text()
        .endswith("1 action item in the Action items panel. Enter: to the first action item.")
    )


def test_a_note_typed_ends_the_search_in_the_actions_panel_too(qtbot, window):
    window.store.add_action("Send the pricing sheet", owner="Ana")
    window.store.add_action("Book the follow-up meeting", owner="Ben")
    find(qtbot, window, "pricing")
    assert listed_actions(window) == ["Send the pricing sheet"]
    window.entry.setFocus()
    type_note(qtbot, window, "Pricing page confuses buyers")
    assert listed_actions(window) == ["Send the pricing sheet", "Book the follow-up meeting"]
    assert not window.findChild(QLabel, "actionsFound").isVisible()


def test_a_theme_found_keeps_to_the_function_shown(qtbot, demo_window):
    win = demo_window
    qtbot.waitExposed(win)
    win.show_round(round_titled(win, "Why it's broken").id)
    qtbot.keyClick(win.entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # marketing
    find(qtbot, win, "pay goals")
    theme = next(t for t in win.store.themes() if t.label == "Different goals, different pay")
    marketing = [
        n.text
        for n in win.store.notes(theme.round_id)
        if n.theme_id == theme.id and n.function == "marketing"
    ]
    assert 0 < len(marketing) < len(notes_of(win, theme.label))
    assert shown_texts(win) == marketing
    assert [h.split(" — ")[0] for h in shown_headers(win)] == [f"Found: {theme.label}"]


def test_a_theme_found_in_another_round_is_counted_there_and_enter_shows_it(qtbot, demo_window):
    win = demo_window
    qtbot.waitExposed(win)
    win.show_round(round_titled(win, "Why it's broken").id)
    line = find(qtbot, win, "shoes")  # "Walk in each other's shoes", a theme of round 4
    theme_notes = notes_of(win, "Walk in each other's shoes")
    assert win.findChild(QLabel, "findCount").text() == (
        f"No note in this round has “shoes”; {len(theme_notes)} in round 4 (Game changers)."
        " Enter: to round 4."
    )
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert win.shown_round_id() == round_titled(win, "Game changers").id
    assert shown_texts(win) == theme_notes
    assert [h.split(" — ")[0] for h in shown_headers(win)] == ["Found: Walk in each other's shoes"]


def test_a_theme_found_with_no_card_shown_still_shows_its_marked_header(qtbot, window):
    type_note(qtbot, window, "s: Leads wait four days")
    window.store.add_theme(window.shown_round_id(), "Pricing confusion")  # no notes yet
    find(qtbot, window, "pricing")
    assert visible_cards(window) == []
    assert [h.split(" — ")[0] for h in shown_headers(window)] == ["Found: Pricing confusion"]
    assert window.findChild(QLabel, "findCount").text() == (
        "No note in this round has “pricing”; 1 theme found by name, with no card shown."
        " Esc: close."
    )
