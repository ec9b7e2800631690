"""A theme label names what a group is about, in words its notes stand together: a word the
notes use as a verb ("AEs bury the renewal risk", "they ghost us") neither opens nor ends
it, even when no word list knows the verb, and a German label does not put side by side two
nouns that its notes keep apart ("Besuchsberichte CRM")."""

from __future__ import annotations

from roundtable.clustering.labels import make_label, round_words
from tests.core.test_label_reads_as_a_theme import OTHERS


def _label(notes: list[str], members: list[int]) -> str:
    return make_label(members, round_words([*notes, *OTHERS]), [])


def test_a_groups_label_does_not_open_on_a_verb_that_takes_an_object() -> None:
    notes = [
        "CS hears churn first, AEs bury the renewal risk",
        "AEs bury the renewal risk until Q4",
    ]
    assert _label(notes, [0, 1]) == "Renewal risk"  # was "Bury the renewal risk"


def test_a_note_that_opens_with_an_order_is_named_by_what_the_order_is_about() -> None:
    assert _label(["scrap the MQL target"], [0]) == "MQL target"
    assert _label(["rewrite the nurture emails every quarter"], [0]) == "Nurture emails"


def test_a_lone_notes_label_does_not_end_on_what_its_subject_does() -> None:
    # "Prospects ghost": "ghost" is a verb here because it follows "prospects" and takes "us".
    assert _label(["prospects ghost us after the pricing call"], [0]) == "Pricing call"


def test_a_plural_noun_that_a_note_also_uses_as_a_verb_still_ends_a_label() -> None:
    notes = [
        "no status tracker, client calls me daily",
        "client calls about the same missing form",
        "client calls go to voicemail",
    ]
    assert _label(notes, [0, 1, 2]) == "Client calls"


def test_a_german_label_is_not_two_nouns_that_stand_apart_in_the_note() -> None:
    label = _label(["Ins CRM trägt keiner die Besuchsberichte ein"], [0])
    assert label == "Besuchsberichte"  # was "Besuchsberichte CRM"


def test_a_german_label_keeps_two_nouns_a_note_writes_together() -> None:
    notes = [
        "Keiner pflegt die Besuchsberichte im CRM",
        "Besuchsberichte im CRM fehlen seit Monaten",
    ]
    assert _label(notes, [0, 1]) == "Besuchsberichte im CRM"


def test_a_german_label_keeps_the_word_before_its_noun_that_turns_its_meaning() -> None:
    notes = [
        "Kampagnen werden ohne Abstimmung mit dem Vertrieb geplant",
        "Rabatte werden ohne Freigabe gegeben",
    ]
    assert make_label([0, 1], round_words([*notes, *OTHERS]), [], [0]) == "Ohne Abstimmung"


def test_a_note_in_capitals_is_read_for_its_verbs_too() -> None:
    # Every word of a shouted note looked like an acronym, so none was read as a verb.
    notes = [
        "CS HEARS CHURN FIRST, AES BURY THE RENEWAL RISK",
        "AES BURY THE RENEWAL RISK UNTIL Q4",
    ]
    assert _label(notes, [0, 1]) == "Renewal risk"  # was "Bury the renewal risk"
    assert _label(["PROSPECTS GHOST US AFTER THE PRICING CALL"], [0]) == "Pricing call"
