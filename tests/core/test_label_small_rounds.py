"""Labels in a small round (eight notes, two themes), where a theme's own word is in half the
round's notes and so looked too common to name anything."""

from __future__ import annotations

from roundtable.clustering import suggest_themes
from roundtable.clustering.labels import make_label, round_words

ROUND = [
    "How do other companies split the marketing budget between brand and demand?",
    "Budget for events is always decided without sales",
    "We fight over budget every quarter",
    "Marketing budget is cut first when targets slip",
    "Leads from webinars are never called back",
    "SDRs ignore webinar leads",
    "Follow-up on event leads takes two weeks",
    "Nobody owns the leads from trade shows",
]


def test_a_theme_is_named_by_the_word_its_notes_share_though_half_the_round_says_it() -> None:
    words = round_words(ROUND)
    # Was "Targets slip": its central note's last words, as "budget" was in 4 of 8 notes.
    assert make_label([0, 1, 2, 3], words, [], central=[3, 2]) == "Marketing budget"


def test_two_shared_words_are_in_the_order_a_note_writes_them() -> None:
    words = round_words(ROUND)
    # Was "Leads webinar" (from "leads from webinars"); a note says "webinar leads".
    label = make_label([4, 5, 6, 7], words, ["Marketing budget"], central=[5])
    assert label == "Webinar leads"


def test_the_suggested_themes_of_the_small_round_read_as_themes() -> None:
    labels = {t.label for t in suggest_themes(list(enumerate(ROUND)))}
    assert "Targets slip" not in labels
    assert any("budget" in label.lower() for label in labels)
