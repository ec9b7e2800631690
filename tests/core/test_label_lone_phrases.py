"""A theme of one note is named by a stretch of the note that reads as a phrase, never by two
of its words that stand apart ("Cover land"); and no label opens or ends on a verb's past
form ("Deck sat", "Slides went") or on the verb after "never"."""

from __future__ import annotations

from roundtable.clustering.labels import make_label, round_words
from tests.core.test_label_reads_as_a_theme import OTHERS


def _label(notes: list[str], members: list[int]) -> str:
    return make_label(members, round_words([*notes, *OTHERS]), [])


def test_a_lone_note_is_named_by_a_phrase_it_writes() -> None:
    assert _label(["cover for us when a big launch doesn't land"], [0]) == "Big launch"
    staying = _label(["staying with the old vendor is always easier"], [0])
    assert staying == "Staying with the old vendor"  # was "Easier staying"


def test_a_lone_note_with_no_phrase_to_name_it_is_named_by_its_opening_words() -> None:
    label = _label(["tell us which ones became opportunities"], [0])
    # Whole: six words fit a label ("Tell us which ones became…" cut one short of the end;
    # before that it was "Became opportunities").
    assert label == "Tell us which ones became opportunities"


def test_a_note_named_by_all_its_words_has_no_ellipsis() -> None:
    label = _label(["no way to see which deals it influenced"], [0])
    assert label == "No way to see which deals it influenced"  # was "Deals influenced"


def test_a_lone_note_that_opens_with_never_is_named_by_what_it_is_about() -> None:
    assert _label(["Never debrief the lost deals"], [0]) == "Lost deals"


def test_a_lone_notes_label_does_not_end_on_an_irregular_past_form() -> None:
    assert _label(["the partner portal got forgotten"], [0]) == "Partner portal"


def test_a_groups_label_does_not_end_on_an_irregular_past_form() -> None:
    webinar = [
        "webinar sat in legal review for a month",
        "our webinar deck sat with compliance",
        "sat on the webinar approval forever",
    ]
    assert _label(webinar, [0, 1, 2]) == "Deck sat with compliance"  # was "Deck sat"
    slides = ["the roadmap slides went out unapproved", "slides went to the customer early"]
    assert _label(slides, [0, 1]) == "Roadmap slides"  # was "Slides went"
    talk = [
        "we went to the talk track workshop",
        "the talk track is gone",
        "talk track training gone stale",
    ]
    assert _label(talk, [0, 1, 2]) == "Talk track"  # was "Talk track training gone"
