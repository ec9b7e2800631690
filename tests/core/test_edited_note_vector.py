"""A note's kept vector goes when its text is edited: Suggest themes and live placement take
the file's vectors as the notes' own, so a vector of the old words placed the edited note
by what it no longer says (after the app closed before embedding it again, or on a laptop
without the sentence model)."""

from __future__ import annotations

from roundtable.store import Store

MODEL = "test-model"


def test_editing_a_notes_text_drops_its_kept_vector(tmp_path):
    with Store.create(tmp_path / "s.roundtable", title="Vectors") as store:
        rid = store.add_round("Round 1").id if not store.rounds() else store.rounds()[0].id
        edited = store.add_note(rid, "Leads are never called back", function="sales").id
        moved = store.add_note(rid, "Trade fair badges are scanned", function="sales").id
        kept = store.add_note(rid, "Pricing page is out of date", function="marketing").id
        store.set_note_vectors(MODEL, {edited: b"old1", moved: b"old2", kept: b"old3"})

        store.update_note(edited, text="Our pay plan rewards renewals only")
        store.update_note(moved, function="marketing")  # its words unchanged
        store.update_note(kept, text="Pricing page is out of date")  # the same words

        assert store.note_vectors(MODEL) == {moved: b"old2", kept: b"old3"}
