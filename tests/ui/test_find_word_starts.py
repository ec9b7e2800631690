"""Find (Ctrl+F) finds a word typed where a word starts: "lead" finds "leads" and
"Lead-Scoring", not "misleading"; "ana" no longer finds "managers". The same for the
board's cards, the themes' names, the action items and the count beside the line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLabel

from tests.ui.test_find_notes import find, shown_headers
from tests.ui.test_find_themes_and_actions import listed_actions
from tests.ui.test_main_window import type_note
from tests.ui.test_walkthrough_facilitator import visible_cards as shown_cards

NO_KEYS = Qt.KeyboardModifier.NoModifier


def typed_in(qtbot, window, text: str) -> None:
    """A note typed with letters keyClicks cannot type (accents): put in, then Enter."""
    window.entry.insert(text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)


def count(window) -> str:
    return window.findChild(QLabel, "findCount").text()


def test_a_word_typed_finds_the_words_it_starts_not_the_middle_of_others(qtbot, window):
    for note in (
        "Nobody owns Lead-Scoring",
        "The lead's owner changes every month",
        "Leads go cold after events",
        "Misleading numbers on the dashboard",
        "Account managers never see the MQL/SLA",
    ):
        type_note(qtbot, window, note)
    line = find(qtbot, window, "lead")
    assert shown_cards(window) == [
        "Nobody owns Lead-Scoring",
        "The lead's owner changes every month",
        "Leads go cold after events",
    ]
    assert count(window).startswith("3 of 5 notes. ")

    line.clear()
    qtbot.keyClicks(line, "ana")  # was in "managers"
    assert shown_cards(window) == []
    assert count(window) == "No note in this round has “ana”."

    line.clear()
    qtbot.keyClicks(line, "SLA")  # a word of its own after a slash
    assert shown_cards(window) == ["Account managers never see the MQL/SLA"]
    line.clear()
    qtbot.keyClicks(line, "scoring")  # and after a hyphen
    assert shown_cards(window) == ["Nobody owns Lead-Scoring"]


def test_one_letter_finds_the_notes_with_a_word_starting_with_it(qtbot, window):
    for note in ("Every lead waits", "The pipeline review", "Briefs come late"):
        type_note(qtbot, window, note)
    line = find(qtbot, window, "e")  # an "e" is in every note: none were left out
    assert shown_cards(window) == ["Every lead waits"]
    assert count(window).startswith("1 of 3 notes. ")
    qtbot.keyClicks(line, " w")
    assert shown_cards(window) == ["Every lead waits"]
    qtbot.keyClicks(line, "x")
    assert shown_cards(window) == []


def test_german_notes_accents_either_way_and_closed_compounds(qtbot, window):
    for note in (
        "Die Übergabe an den Vertrieb dauert zu lange",
        "Leadscoring fehlt ganz",
        "Das Vertriebsteam ruft zu spät an",
        "Team-Meeting jeden Montag",
        "Ubergabe per E-Mail geht verloren",
    ):
        typed_in(qtbot, window, note)
    line = find(qtbot, window, "ubergabe")  # typed without the accent
    assert shown_cards(window) == [
        "Die Übergabe an den Vertrieb dauert zu lange",
        "Ubergabe per E-Mail geht verloren",
    ]
    line.setText("Übergabe")  # and with it, where one note has none
    assert len(shown_cards(window)) == 2
    line.clear()
    for letter in "SPÄ":  # keys with their letters (keyClicks types ASCII only)
        QTest.sendKeyEvent(QTest.KeyAction.Click, line, Qt.Key.Key_unknown, letter, NO_KEYS)
    assert line.text() == "SPÄ"
    assert shown_cards(window) == ["Das Vertriebsteam ruft zu spät an"]

    # A long word is found inside a closed compound; a short one only where a word starts.
    line.setText("scoring")
    assert shown_cards(window) == ["Leadscoring fehlt ganz"]
    line.setText("team")
    assert shown_cards(window) == ["Team-Meeting jeden Montag"]
    line.setText("vertriebsteam")
    assert shown_cards(window) == ["Das Vertriebsteam ruft zu spät an"]


def test_theme_names_and_action_items_go_by_word_starts_too(qtbot, window):
    type_note(qtbot, window, "Leads go cold")
    type_note(qtbot, window, "Numbers nobody trusts")
    rid = window.shown_round_id()
    numbers = next(n.id for n in window.store.notes(rid) if n.text == "Numbers nobody trusts")
    theme = window.store.add_theme(rid, "Misleading dashboards")
    window.store.assign_notes([numbers], theme.id)
    window.store.add_action("Brief the account managers", owner="Ben Okafor")
    window.store.add_action("Send the price list", owner="Ana Lopez")

    line = find(qtbot, window, "lead")
    assert shown_cards(window) == ["Leads go cold"]
    assert not any(h.startswith("Found: ") for h in shown_headers(window))
    assert count(window) == (
        "1 of 2 notes. Enter: to the first, Esc: close."  # no theme, no action item
    )

    line.clear()
    qtbot.keyClicks(line, "ana")  # an owner, not "managers"
    assert listed_actions(window) == ["Send the price list"]
    assert count(window) == (
        "No note in this round has “ana”; 1 action item in the Action items panel."
        " Enter: to the first action item."
    )
    said = window.findChild(QDockWidget, "actionsDock").findChild(QLabel, "actionsFound")
    assert said.text() == (
        "Find “ana”: 1 of 2 action items listed, 1 hidden until Find closes (Esc in its line)."
    )


def test_the_count_of_other_rounds_goes_by_word_starts(qtbot, demo_window):
    win = demo_window
    qtbot.waitExposed(win)
    broken = next(r for r in win.store.rounds() if r.title == "Why it's broken")
    win.show_round(broken.id)
    # "Case studies picked by the account managers" (round 2) held "ana" in a word.
    find(qtbot, win, "ana")
    assert count(win) == "No note in this round has “ana”."
