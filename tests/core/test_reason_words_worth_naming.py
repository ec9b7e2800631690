"""A suggestion's reason names the words that tie its notes together, not a rank, a word
of how the two functions work together, or a verb: the preview said "Shared words: top."
under "Planning campaigns together" (from "top objections" and "top 20 account plans")
and "Shared words: written."; with no word worth naming, the notes are close in meaning."""

from __future__ import annotations

from roundtable.clustering.labels import round_words
from roundtable.clustering.reasons import make_reason, shared_words

WALKTHROUGH = [
    "Campaign briefs start from sales' top objections",
    "Joint quarterly planning day",
    "Marketing joins the top 20 account plans",
    "Case studies written with the account manager",
    "Pricing page written together",
    "Weekly pipeline call with marketing in the room",
    "Shared bonus on pipeline, not just closed deals",
    "Trade show follow-up owned by sales",
]


def test_a_template_themes_reason_names_no_rank_and_no_verb() -> None:
    words = round_words(WALKTHROUGH)
    assert shared_words([0, 1, 2], words) == ""
    assert shared_words([3, 4], words) == ""
    assert shared_words([5, 6], words) == "Shared words: pipeline."


def test_an_open_groups_reason_says_close_in_meaning_when_no_word_is_worth_naming() -> None:
    words = round_words(
        [
            "Pricing went live without sales knowing",
            "Nobody told us the portal was live",
            "One shared target for both teams",
            "A shared dashboard",
            "Events budget cut again",
        ]
    )
    assert make_reason([0, 1], words) == "2 notes close in meaning."
    assert make_reason([2, 3], words) == "2 notes close in meaning."
