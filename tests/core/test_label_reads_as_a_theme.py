"""A suggested theme's label reads as the name of a theme, and its reason quotes enough of a
note to recognise it: short acronyms the notes write in capitals ("IT", "US", "HR") stay in
the label, a label does not open on a verb ("Owns the events") when a phrase naming the
same thing does not, and a quote cut short keeps a few words that mean something."""

from __future__ import annotations

from roundtable.clustering.labels import make_label, round_words
from roundtable.clustering.reasons import make_reason

# Notes on other topics, so that the ones under test are not said all over the round.
OTHERS = [
    "Lead scoring is a black box",
    "Reps ignore the scores",
    "webinar leads are cold",
    "Pricing page confuses buyers",
    "Discounts given too early",
    "Demo environment keeps breaking",
]


def test_a_short_acronym_written_in_capitals_stays_in_a_lone_notes_label() -> None:
    words = round_words(
        [
            "IT backlog is 6 months for every campaign landing page",
            "US messaging flops in Germany, DACH needs its own angle",
            *OTHERS,
        ]
    )
    assert make_label([0], words, []) == "IT backlog"
    assert make_label([1], words, []) == "US messaging flops"


def test_a_label_cut_to_a_labels_length_keeps_an_acronym_at_its_end() -> None:
    words = round_words(["Wer fragt vorher die IT, bevor wir Tools kaufen?", *OTHERS])
    # Its first clause, whole: no ellipsis.
    assert make_label([0], words, []) == "Wer fragt vorher die IT"


def test_an_english_small_word_in_a_shouted_note_is_no_acronym() -> None:
    words = round_words(["IT IS ALWAYS THE SAME BUDGET FIGHT", *OTHERS])
    assert not make_label([0], words, []).startswith("IT ")


def test_a_groups_label_opens_on_what_it_is_about_not_on_a_verb() -> None:
    words = round_words(
        [
            "Nobody owns the events calendar, so dates clash",
            "marketing owns the events budget",
            "who owns the events? nobody",
            *OTHERS,
        ]
    )
    assert make_label([0, 1, 2], words, []) == "Events calendar"


def test_a_lone_note_opening_on_a_verb_is_named_by_its_own_noun_phrase() -> None:
    words = round_words(["talks to the CHRO weekly about headcount", *OTHERS])
    label = make_label([0], words, [])
    assert not label.lower().startswith("talks")
    assert "CHRO" in label


def test_a_reason_quoting_a_note_with_a_long_first_word_keeps_a_few_words() -> None:
    long_word = "territory-planning-and-account-prioritisation-spreadsheet"
    words = round_words(
        [
            f"We hand-built a {long_word} nobody opens after the kickoff",
            "Booth traffic was thin this year",
            "Our reps skip the onboarding videos",
        ]
    )
    reason = make_reason([0, 1, 2], words, central=[0])
    # Was "We hand-built a…": cut where the long word began.
    assert f"“We hand-built a {long_word} nobody…”" in reason


def test_a_quote_of_one_word_longer_than_any_quote_is_cut_inside_it() -> None:
    link = "https://example.com/" + "a" * 120
    words = round_words([link, "Booth traffic was thin this year", "Reps skip videos"])
    reason = make_reason([0, 1, 2], words, central=[0])
    quoted = reason.split("“")[1].split("”")[0]
    assert quoted.endswith("…") and quoted.startswith("https://example.com/aaa")
    assert len(quoted) <= 100


def test_a_lone_note_whose_opening_words_end_on_a_verb_is_named_by_its_noun_phrase() -> None:
    words = round_words(["every new asset goes through legal review", *OTHERS])
    # Was "Every new asset goes", half a sentence.
    assert make_label([0], words, []) == "Legal review"


def test_a_word_after_the_is_a_noun_even_when_it_could_be_a_verb() -> None:
    words = round_words(["stagger the sends so reps are not flooded", *OTHERS])
    assert make_label([0], words, []) == "Stagger the sends"


def test_a_note_written_in_capitals_gets_a_label_in_sentence_case() -> None:
    words = round_words(["SAME BUDGET FIGHT EVERY QUARTER", "CRM SLA", "SD-WAN", *OTHERS])
    assert make_label([0], words, []) == "Same budget fight"
    assert make_label([1], words, []) == "CRM SLA"  # acronyms alone stay as written
    assert make_label([2], words, []) == "SD-WAN"


def test_a_reason_names_no_verb_as_what_ties_the_notes() -> None:
    texts = [
        "Nobody owns the events calendar",
        "Events: marketing owns the invites, sales owns nothing",
        "who owns the event follow-up? nobody",
        *OTHERS,
    ]
    words = round_words(texts)
    reason = make_reason([0, 1, 2], words)
    assert "events" in reason
    assert "owns" not in reason


def test_a_german_contraction_does_not_open_a_label() -> None:
    words = round_words(
        [
            "Fürs Marketing gibt es kein eigenes Messebudget mehr",
            "Ins CRM trägt keiner die Besuchsberichte ein",
            *OTHERS,
        ]
    )
    assert not make_label([0], words, []).startswith("Fürs")
    assert not make_label([1], words, []).startswith("Ins ")


def test_a_label_in_sentence_case_keeps_the_acronyms_in_capitals() -> None:
    words = round_words(
        [
            "CRM DATA IS GARBAGE",
            "THE ROI OF EVENTS IS UNKNOWN",
            "OUR SDRS NEVER CALL BACK",
            "CPQ SYNC FAILS EVERY NIGHT",
            "Nobody trusts the CPQ numbers",
            *OTHERS,
        ]
    )
    # They read "Crm data is garbage", "Roi of events", "Sdrs never call".
    assert make_label([0], words, []) == "CRM data is garbage"
    assert make_label([1], words, []) == "ROI of events"
    assert make_label([2], words, []) == "SDRs never call back"  # "call" alone was cut
    # An acronym the field does not know, but which another note writes in capitals.
    assert make_label([3], words, []).startswith("CPQ sync")
    assert make_label([0], round_words(["SAME BUDGET FIGHT EVERY QUARTER", *OTHERS]), []) == (
        "Same budget fight"
    )


def test_a_german_label_from_notes_in_capitals_keeps_its_capitals() -> None:
    # German nouns are written with a capital; in capitals they cannot be told from the
    # other words, and sentence case read "Gemeinsames budget", "Vertrieb ruft die leads".
    words = round_words(
        [
            "KEIN GEMEINSAMES BUDGET FÜR MESSEN",
            "KEIN BUDGET FÜR MESSEN MEHR",
            "DER VERTRIEB RUFT DIE LEADS NIE ZURÜCK",
            *OTHERS,
        ]
    )
    assert make_label([0, 1], words, []) == "GEMEINSAMES BUDGET"
    assert make_label([2], words, []) == "VERTRIEB RUFT DIE LEADS"
