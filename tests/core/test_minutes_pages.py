"""Word minutes: how a round's notes and its comparison share the pages."""

from __future__ import annotations

from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.store import Store


def test_a_themes_last_note_is_not_pulled_onto_the_comparisons_page(
    store: Store, tmp_path: Path
) -> None:
    # The round's last note was kept with the comparison that follows it. When the
    # comparison (heading, table, chart) did not fit under the notes, that one note went
    # overleaf with it: in the example session "RevOps as neutral referee" stood alone at
    # the top of page 3, its theme's other note on page 2; with thirteen themes a theme
    # said "2 notes", showed one, and left half a page blank.
    store.update_session(anonymous=False)
    ana = store.add_participant("Ana Lopez", "sales")
    ben = store.add_participant("Ben Ito", "marketing")
    rnd = store.round_at(2)
    for t in range(13):
        ids = [
            store.add_note(rnd.id, f"Note {t}.{k}", function=p.function, participant_id=p.id).id
            for k, p in enumerate((ana, ben))
        ]
        theme = store.add_theme(rnd.id, f"Theme {t}", note_ids=ids)
        store.set_votes(theme.id, "marketing", 13 - t)
        store.set_votes(theme.id, "sales", t % 3)
    store.add_note(rnd.id, "A note in no theme", function="sales", participant_id=ana.id)
    store.add_note(rnd.id, "The round's last word", function="marketing", participant_id=ben.id)
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    paragraphs = docx.Document(str(out)).paragraphs
    notes = [p for p in paragraphs if p.style.name == "List Bullet" and "(" in p.text]
    assert notes[-1].text == "The round's last word (Ben Ito, marketing)"
    assert len(notes) == 28
    # No note is tied to the paragraph after it, so Word and LibreOffice never move a note
    # away from the notes above it to keep it with the comparison.
    assert [p.text for p in notes if p.paragraph_format.keep_with_next] == []
    compared = [p for p in paragraphs if p.text.endswith("sales and marketing compared")]
    assert [p.text for p in compared] == ["Round 2, What works: sales and marketing compared"]


def test_a_side_that_gave_no_dots_in_a_round_is_not_counted_as_zero(
    store: Store, tmp_path: Path
) -> None:
    # Only marketing voted in round 3 (sales' dots went unrecorded). The summary and the
    # round said "Talking: 4 votes (0 sales, 4 marketing)", which a sales director read
    # as sales turning the theme down; only the comparison, pages later, said that sales
    # had given no dots at all.
    ana = store.add_participant("Ana Lopez", "sales")
    ben = store.add_participant("Ben Ito", "marketing")
    r2, r3 = store.round_at(2), store.round_at(3)
    both = store.add_theme(
        r2.id,
        "Pipeline",
        note_ids=[store.add_note(r2.id, "Weekly call", function="sales", participant_id=ana.id).id],
    )
    store.set_votes(both.id, "sales", 3)
    store.set_votes(both.id, "marketing", 1)
    talk = [store.add_note(r3.id, "We never talk", function="marketing", participant_id=ben.id).id]
    talking = store.add_theme(r3.id, "Talking", note_ids=talk)
    store.set_votes(talking.id, "marketing", 4)
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    lines = [p.text for p in docx.Document(str(out)).paragraphs]
    assert lines[lines.index("Top themes by votes") + 1 :][:2] == [
        "Pipeline: 4 votes (3 sales, 1 marketing), round 2, What works",
        "Talking: 4 votes (4 marketing; no sales votes in this round), round 3, Why it's broken",
    ]
    assert "4 votes (4 marketing; no sales votes in this round) · 1 note" in lines
    assert "4 votes (3 sales, 1 marketing) · 1 note" in lines
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "**Talking**: 4 votes (4 marketing; no sales votes in this round)" in md
    assert "**4 votes** (4 marketing; no sales votes in this round) · 1 note" in md
    assert "0 sales" not in md
