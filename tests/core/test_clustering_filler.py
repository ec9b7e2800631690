"""Notes that only agree ("+1", "same", "agree w/ Tom") are grouped by nobody: they say no
topic, and as themes of their own they crowded out the round's real ones."""

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
