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
