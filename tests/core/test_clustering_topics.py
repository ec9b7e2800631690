"""The field's topic lexicon and template rounds: what they add to open grouping, and when
they must stay out of the way (other fields, the question's own subject, hints written for
another question)."""

from __future__ import annotations

import numpy as np
import pytest

import roundtable.clustering as clustering
from roundtable.clustering import concepts, embed, engine, placement, second
from roundtable.clustering.lexicon import TOPICS
from roundtable.clustering.placement import fitting_hints

needs_model = pytest.mark.skipif(
    not embed.semantic_available(), reason="sentence model files not installed"
)

# Three themes said without a shared content word inside each theme.
CULTURE = [
    "us versus them in every meeting",
    "two tribes on separate floors",
    "we don't trust each other's numbers",
]
PAY = [
    "commission only counts closed deals",
    "the SPIFF rewards volume over fit",
    "bonus tied to how many MQLs we generate",
]
EVENTS = [
    "trade show booth was packed this year",
    "webinar attendance doubled",
    "conference dinners with prospects work",
]
OPEN_ROUND = CULTURE + PAY + EVENTS

# "Why it's broken", written for these tests: two or more notes per hint of that round.
BROKEN = [
    "they sit on another floor and it feels like another company",
    "us versus them in every meeting",
    "reps paid on closed deals, marketers on MQL volume",
    "commission plan ignores marketing sourced deals",
    "nobody knows who owns an inbound lead",
    "responsibilities between SDRs and field marketing are fuzzy",
    "half the MQLs are students and job seekers",
    "we still argue about what a qualified lead is",
    "CRM and marketing automation don't sync",
    "contact data is incomplete and duplicated",
    "inbound leads wait three days for a call",
    "context gets lost when a lead is handed to sales",
    "the new deck doesn't fit real sales conversations",
    "reps can't find the case studies",
    "marketing measured on volume, sales on revenue",
    "different targets and different time horizons",
    "no budget or headcount for joint projects",
    "everyone is too busy to meet",
]
# Another question ("How do we run customer references?"), which no template covers.
REFERENCES = [
    "the same three happy customers get asked every month",
    "reference calls need one coordinator",
    "thank referees with early access to features",
    "keep a list of who spoke to whom and when",
    "ask for a reference at the kickoff, not at renewal",
    "video testimonials instead of live calls",
    "legal must approve every logo we show",
    "some customers never allow their name to be used",
    "let reps search references by industry and size",
    "marketing owns the program, sales nominates customers",
    "references from our own region convince more",
    "a short written quote is often enough",
    "customers want to meet peers, not read PDFs",
    "reward the AE who brings a new reference",
    "track which references helped close deals",
    "refresh the list twice a year",
]


def vectors_for(texts: list[str]) -> np.ndarray:
    return embed.embed_texts(texts)


def together(labels: list[int], rows: range) -> bool:
    return len({labels[i] for i in rows}) == 1


def test_every_shipped_text_has_its_vector_in_the_package() -> None:
    # Editing the lexicon or a template's hints without rerunning
    # `python -m roundtable.clustering.shipped` would make suggestions embed them at run time.
    from roundtable.clustering.shipped import shipped_texts

    with np.load(embed.SHIPPED_FILE, allow_pickle=False) as data:
        assert str(data["model"]) == embed.MODEL_NAME
        stored = {str(t) for t in data["texts"]}
        assert data["vectors"].shape == (len(stored), embed.DIM)
        # and the second model's, for rounds written in two languages (second.py)
        assert str(data["use_model"]) == second.USE_NAME
        assert data["use_vectors"].shape == (len(stored), second.USE_DIM)
    missing = [t for t in shipped_texts() if t not in stored]
    assert not missing, f"run python -m roundtable.clustering.shipped ({len(missing)} missing)"


@needs_model
def test_the_encoder_still_gives_the_vectors_shipped_with_the_package() -> None:
    # The shipped vectors were made by this encoder; a change to the numpy forward pass
    # (a faster GELU, a reordered layer norm) must not move the notes' vectors away from them.
    shipped = embed.shipped_vectors()
    texts = sorted(shipped)[:40]
    model = embed.load_model()
    assert model is not None and len(texts) == 40
    fresh = model.encode(texts)
    cosines = np.sum(fresh * np.stack([shipped[t] for t in texts]), axis=1)
    assert cosines.min() > 0.9999, (cosines.min(), texts[int(cosines.argmin())])


def test_topics_have_names_words_and_phrases() -> None:
    names = [t.name for t in TOPICS]
    assert len(names) == len(set(names))
    for topic in TOPICS:
        assert topic.words and len(topic.phrases) >= 4, topic.name


@needs_model
def test_notes_on_one_topic_group_without_a_shared_word() -> None:
    labels = engine.group_notes(OPEN_ROUND, vectors_for(OPEN_ROUND))
    assert together(labels, range(0, 3)), labels
    assert together(labels, range(3, 6)), labels
    assert labels[0] != labels[3] != labels[6], labels


