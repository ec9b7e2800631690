"""What says nothing about a theme: notes that only agree ("+1", "same", "agree w/ Tom"),
grouped by nobody (as themes of their own they crowded out the round's real ones), and the
words of the round's own question, which name no theme."""

from __future__ import annotations

import pytest

from roundtable.clustering import says_only_agreement, sort_into_themes, suggest_themes

ROUND = [
    "Bonus paid on bookings, not on what marketing sourced",
    "+1",
    "Commission plan rewards discounting at quarter end",
    "same as above",
    "SDR comp ignores whether the meeting ever turns into pipeline",
    "Agree w Tom",
    "Webinar leads sit untouched for a week",
    "^^ this",
    "Nobody calls the trade show leads back",
    "Yes!! 🙌",
    "Half the MQLs never get a first call",
    "ditto",
]


@pytest.mark.parametrize(
    "text", ["+1", "same", "Same here, 100%", "ditto", "^^ this", "Agree w Tom", "yes 🙃"]
)
def test_notes_that_only_agree_are_recognised(text: str) -> None:
    assert says_only_agreement(text)


@pytest.mark.parametrize(
    "text",
    [
        "+1 to the comp thing",
        "Agreed, the SLA is dead",
        "same problem with webinar leads",
        "Tom runs a great pipeline review",
        "AI",
        "😬",
    ],
)
def test_notes_with_a_topic_are_not_agreement(text: str) -> None:
    assert not says_only_agreement(text)


def test_agreeing_notes_are_in_no_suggested_theme_and_the_real_ones_are() -> None:
    notes = list(enumerate(ROUND, start=1))
    themes = suggest_themes(notes)
    placed = {nid for t in themes for nid in t.note_ids}
    agreeing = {nid for nid, text in notes if says_only_agreement(text)}
    assert len(agreeing) == 6
    assert placed.isdisjoint(agreeing)
    assert placed == {nid for nid, _ in notes} - agreeing
    assert len(themes) >= 2
    assert all(not says_only_agreement(t.label) for t in themes)


def test_sorting_leaves_agreeing_notes_where_they_are() -> None:
    themes = {
        "Compensation": [ROUND[0], ROUND[2]],
        "Lead follow-up": [ROUND[6], ROUND[8]],
    }
    places = sort_into_themes(["+1", "Agree w Tom", "Nobody follows up the webinar leads"], themes)
    assert places[:2] == [None, None]
    assert places[2] == "Lead follow-up"


LOST_AFTER_DEMO = [
    "Demo went fine, then the price killed it",
    "After the demo they asked for 40% off",
    "Great demo, then the CFO said there is no budget",
    "Demo environment crashed twice in one call",
    "Our demo was generic, nothing about their use case",
    "The champion left a week after the demo",
    "Procurement sat on the contract for two months",
    "Security review after the demo took six weeks",
    "They went quiet after the demo, no reply to five emails",
]


def test_no_theme_is_named_after_a_word_of_the_question(path: str) -> None:
    # Under "Where do we lose deals after the demo?" a theme was called "Great demo": the
    # word every note answers with names nothing.
    notes = list(enumerate(LOST_AFTER_DEMO))
    question = "Lost after the demo. Where do we lose deals after the demo?"
    unasked = [t.label for t in suggest_themes(notes)]
    assert any("demo" in label.lower() for label in unasked)  # what it did without
    labels = [t.label for t in suggest_themes(notes, question=question)]
    assert labels and not any("demo" in label.lower() for label in labels), labels
