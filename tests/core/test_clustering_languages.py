"""A round written in two languages is grouped by what the notes say, not by language."""

from __future__ import annotations

import numpy as np
import pytest

from roundtable.clustering import cluster_texts, semantic_available, sort_into_themes
from roundtable.clustering.engine import centre, centre_by_language
from roundtable.clustering.tfidf import words
from roundtable.stopwords import language_of

ENGLISH = [
    "Our prices are too high for small customers",
    "Discounts are given away at the end of every quarter",
    "Nobody calls the webinar leads back for a week",
    "Leads from the trade fair wait days for a call",
]
GERMAN = [
    "Unsere Preise sind für kleine Kunden viel zu hoch",
    "Rabatte werden am Quartalsende einfach verschenkt",
    "Niemand ruft die Leads aus dem Webinar zurück",
    "Die Messe-Leads warten tagelang auf einen Anruf",
]


def test_the_language_of_a_note_is_read_from_its_small_words() -> None:
    langs = [language_of(tuple(words(t))) for t in ENGLISH + GERMAN]
    assert langs == ["en"] * 4 + ["de"] * 4
    assert language_of(tuple(words("Deals die in legal"))) == "en"
    assert language_of(tuple(words("Les leads du salon attendent trois jours"))) == "fr"


def test_a_round_in_one_language_is_centred_as_before() -> None:
    vectors = np.random.default_rng(5).normal(size=(6, 8)).astype(np.float32)
    texts = ENGLISH + ["Pricing page confuses people", "Nobody reads the battlecards"]
    assert np.allclose(centre_by_language(texts, vectors), centre(vectors))


@pytest.mark.skipif(not semantic_available(), reason="meaning across languages needs the model")
def test_notes_in_two_languages_are_not_grouped_by_language() -> None:
    # Centred on the whole round, three of the German notes became one theme of their own,
    # two about prices and one about trade-fair leads.
    texts = ENGLISH + GERMAN
    ids = cluster_texts(texts)
    groups: dict[int, set[int]] = {}
    for row, g in enumerate(ids):
        groups.setdefault(g, set()).add(row)
    for members in groups.values():
        if len(members) >= 2:
            assert members & {0, 1, 2, 3} and members & {4, 5, 6, 7}, [
                [texts[r] for r in sorted(m)] for m in groups.values()
            ]


@pytest.mark.skipif(not semantic_available(), reason="meaning across languages needs the model")
def test_german_notes_are_sorted_into_themes_begun_in_english() -> None:
    # Two themes begun by hand with English notes; centred on the whole round, six of these
    # eight German notes were left unsorted ("not sure").
    themes = {"Theme 1": ENGLISH[:2], "Theme 2": ENGLISH[2:]}
    texts = GERMAN + [
        "Unsere Preisliste versteht kein Kunde",
        "Anfragen liegen tagelang im Postfach",
        "Der Listenpreis schreckt Mittelständler ab",
        "Webinar-Anmeldungen ruft keiner an",
    ]
    want = ["Theme 1", "Theme 1", "Theme 2", "Theme 2", "Theme 1", "Theme 2", "Theme 1", "Theme 2"]
    placed = sort_into_themes(texts, themes)
    wrong = [(t, p) for t, p, w in zip(texts, placed, want, strict=True) if p not in (None, w)]
    assert not wrong, wrong
    assert sum(p is not None for p in placed) >= len(texts) // 2, placed


def test_a_german_label_keeps_the_capital_of_its_nouns() -> None:
    from roundtable.clustering.labels import make_label, round_words

    texts = [
        "keine gemeinsamen Ziele zwischen Vertrieb und Marketing",
        "Vertrieb und Marketing haben andere Ziele",
        "Die Preisliste kommt immer zu spät",
    ]
    label = make_label([0, 1], round_words(texts), [])
    assert "Ziele" in label, label  # it read "Gemeinsamen ziele"
    assert "ziele" not in label


# A German and English room's "Why it's broken" round (sales and marketing complaints).
ROOM = [
    "Die Leads aus dem Marketing sind oft nicht qualifiziert",
    "Marketing leads are not qualified before they reach sales",
    "Der Vertrieb ruft die Leads zu spät zurück",
    "Sales follows up on leads far too late",
    "Wir haben keine gemeinsame Definition für einen qualifizierten Lead",
    "No shared definition of an MQL between the teams",
    "Das CRM wird vom Vertrieb kaum gepflegt",
    "CRM data is incomplete and nobody trusts the pipeline reports",
    "Die Daten im CRM sind veraltet und doppelt",
    "Kampagnen werden ohne Abstimmung mit dem Vertrieb geplant",
    "Campaigns launch without telling the sales team",
    "Sales hears about new campaigns from customers first",
    "Die Zielvorgaben von Vertrieb und Marketing passen nicht zusammen",
    "Marketing is measured on MQL volume while sales is measured on revenue",
    "Unterschiedliche Ziele führen zu Schuldzuweisungen",
    "Es gibt kein gemeinsames Meeting zwischen Vertrieb und Marketing",
    "We only talk to each other when something goes wrong",
    "Die Verkaufsunterlagen sind veraltet und passen nicht zur Marke",
    "Sales decks are out of date and off brand",
    "Der Vertrieb baut sich eigene Präsentationen",
    "Budget für Messen wird ohne Rücksprache mit dem Vertrieb verteilt",
    "Trade show budget is decided without asking sales",
    "Die Preisgestaltung ist für Kunden nicht nachvollziehbar",
    "Pricing changes are not communicated to the field",
    "Rabatte werden ohne Freigabe gegeben",
]


def _label(members: list[int], ignore: tuple[str, ...] = (), central: tuple[int, ...] = ()) -> str:
    from roundtable.clustering.labels import make_label, round_words

    return make_label(members, round_words(ROOM, ignore), [], central)


@pytest.mark.parametrize(
    ("members", "central", "wanted"),
    [
        # A German note with one small word ("zu") read as English: "Unterschiedliche ziele".
        ([14, 17], (14,), "Unterschiedliche Ziele"),
        # A lone note cut before its noun: "Vertrieb baut sich eigene".
        ([19], (), "Eigene Präsentationen"),
        # Named by a stretch ending on a participle: "Vertrieb geplant"; then by two nouns
        # that stand in different notes: "Abstimmung Freigabe".
        ([9, 24], (9,), "Ohne Abstimmung"),
        # Named by two words that are no nouns: "Ruft spät" (the question asks about leads).
        ([2], "lead", "Vertrieb ruft die Leads"),
    ],
)
def test_a_german_label_ends_on_a_noun_with_its_capital(members, central, wanted) -> None:
    if central == "lead":  # the round's question asks about leads
        assert _label(members, ("lead",)) == wanted
    else:
        assert _label(members, (), central) == wanted


def test_english_labels_of_the_same_room_are_as_before() -> None:
    got = [_label(m) for m in ([1, 3], [5, 7], [10, 11], [18, 22], [21])]
    assert got == [  # as before German labels ended on nouns
        "Marketing leads",
        "Data incomplete",
        "Campaigns launch",
        "Sales decks",  # "Brand date" took two words a note keeps apart, in reverse
        "Trade show budget",
    ]
