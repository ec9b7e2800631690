"""A German group's label in a round whose English notes use one of its nouns as a verb:
"we plan the events" made "plan" a verb, the German "Plan" was taken out of the words that
name the group, and making the label then failed on the words left: Ctrl+G on the three
German notes named the theme "Theme 1"."""

from __future__ import annotations

from roundtable.clustering.labels import make_label, round_words

ENGLISH = [
    "we plan the events too late",
    "they plan the budget without sales",
    "Reps ignore the scores",
    "webinar leads are cold",
    "Pricing page confuses buyers",
    "Discounts given too early",
    "Demo environment keeps breaking",
    "Lead scoring is a black box",
]
GERMAN = [
    "Plan ist viel zu optimistisch, am Ende fehlt dann die Quote und das Quartal kippt",
    "Quote kommt erst sehr spät, dann ist das Quartal vorbei, ohne Plan",
    "Quartal endet und danach stimmt weder Zielvorgabe noch Quote",
]


def test_a_german_group_is_named_by_its_nouns_when_english_notes_use_one_as_a_verb() -> None:
    words = round_words([*ENGLISH, *GERMAN])
    members = [len(ENGLISH) + i for i in range(len(GERMAN))]
    assert make_label(members, words, []) == "Quartal"
