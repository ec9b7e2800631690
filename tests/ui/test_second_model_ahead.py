"""A round written in two languages is grouped with a second model as well as MiniLM
(roundtable/clustering/second.py), which takes about a second to load. The app loads it, and
computes the round's vectors with it, in the background as the notes come in (or when a file
is opened on such a round), so the first Suggest themes does not wait for it; an English
round never loads it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from roundtable.clustering import (
    MODEL_NAME,
    embed_texts,
    second,
    semantic_available,
    vector_to_bytes,
)
from roundtable.store import Store
from tests.ui.conftest import shown_window
from ui.sensemaking.suggest_live import NoteEmbedder

pytestmark = pytest.mark.skipif(not semantic_available(), reason="needs the MiniLM model")

MIXED = [
    "We give away too much discount at the end of the quarter",
    "Reps cut the price before the customer even asks",
    "Marketing leads are not followed up by sales within a week",
    "Half the contacts in the CRM are out of date",
    "Wir geben am Quartalsende viel zu viel Rabatt",
    "Der Vertrieb ruft die Leads aus dem Marketing nicht zurück",
    "Die Hälfte der Kontakte im CRM ist veraltet",
    "Niemand trägt seine Termine ins CRM ein",
]
ENGLISH = [
    "Marketing and sales meet every monday to go through the pipeline",
    "We share one dashboard for leads and deals",
    "Joint account planning for our top 20 customers",
    "Sales gives feedback on every campaign within a week",
]


@pytest.fixture
def fresh_second(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second model not loaded yet in this process, and nothing computed with it."""
    if second.load() is None:
        pytest.skip("the second model's package is not installed")
    monkeypatch.setattr(second, "_model", None)
    monkeypatch.setattr(second, "_failed", False)
    monkeypatch.setattr(second, "_cache", {})


def _type(qtbot, window, notes: list[str]) -> None:
    for text in notes:
        window.entry.insert(text)  # keyClicks cannot type "ä"
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)


def test_notes_typed_in_two_languages_have_the_second_model_ready(qtbot, window, fresh_second):
    embedder = window.findChild(NoteEmbedder, "noteEmbedder")
    _type(qtbot, window, ENGLISH)
    qtbot.waitUntil(lambda: embedder.idle, timeout=30000)
    qtbot.wait(100)
    assert second._model is None  # an English round: never loaded
    _type(qtbot, window, MIXED)
    qtbot.waitUntil(lambda: set(ENGLISH + MIXED) <= set(second._cache), timeout=30000)
    assert second._model is not None


def test_a_file_opened_on_a_two_language_round_gets_it_ready(
    qtbot, session_file, fake_clock, fresh_second
):
    # Its notes were embedded in an earlier sitting: nothing is left for the embedder to do.
    with Store.open(session_file) as store:
        rid = store.rounds()[0].id
        ids = [store.add_note(rid, text).id for text in MIXED]
        vectors = embed_texts(MIXED)
        store.set_note_vectors(
            MODEL_NAME, {i: vector_to_bytes(v) for i, v in zip(ids, vectors, strict=True)}
        )
    second._cache.clear()
    window = shown_window(qtbot, session_file, fake_clock)
    try:
        assert window.shown_round_id() == rid
        embedder = window.findChild(NoteEmbedder, "noteEmbedder")
        assert not embedder.pending
        qtbot.waitUntil(lambda: set(MIXED) <= set(second._cache), timeout=30000)
    finally:
        window.close()
