"""A theme's label is a name, not half a sentence: it does not end on a preposition ("Coffee
cart parked behind"), nor stop at a subject and its verb ("BDRs sit", "Brochure reads"), nor
open on a verb's particle ("Back to old price sheets"); a note's opening words, when cut, stop
at the end of their first clause ("We should see the roadmap"), and a group is never named by
two words its notes keep apart ("Flyer price")."""

from __future__ import annotations

from roundtable.clustering.label_verbs import bare_verb
from roundtable.clustering.label_words import tokens
from roundtable.clustering.labels import make_label, round_words
from roundtable.clustering.lone_label import first_words
from roundtable.clustering.lone_phrase import lone_phrase

# Notes on other topics, so that the ones under test are not said all over the round.
ELSEWHERE = [
    "Quarterly planning happens in two separate rooms",
    "Nobody agrees on one revenue number",
    "Trial accounts never get a follow-up call",
    "Partner portal logins expire every month",
    "Case studies are two years old",
    "Onboarding takes six weeks",
]


def label(notes: list[str], members: list[int] | None = None) -> str:
    members = members if members is not None else list(range(len(notes)))
    return make_label(members, round_words([*notes, *ELSEWHERE]), [], members[:1])


def test_a_lone_notes_label_does_not_end_on_a_preposition() -> None:
    # It read "Coffee cart parked behind": what it is behind was cut off.
    assert label(["coffee cart parked behind, nobody finds it"]) == "Coffee cart"


def test_a_subject_and_its_bare_verb_name_no_theme() -> None:
    # "BDRs sit", "Field engineers wait", "Installers wander": the word after the verb
    # ("next", "for", "back") shows it is one, though no list of verbs has it.
    assert label(["BDRs sit next to the events crew now"]) == "Events crew"
    assert label(["field engineers wait for the spec sheet reprint"]) == "Field engineers"
    assert label(["installers wander back to the old price sheet"]) == "Price sheet"


def test_a_verb_after_its_subject_takes_its_phrase_up_to_the_noun() -> None:
    # "Brochure reads" and "Planners sit" said half of what the note says.
    assert label(["the brochure reads like a manual"]) == "Brochure reads like a manual"
    assert label(["planners sit in a shared inbox for days"]) == "Planners sit in a shared inbox"


def test_a_plural_that_says_what_a_noun_is_for_is_no_subject() -> None:
    assert label(["events calendar in the shared drive is never current"]) == "Events calendar"
    raw, joined, cut, _glue = tokens("events calendar in the shared drive")
    assert not bare_verb(raw, joined, cut, 1)  # "calendar"
    # After "nobody", "covers" is the verb and "chat" what it covers.
    raw, joined, cut, _glue = tokens("nobody covers chat on weekends")
    assert not bare_verb(raw, joined, cut, 2)
    raw, joined, cut, _glue = tokens("SDRs sit next to the events crew")
    assert bare_verb(raw, joined, cut, 1)


def test_a_name_does_not_open_on_the_particle_of_a_verb() -> None:
    # "planners wander back to old price sheets" was named "Back to old price sheets".
    assert lone_phrase("planners wander back to old price sheets", ()) == "Old price sheets"


def test_opening_words_cut_short_stop_at_the_end_of_their_first_clause() -> None:
    # It read "We should see the roadmap - today…", cut in the middle of the next clause.
    cut = first_words("we should see the roadmap - today it sits in one slide deck", (), own=False)
    assert cut == "We should see the roadmap"
    # A first clause that leads on to the next says nothing alone: still cut, with "…".
    lead = first_words("whatever we buy, keep it for two years please", (), own=False)
    assert lead.startswith("Whatever we buy, keep it") and lead.endswith("…")


def test_a_group_is_not_named_by_two_words_its_notes_keep_apart() -> None:
    # Both notes say "price" and "flyer", neither side by side: "Flyer price" was no name.
    got = make_label(
        [0, 1], round_words(["price wrong on every flyer", "flyer had the old price"]), []
    )
    assert got == "Price wrong on every flyer"
