"""A label keeps a participle that is the note's point ("Spring promo calendar frozen",
"Scored on MQLs"), reads as words one note writes together (not "Camps deck" from two notes,
nor "Y heard daily" across a quote's end), and a reason does not name a word every theme of a
sales and marketing room says ("linked by the word: sales")."""

from __future__ import annotations

from roundtable.clustering.labels import make_label, round_words
from roundtable.clustering.reasons import make_reason
from tests.core.test_label_reads_as_a_theme import OTHERS


def _label(notes: list[str], members: list[int], central: list[int] | None = None) -> str:
    return make_label(members, round_words([*notes, *OTHERS]), [], central or [])


def test_a_lone_note_keeps_the_state_its_thing_is_in() -> None:
    label = _label(["spring promo calendar frozen by march 1"], [0])
    assert label == "Spring promo calendar frozen"  # was "Spring promo calendar"


def test_a_participle_after_we_are_opens_a_label() -> None:
    notes = [
        "we're scored on MQLs, the account signs a year later",
        "nobody reads the whitepapers we write",
    ]
    assert _label(notes, [0, 1], [0, 1]) == "Scored on MQLs"  # was "Account signs"


def test_a_groups_label_is_not_two_words_from_different_notes() -> None:
    notes = [
        "three camps, three offices",
        "them and us at every review",
        "no simple way to say 'that deck was great'",
    ]
    assert _label(notes, [0, 1, 2], [0]) == "Three camps"  # was "Camps deck"


def test_a_label_does_not_run_across_the_end_of_a_quote() -> None:
    notes = [
        "a monthly 'what buyers said' mail",
        "borrow their wording in our ads",
        "one chat room for customer soundbites",
        "'too pricey next to Y' heard daily, what do we reply",
    ]
    label = _label(notes, [0, 1, 2, 3], [3, 0])
    assert "heard" not in label.lower(), label  # was "Y heard daily"


def test_a_reason_does_not_name_a_word_every_theme_of_the_room_says() -> None:
    words = round_words(
        [
            "sales never sees the webinar list",
            "sales asks for the deck too late",
            "sales forecast ignores the events",
            "sales forecast is a guess",
            "the sales kickoff runs long",
            *OTHERS,
        ]
    )
    # was "2 notes linked by the word: sales."
    assert make_reason([0, 1], words) == "2 notes close in meaning."
    # was "3 notes linked by the words: sales, forecast."
    assert make_reason([2, 3, 4], words) == "3 notes, 2 of them linked by the word: forecast."