@needs_model
def test_without_the_pull_those_notes_fall_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    # The test above measures the lexicon, not something the vectors did anyway.
    monkeypatch.setattr(engine, "TOPIC_WEIGHT", 0.0)
    labels = engine.group_notes(OPEN_ROUND, vectors_for(OPEN_ROUND))
    assert not (together(labels, range(0, 3)) and together(labels, range(3, 6))), labels


def test_words_alone_pull_notes_together_without_the_model() -> None:
    texts = ["commission plan", "SPIFF for Q3 deals", "trade show booth", "webinar series"]
    pull = concepts.topic_affinity(texts, None, None)
    assert pull[0, 1] == 1.0 and pull[2, 3] == 1.0
    assert pull[0, 2] == 0.0 and pull[1, 3] == 0.0


@needs_model
def test_texts_from_other_fields_feel_no_pull() -> None:
    texts = [
        "python list comprehension with two loops",
        "segfault when freeing a linked list in C",
        "how to center a div vertically",
        "protein folding in yeast under heat stress",
        "football club signs a new striker",
        "election results delayed in three counties",
    ]
    assert not concepts.in_field(
        texts, vectors_for(texts), concepts.phrase_vectors(embed.MODEL_NAME)
    )
    pull = concepts.topic_affinity(
        texts, vectors_for(texts), concepts.phrase_vectors(embed.MODEL_NAME)
    )
    assert not pull.any()


def test_the_rounds_own_subject_is_not_a_topic() -> None:
    # Every note says "launch": the word is the question, so it cannot tell themes apart.
    texts = [f"launch note {word}" for word in ("alpha", "beta", "gamma", "delta", "omega")]
    texts += ["launch plan", "launch day", "launch date", "launch deck", "launch party"]
    scores = concepts.topic_scores(texts, None, None)
    launches = [t.name for t in TOPICS].index("product and launches")
    assert not scores[:, launches].any()
    # ... whereas in a mixed round the same word does count.
    mixed = ["launch plan", *OPEN_ROUND]
    assert concepts.topic_scores(mixed, None, None)[0, launches] > 0


@needs_model
def test_a_templates_round_is_recognised_from_its_notes() -> None:
    rounds = clustering.template_rounds("sales-marketing-roundtable")
    hints = fitting_hints(BROKEN, vectors_for(BROKEN), rounds, embed.embed_texts)
    assert {h.label for h in hints} >= {"Culture and silos", "Compensation and incentives"}
    labels = clustering.cluster_texts(BROKEN, template="sales-marketing-roundtable")
    assert labels != clustering.cluster_texts(BROKEN), "the hints changed nothing"
    # The notes were written in pairs, one pair per hint; most pairs end up together.
    pairs = sum(labels[i] == labels[i + 1] for i in range(0, len(BROKEN), 2))
    assert pairs >= 4, labels


@needs_model
def test_hints_for_other_questions_are_not_forced_on_notes() -> None:
    rounds = clustering.template_rounds("sales-marketing-roundtable")
    assert fitting_hints(REFERENCES, vectors_for(REFERENCES), rounds, embed.embed_texts) == []
    with_template = clustering.cluster_texts(REFERENCES, template="sales-marketing-roundtable")
    assert with_template == clustering.cluster_texts(REFERENCES)


def test_unknown_template_means_no_rounds() -> None:
    assert clustering.template_rounds("no-such-template") == []
    assert clustering.template_rounds(None) == []


@needs_model
@pytest.mark.parametrize("weight", [placement.SORT_TOPIC_WEIGHT, 0.0])
def test_sorting_follows_the_topic_of_a_themes_notes(
    weight: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(placement, "SORT_TOPIC_WEIGHT", weight)
    themes = {
        "Theme 1": ["us versus them in every meeting", "we don't trust each other's numbers"],
        "Theme 2": ["commission only counts closed deals", "the SPIFF rewards volume over fit"],
        "Theme 3": ["trade show booth was packed this year", "webinar attendance doubled"],
    }
    texts = [
        "two tribes on separate floors",
        "bonus tied to how many MQLs we generate",
        "conference dinners with prospects work",
        "marketers get variable pay on pipeline",
        "field events in each region",
        "silos between the floors",
    ]
    want = ["Theme 1", "Theme 2", "Theme 3", "Theme 2", "Theme 3", "Theme 1"]
    got = clustering.sort_into_themes(texts, themes)
    right = sum(g == w for g, w in zip(got, want, strict=True))
    if weight:
        assert right == len(want), got
    else:  # the same notes without the lexicon: proof the test measures it
        assert right < len(want), got


@needs_model
def test_a_suggested_themes_reason_names_its_topic() -> None:
    themes = clustering.suggest_themes(list(enumerate(OPEN_ROUND)))
    reasons = {frozenset(t.note_ids): t.reason for t in themes}
    assert reasons[frozenset({3, 4, 5})].startswith("About pay and incentives: 3 notes")
    assert reasons[frozenset({6, 7, 8})].startswith("About events: ")
