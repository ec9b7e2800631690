"""Live placement proposes themes from the vectors kept in the file, without embedding the
round's notes again: after each opening, and each round picked, it embedded all of them (a
round of 500 notes kept a core busy for about 8 s while the facilitator worked)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_live_placement_stale import settled
from tests.ui.test_live_placement_sure import NOTES


def test_a_reopened_round_is_sorted_with_its_stored_vectors(
    qtbot, session_file, fake_clock, monkeypatch
):
    from roundtable.clustering import embed, semantic_available

    if not semantic_available():
        return  # without the sentence model there are no vectors to keep
    texts = [text[3:] for text in NOTES]
    with Store.open(session_file, clock=fake_clock) as store:
        rid = store.session().current_round_id or store.rounds()[0].id
        store.set_current_round(rid)
        ids = [store.add_note(rid, t, function="sales").id for t in texts]
        store.add_theme(rid, "Pay plans", note_ids=ids[:1])
        vectors = embed.minilm_vectors(texts)
        store.set_note_vectors(
            embed.MODEL_NAME,
            {i: embed.vector_to_bytes(v) for i, v in zip(ids, vectors, strict=True)},
        )
    # As after a restart: nothing embedded in this run yet; and what the model is asked.
    monkeypatch.setattr(embed, "_cache", {})
    asked: list[str] = []
    encode = embed.MiniLM.encode

    def spied(self, texts, progress=None):
        asked.extend(texts)
        return encode(self, texts, progress)

    monkeypatch.setattr(embed.MiniLM, "encode", spied)

    window = shown_window(qtbot, session_file, fake_clock)
    assert window.shown_round_id() == rid
    comp = window.board.card(ids[texts.index("comp plan rewards renewals more than new clients")])
    qtbot.waitUntil(lambda: "Suggested theme: Pay plans" in comp.text())
    settled(qtbot, window)
    assert window.findChild(QObject, "livePlacer").proposals
    assert not set(asked) & set(texts)
    window.close()
