"""Theme suggestion engine: obvious themes, labels, pinned notes, odd input, determinism.

Every test runs on both similarity paths where that is cheap: with the sentence model (when
its files are installed) and with TF-IDF alone (the model switched off), so a machine
without the model still proves the fallback works.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

import roundtable.clustering as clustering
from roundtable.clustering import embed

PIPELINE = [
    "Weekly pipeline review with sales and marketing together",
    "Joint pipeline review every Monday morning",
    "We review the pipeline together each week",
    "The Monday pipeline review keeps both teams honest",
]
EVENTS = [
    "Trade show booth staffed by reps and marketers",
    "Our trade show leads get followed up in 48 hours",
    "Trade show planning is done jointly",
    "Reps help choose which trade show to attend",
]
COMPENSATION = [
    "Bonus for marketing is tied to MQL volume, not revenue",
    "Sales bonus ignores marketing sourced deals",
    "Different bonus plans pull the teams apart",
    "Nobody's bonus rewards working together",
]
ROUND = PIPELINE + EVENTS + COMPENSATION


def groups_of(labels: list[int], size: int) -> list[set[int]]:
    return [{i for i, x in enumerate(labels) if x == labels[start]} for start in range(0, size)]


def test_obvious_themes_are_found(path: str) -> None:
    labels = clustering.cluster_texts(ROUND)
    assert len(labels) == len(ROUND)
    for block in range(3):
        ids = {labels[block * 4 + i] for i in range(4)}
        assert len(ids) == 1, f"{path}: theme {block} split: {labels}"
    if path == "semantic":
        assert len(set(labels)) == 3, labels
    else:
        # Words alone: "sales", "together" and "teams" link bonus notes to the others, so
        # TF-IDF may merge two themes, but never splits one or lumps all into one.
        assert 2 <= len(set(labels)) <= 3, labels


def test_same_input_same_partition(path: str) -> None:
    first = clustering.cluster_texts(ROUND)
    again = clustering.cluster_texts(list(ROUND))
    assert first == again
    assert first[0] == 0  # ids numbered by first appearance


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["only one note"],
        ["same note", "same note", "same note"],
        ["", "   ", "\n\t"],
        ["🚀", "🚀🚀", "🔥👍"],
        ["word " * 5000, "another long note " * 2000],
        ["Vertrieb und Marketing reden nicht miteinander", "営業とマーケティング", "Ventas"],
        ["ok", "", "🚀", "Pipeline review", "pipeline REVIEW!!", "\x00\x07 control"],
    ],
)
def test_any_input_gives_one_theme_per_text(path: str, texts: list[str]) -> None:
    labels = clustering.cluster_texts(texts)
    assert len(labels) == len(texts)
    assert all(isinstance(x, int) and x >= 0 for x in labels)
    if labels:
        assert set(labels) == set(range(max(labels) + 1))


def test_duplicates_share_a_theme(path: str) -> None:
    texts = ["Shared lead definition", *EVENTS, "Shared lead definition"]
    labels = clustering.cluster_texts(texts)
    assert labels[0] == labels[-1]


def test_unknown_template_is_harmless(path: str) -> None:
    assert len(clustering.cluster_texts(ROUND, template="no-such-template")) == len(ROUND)


def test_labels_are_readable_unique_and_from_the_notes(path: str) -> None:
    themes = clustering.suggest_themes(list(enumerate(ROUND)))
    labels = [t.label for t in themes]
    assert len({lab.lower() for lab in labels}) == len(labels)
    vocabulary = {w.lower().strip(".,'") for text in ROUND for w in text.split()}
    for theme in themes:
        words = theme.label.split()
        assert 1 <= len(words) <= 4, theme.label
        assert all(w.lower() in vocabulary for w in words), theme.label
        assert theme.reason.endswith("."), theme.reason
    by_note = {i: t.label.lower() for t in themes for i in t.note_ids}
    assert "pipeline" in by_note[0]
    assert "trade" in by_note[4] or "show" in by_note[4]
    if path == "semantic":  # TF-IDF alone may merge the bonus notes into another theme
        assert "bonus" in by_note[8]


def test_generic_words_do_not_make_labels(path: str) -> None:
    notes = [f"Sales and marketing {t}" for t in ROUND]
    for theme in clustering.suggest_themes(list(enumerate(notes))):
        assert "sales" not in theme.label.lower().split(), theme.label
        assert "marketing" not in theme.label.lower().split(), theme.label


def test_pinned_notes_stay_and_free_notes_join_existing_themes(path: str) -> None:
    notes = [(100 + i, t) for i, t in enumerate(ROUND)]
    # The facilitator made "Money talk" from two compensation notes and put one pipeline
    # note on its own under "Odd one": those placements must stay as they are.
    pinned = {7: ("Money talk", [108, 109]), 9: ("Odd one", [100])}
    themes = clustering.suggest_themes(notes, pinned=pinned)
    placed = [i for t in themes for i in t.note_ids]
    assert sorted(placed) == sorted(set(placed)), "a note appears in two themes"
    for theme in themes:
        if theme.existing_theme_id != 7:
            assert not {108, 109} & set(theme.note_ids)
        if theme.existing_theme_id != 9:
            assert 100 not in theme.note_ids
    existing = [t for t in themes if t.existing_theme_id == 7]
    assert existing and existing[0].label == "Money talk"
    joined = {110, 111} if path == "semantic" else {110}
    assert joined <= set(existing[0].note_ids)
    new_labels = {t.label for t in themes if t.existing_theme_id is None}
    assert not new_labels & {"Money talk", "Odd one"}


def test_stored_vectors_are_used_as_given(path: str) -> None:
    if path != "semantic":
        pytest.skip("vectors only matter with the model")
    notes = list(enumerate(ROUND))
    vectors = clustering.embed_texts(ROUND)
    stored = {i: clustering.vector_to_bytes(v) for i, v in enumerate(vectors)}
    with_bytes = clustering.suggest_themes(notes, vectors=stored)
    with_arrays = clustering.suggest_themes(notes, vectors=dict(enumerate(vectors)))
    assert with_bytes == with_arrays == clustering.suggest_themes(notes)


@dataclass(frozen=True)
class Hint:
    label: str
    description: str
    phrases: tuple[str, ...]


HINTS = (
    Hint("Compensation", "Bonus and commission plans reward different things.", ("comp plan",)),
    Hint("Lead definition", "No shared definition of a qualified lead.", ("MQL vs SQL",)),
    Hint("Data quality", "CRM data is incomplete or wrong.", ("dirty data",)),
)


def test_hints_name_matching_notes_and_unused_hints_stay_away(path: str) -> None:
    notes = [*COMPENSATION, "Our comp plan pays for volume", *PIPELINE]
    themes = clustering.suggest_themes(list(enumerate(notes)), hints=HINTS)
    hinted = {t.hint: t for t in themes if t.hint}
    assert "Data quality" not in hinted and "Lead definition" not in hinted
    assert "Compensation" in hinted
    assert 4 in hinted["Compensation"].note_ids  # the phrase said word for word
    assert "Compensation" in hinted["Compensation"].reason
    # ... and why these notes: the words they share (it was the hint's description alone).
    assert "Shared words: " in hinted["Compensation"].reason
    assert not set(hinted["Compensation"].note_ids) & {5, 6, 7, 8}


def test_sort_into_themes_places_clear_notes_and_abstains_otherwise(path: str) -> None:
    themes = {
        "Pipeline": PIPELINE[:2],
        "Events": EVENTS[:2],
        "Pay": COMPENSATION[:2],
    }
    placed = clustering.sort_into_themes([PIPELINE[2], EVENTS[2], COMPENSATION[2], ""], themes)
    assert placed[:3] == ["Pipeline", "Events", "Pay"]
    assert placed[3] is None
    assert clustering.sort_into_themes([], themes) == []
    assert clustering.sort_into_themes(["x"], {}) == [None]


def test_vector_bytes_round_trip() -> None:
    vec = np.linspace(-1, 1, embed.DIM, dtype=np.float32)
    back = clustering.vector_from_bytes(clustering.vector_to_bytes(vec))
    assert back.dtype == np.float32 and back.shape == (embed.DIM,)
    assert np.array_equal(back, vec)
    back[0] = 5.0  # a writable copy, not a view of the bytes


@pytest.mark.skipif(not embed.semantic_available(), reason="sentence model not installed")
def test_embeddings_are_unit_vectors_that_know_paraphrases() -> None:
    vecs = clustering.embed_texts(["Our bonus plans differ", "Compensation is misaligned", "🚀"])
    assert vecs.shape == (3, 384) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2]


def test_without_model_embedding_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "load_model", lambda: None)
    with pytest.raises(clustering.SemanticUnavailable):
        clustering.embed_texts(["a note"])


def test_blank_notes_are_kept_apart_from_real_themes(path: str) -> None:
    texts = [*PIPELINE, "", "   ", *EVENTS]
    labels = clustering.cluster_texts(texts)
    assert labels[4] == labels[5]
    assert labels[4] not in set(labels[:4]) | set(labels[6:])


def test_shipped_template_name_is_accepted(path: str) -> None:
    labels = clustering.cluster_texts(ROUND, template="sales-marketing-roundtable")
    assert len(labels) == len(ROUND)
    assert labels[0] == labels[1] == labels[2] == labels[3]


@pytest.mark.skipif(not embed.semantic_available(), reason="sentence model not installed")
def test_embedding_from_several_threads_gives_the_same_vectors() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: clustering.embed_texts(PIPELINE), range(4)))
    for other in results[1:]:
        assert np.allclose(results[0], other, atol=1e-6)


def test_an_empty_named_theme_attracts_notes_by_its_name(path: str) -> None:
    notes = list(enumerate(ROUND))
    themes = clustering.suggest_themes(notes, pinned={3: ("Trade show", [])})
    existing = [t for t in themes if t.existing_theme_id == 3]
    assert existing, themes
    assert set(existing[0].note_ids) <= {4, 5, 6, 7} and len(existing[0].note_ids) >= 2
    assert existing[0].label == "Trade show"


@pytest.mark.skipif(not embed.semantic_available(), reason="sentence model not installed")
def test_embedding_reports_progress_and_can_be_cancelled() -> None:
    from roundtable.jobs import Cancelled, Job

    seen: list[tuple[int, int]] = []
    texts = [f"note number {i} about lead routing" for i in range(70)]
    clustering.suggest_themes(list(enumerate(texts)), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (70, 70) and len(seen) >= 2
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        clustering.suggest_themes(list(enumerate(texts)), progress=job.progress)


@pytest.mark.skipif(not embed.semantic_available(), reason="sentence model not installed")
def test_repeated_embedding_gives_identical_vectors() -> None:
    first = clustering.embed_texts(["Lead routing is slow", "MQL", "Lead routing is slow"])
    again = clustering.embed_texts(["MQL", "Lead routing is slow"])
    assert np.array_equal(first[0], first[2])
    assert np.array_equal(first[0], again[1]) and np.array_equal(first[1], again[0])


def test_hint_matches_join_the_facilitators_theme_of_the_same_name(path: str) -> None:
    notes = [(10 + i, t) for i, t in enumerate([*COMPENSATION, "Our comp plan pays volume"])]
    themes = clustering.suggest_themes(notes, pinned={5: ("compensation", [])}, hints=HINTS)
    assert [t.label for t in themes].count("compensation") == 1
    assert not any(t.label == "Compensation" for t in themes)
    existing = next(t for t in themes if t.existing_theme_id == 5)
    assert 14 in existing.note_ids


def test_sorting_uses_a_themes_name_but_not_a_placeholder_name(path: str) -> None:
    themes = {"Trade shows": [], "Theme 2": [], "Pipeline": PIPELINE[:2]}
    placed = clustering.sort_into_themes([EVENTS[3], PIPELINE[3]], themes)
    assert placed == ["Trade shows", "Pipeline"]
    # A theme with only a placeholder name and no notes has nothing to attract notes by.
    only_placeholder = clustering.sort_into_themes(ROUND[:3], {"Theme 1": [], "Theme 2": []})
    assert only_placeholder == [None, None, None]


def test_sorting_one_note_at_a_time_works_like_live_placement(path: str) -> None:
    themes = {"Pipeline": PIPELINE[:2], "Events": EVENTS[:2], "Pay": COMPENSATION[:2]}
    for note, want in ((PIPELINE[3], "Pipeline"), (COMPENSATION[3], "Pay")):
        assert clustering.sort_into_themes([note], themes) == [want]


def test_sorting_knows_a_template_theme_by_a_similar_name(path: str) -> None:
    # "Incentives" is not the template's label "Compensation and incentives" but clearly
    # names it, so that hint's description and phrases speak for the still empty theme.
    themes = {"Incentives": [], "Pipeline": PIPELINE[:2], "Events": EVENTS[:2]}
    notes = ["commission only counts closed deals", PIPELINE[3]]
    placed = clustering.sort_into_themes(notes, themes, template="sales-marketing-roundtable")
    assert placed == ["Incentives", "Pipeline"]


def test_labels_are_the_notes_own_phrases_without_symbols_or_numbers(path: str) -> None:
    notes = [
        "weekly reports nobody reads",
        "weekly reports take hours",
        "weekly reports come late",
        "booth + 3 reps",
        "booth leads + 3 days",
        "booth costs + 3 flights",
        "the comp plan pays on bookings",
        "comp plan ignores renewals",
    ]
    labels = {t.note_ids: t.label for t in clustering.suggest_themes(list(enumerate(notes)))}
    assert labels[(0, 1, 2)] == "Weekly reports"
    assert not set("+0123456789") & set(labels[(3, 4, 5)]), labels[(3, 4, 5)]
    assert labels[(6, 7)] == "Comp plan"


def test_a_name_left_in_notes_as_typed_is_no_label_word() -> None:
    # "@Ben" not on the roster stays in the note; the suggestion was called "Lost ben".
    from roundtable.clustering.labels import make_label, round_words

    notes = [
        "lost deals review @ben",
        "lost deals nobody explains @ben",
        "why deals were lost @Ben",
    ]
    label = make_label([0, 1, 2], round_words(notes), [])
    assert "ben" not in label.lower(), label
    assert "lost" in label.lower() or "deals" in label.lower(), label


def test_a_group_without_shared_words_is_named_by_its_most_central_note() -> None:
    from roundtable.clustering.labels import make_label, round_words

    # Three notes on one target, in three vocabularies; the second is the most central.
    texts = [
        "win or lose together",
        "one revenue number for both teams",
        "bonus on closed deals for marketers too",
        "webinar slides arrive late",
        "trade fair booth was empty",
    ]
    words = round_words(texts)
    label = make_label([0, 1, 2], words, [], central=[1, 0])
    assert label == "Revenue number", label
    # Without a central note the words are put together from several notes.
    assert make_label([0, 1, 2], words, []).lower() not in texts[1]
    # A contraction typed without its apostrophe ("dont") does not end up in the name.
    texts = ["enrich the rest, dont make them type company size", "fewer form fields", "x"]
    label = make_label([0, 1], round_words(texts), [], central=[0])
    assert "dont" not in label.lower().split() and label.lower() in texts[0], label


def test_a_word_mentioned_in_passing_does_not_claim_a_note_for_a_hint() -> None:
    # "what is an MQL" is a phrase of the "Lead definition and quality" hint; once its small
    # words go it is just "MQL", and every note naming an MQL used to be matched to it.
    from roundtable.clustering.placement import match_hints
    from roundtable.templates import get_template

    (broken,) = [
        r for r in get_template("sales-marketing-roundtable").rounds if "broken" in r.title
    ]
    hints = list(broken.hints)
    notes = [
        "Our comp plan pays on bookings, marketing gets paid on MQL volume",
        "Nobody agrees what an MQL is",
        "RevOps should own the funnel",  # a one-word phrase said as it is still matches
    ]
    vectors = clustering.suggest.note_vectors(notes)
    embed = clustering.embed_texts if vectors is not None else None
    places = match_hints(notes, vectors, hints, embed)
    labels = [hints[p.theme].label if p.theme is not None else None for p in places]
    assert labels[0] != "Lead definition and quality"
    assert labels[1] == "Lead definition and quality"
    game = [r for r in get_template("sales-marketing-roundtable").rounds if "Game" in r.title]
    (revops,) = match_hints(notes[2:], None, list(game[0].hints))
    assert game[0].hints[revops.theme].label == "One revenue team" and revops.score == 1.0


def test_a_hint_only_one_note_matches_makes_no_theme_of_its_own(path: str) -> None:
    notes = [*PIPELINE, "Our comp plan pays for volume"]
    themes = clustering.suggest_themes(list(enumerate(notes)), hints=HINTS)
    # The note is grouped openly with the rest; left on its own there, the hint names it
    # (a walkthrough saw "where is the data stored, GDPR?" named "Data stored GDPR").
    hinted = [t for t in themes if t.hint]
    assert all(t.note_ids == (len(notes) - 1,) for t in hinted), [
        (t.label, t.note_ids) for t in themes
    ]
    if hinted:
        assert hinted[0].label == "Compensation" and "template theme" in hinted[0].reason
    assert sorted(i for t in themes for i in t.note_ids) == list(range(len(notes)))
    # ... but it joins the facilitator's theme of that name.
    pinned = {7: ("Compensation", [])}
    themes = clustering.suggest_themes(list(enumerate(notes)), hints=HINTS, pinned=pinned)
    (pay,) = [t for t in themes if t.existing_theme_id == 7]
    assert len(notes) - 1 in pay.note_ids


@pytest.mark.skipif(not embed.semantic_available(), reason="sentence model not installed")
def test_a_lone_note_matching_a_hint_is_named_after_it() -> None:
    # A walkthrough saw "where is the data stored, GDPR?" named "Data stored GDPR".
    from roundtable.templates import get_template

    (rnd,) = [
        r for r in get_template("campaign-preview").rounds if r.title == "What customers will say"
    ]
    notes = [
        "too expensive for our budget",
        "we already use X",
        "where is the data stored, GDPR?",
        "need references from our industry",
        "price is too high",
        "who else uses this?",
    ]
    themes = clustering.suggest_themes(list(enumerate(notes)), hints=rnd.hints)
    (lone,) = [t for t in themes if 2 in t.note_ids]
    assert lone.note_ids == (2,)
    assert lone.label == lone.hint == "Security and compliance"
    assert lone.reason.startswith("Matches the template theme “Security and compliance”")


def test_notes_without_a_word_are_left_for_the_facilitator(path: str) -> None:
    # "😬" came back as a theme named "😬", and "sort the rest" put it into a theme.
    notes = list(enumerate([*PIPELINE, "😬", *EVENTS, "?!", "👍👍"]))
    themes = clustering.suggest_themes(notes)
    placed = {i for t in themes for i in t.note_ids}
    assert placed == set(range(len(notes))) - {4, 9, 10}
    assert all(any(ch.isalpha() for ch in t.label) for t in themes)
    grouping = {"Pipeline": PIPELINE[:2], "Events": EVENTS[:2]}
    assert clustering.sort_into_themes(["😬", "👍", "", PIPELINE[2]], grouping)[:3] == [None] * 3
    labels = clustering.cluster_texts([n for _, n in notes])
    assert labels[4] == labels[9] == labels[10]
    assert labels[4] not in set(labels[:4]) | set(labels[5:9])


def test_a_label_never_glues_whole_notes_together(path: str) -> None:
    # Japanese notes (no spaces: a "word" is a whole note) got the label "予算が今年はもうない
    # 価格が高すぎると言われる", two notes side by side.
    from roundtable.clustering.labels import LABEL_MAX_CHARS, _width

    notes = list(
        enumerate(
            [
                "予算が今年はもうない",
                "価格が高すぎると言われる",
                "競合の方が安い",
                "Price is too high for small teams",
                "Competitors undercut us",
            ]
        )
    )
    themes = clustering.suggest_themes(notes)
    texts = dict(notes)
    for theme in themes:
        assert _width(theme.label) <= LABEL_MAX_CHARS
        inside = [texts[i] for i in theme.note_ids if texts[i] in theme.label]
        assert len(inside) <= 1, theme.label


def test_the_tokenizer_read_ahead_is_the_one_the_model_uses(monkeypatch) -> None:
    # Read on the app's own thread while its window is built: read with the model on a
    # worker thread, it held Python's lock and stalled the window 40-50 ms.
    from roundtable.clustering import embed

    if not embed.semantic_available():
        pytest.skip("the model is not installed")
    monkeypatch.setattr(embed, "_model", None)
    embed.preload_tokenizer()
    early = embed._tokenizer(embed._model_dir())
    model = embed.load_model()
    assert model is not None and model.tokenizer is early
    assert model.tokenizer.encode("Leads go cold").tokens[0] == "[CLS]"
    monkeypatch.setattr(embed, "_model_dir", lambda: None)
    embed.preload_tokenizer()  # no model files: nothing to read, and no error
