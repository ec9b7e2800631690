"""Labels read as names, never as a phrase cut in the middle, and keep acronyms as typed."""

from __future__ import annotations

from roundtable.clustering.labels import make_label, round_words

ROUND = [
    "OKRs written in separate rooms by separate people",
    "Our OKRs and theirs never line up",
    "Targets set in separate planning cycles",
    "Booth at the trade show was empty",
    "Nobody trusts the lead score anymore",
    "No one trusts the lead score",
    "Pipeline review every Monday, both teams",
    "Weekly pipeline review together works",
]


def test_a_lone_notes_label_finishes_the_phrase_its_fourth_word_began() -> None:
    words = round_words(ROUND)
    assert make_label([3], words, []) == "Booth at the trade show"  # not "... the trade"
    assert make_label([0], words, []) == "OKRs written in separate rooms"


def test_a_groups_label_does_not_stop_inside_a_phrase() -> None:
    words = round_words(ROUND)
    label = make_label([4, 5], words, [])
    assert label.lower().endswith("lead score"), label  # was "Trusts the lead"
    okrs = make_label([0, 1, 2], words, [])
    assert not okrs.lower().endswith(" separate"), okrs  # was "Okrs written in separate"
    assert okrs.startswith("OKRs"), okrs  # the acronym as the notes type it
