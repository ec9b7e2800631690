"""A label does not end on the verb of a phrasal verb whose particle follows ("Finance
signed" off), nor on a verb of seeming ("Quarter looks" like); a group whose words stand
together in no note is named by one of its notes, not by a word of each ("Lunch sponsors");
and a reason names neither the room's words in German, French or Spanish ("Vertrieb",
"ventes") nor the French "à"."""

from __future__ import annotations

from roundtable.clustering.labels import make_label, round_words
from roundtable.clustering.reasons import make_reason
from tests.core.test_label_reads_as_a_theme import OTHERS


def _label(notes: list[str], members: list[int], central: list[int] | None = None) -> str:
    return make_label(members, round_words([*notes, *OTHERS]), [], central or [])


def test_a_lone_notes_label_does_not_end_on_half_a_phrasal_verb() -> None:
    label = _label(["finance signed off new partner discount bands"], [0])
    assert label == "Partner discount bands"  # was "Finance signed" (off)


def test_a_lone_notes_opening_words_keep_what_comes_before_a_phrasal_verb() -> None:
    label = _label(["channel desk hands off renewals to nobody in particular"], [0])
    assert label == "Channel desk"  # was "Channel desk hands"


def test_a_groups_phrase_does_not_end_on_half_a_phrasal_verb() -> None:
    notes = [
        "webinar follow up falls between the cracks",
        "webinar follow up goes to an intern",
        "webinar slides arrive the night before",
    ]
    assert _label(notes, [0, 1, 2], [0]) == "Webinar follow up"  # was "Webinar follow"


def test_a_verb_of_seeming_does_not_end_a_lone_notes_label() -> None:
    # was "Good quarter looks" and "Quarter looks"
    assert _label(["what a good quarter looks like, nobody agrees"], [0]) == "Good quarter"
    assert _label(["nobody says what a good quarter looks like"], [0]) == "Good quarter"


def test_a_group_with_no_common_phrase_is_named_by_one_note() -> None:
    notes = ["sponsors want to go first", "no lunch, again"]
    # was "Lunch sponsors": one word of each note
    assert _label(notes, [0, 1], [0]) == "Sponsors want to go first"


_MIXED_ROOM = [
    "Vertrieb und Marketing brauchen ein gemeinsames Ziel",
    "der Vertrieb sieht die Kampagnen zu spät",
    "les ventes ne lisent pas le brief",
    "ventes et marketing au même séminaire",
    "le devis part à la fin du mois",
    "relance à 30 jours, toujours trop tard",
    *OTHERS,
]


def test_a_reason_does_not_name_the_german_word_for_sales() -> None:
    words = round_words(_MIXED_ROOM)
    assert make_reason([0, 1], words) == "2 notes close in meaning."  # was "...: Vertrieb."


def test_a_reason_does_not_name_the_french_word_for_sales() -> None:
    words = round_words(_MIXED_ROOM)
    assert make_reason([2, 3], words) == "2 notes close in meaning."  # was "...: ventes."


def test_a_reason_does_not_name_the_french_small_word_a() -> None:
    words = round_words(_MIXED_ROOM)
    assert make_reason([4, 5], words) == "2 notes close in meaning."  # was "...: à."
