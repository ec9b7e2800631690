"""Template hints in several languages: a German, French or Spanish phrase is for notes in
that language, and an English note is not matched through it."""

from __future__ import annotations

from roundtable.clustering.hints import match_hints, own_language_only
from roundtable.clustering.placement import sort_notes
from roundtable.templates import ThemeHint

HINTS = [
    ThemeHint(
        "Shared events",
        "Trade shows and fairs run together",
        ["Pipeline-Review jeden Montag mit dem Vertrieb"],
    ),
    ThemeHint("Pipeline meetings", "A regular meeting on the funnel", ["weekly pipeline call"]),
]


def test_an_english_note_is_not_matched_through_a_phrase_in_another_language() -> None:
    # The English note shared "pipeline review" with the German phrase of a hint about
    # events, and that hint was its closest; the German note still matches it.
    notes = [
        "pipeline review every monday with the sales team",
        "Pipeline-Review am Montag mit dem Vertrieb, klappt gut",
    ]
    english, german = match_hints(notes, None, HINTS)
    assert english.best != 0, english
    assert german.theme == 0, german


def test_which_pairs_are_left_out() -> None:
    notes = ["leads wait days for a call", "les leads attendent trois jours", "MQL SLA"]
    phrases = ["Leads warten tagelang auf einen Rückruf", "slow follow-up", "rappel dans l'heure"]
    left_out = own_language_only(notes, phrases)
    assert left_out.tolist() == [
        [True, False, True],  # English: only the English phrase
        [False, False, False],  # French: every phrase
        [False, False, False],  # no small word to tell its language by: every phrase
    ]


def test_sorting_judges_an_english_note_by_the_hints_english_texts() -> None:
    # "Review" is in the German phrase of the events hint only: the English note went to
    # "Shared events" through it.
    themes = [("Shared events", ["booth at the spring fair"])]
    themes.append(("Pipeline meetings", ["forecast call on fridays"]))
    placed = sort_notes(["review every monday with the sales team"], themes, HINTS)
    assert placed[0].theme != 0, placed
    german = sort_notes(["Review jeden Montag, klappt"], themes, HINTS)
    assert german[0].theme == 0, german


def test_notes_against_hint_texts_score_as_in_one_space() -> None:
    # Hint matching reads only the notes x hint texts corner of the similarities.
    import numpy as np

    from roundtable.clustering.engine import build_space, cross_similarity

    notes = ["leads wait days for a call", "Pipeline-Review am Montag", "budget fights"]
    texts = ["slow follow-up on inbound leads", "weekly pipeline call", "who pays for events"]
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(6, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for vecs in (None, vectors):
        whole = build_space(notes + texts, vecs).similarity[:3, 3:]
        assert np.allclose(cross_similarity(notes, texts, vecs), whole, atol=1e-4)


def test_an_english_phrase_with_eu_is_english() -> None:
    # "eu" is a Portuguese small word: "EU hosting required" (campaign-preview) was kept
    # from every English note as if it were Portuguese.
    from roundtable.clustering.hints import foreign

    assert not foreign("EU hosting required")
    assert foreign("eu não sei quem é o dono do lead")
