"""A round that ended with commitments but no notes says so on the minutes' front page.

A follow-up's closing round ("Next commitments") is where the room agrees its action items,
typed in the Action items panel, not as notes: the front page listed it as "No notes:
Round 5: Next commitments", as if nothing had come of it.
"""

from __future__ import annotations

from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.store import Store


def test_a_round_without_notes_names_its_action_items(store: Store, tmp_path: Path) -> None:
    r2, r5 = store.round_at(2), store.round_at(5)
    store.start_round(r2.id)
    store.add_note(r2.id, "Shared dashboard ended the MQL argument", function="marketing")
    store.start_round(r5.id)
    store.add_action("Run a joint win-loss review", owner="Lena Hoffmann", round_id=r5.id)
    store.add_action("Share the content calendar", owner="Emma Dubois", round_id=r5.id)
    store.finish_round(r5.id)

    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    lines = [p.text for p in doc.paragraphs]
    assert "No notes: Round 5: Commitments (2 action items agreed)" in lines, lines[:12]
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "Round 5: Commitments (2 action items agreed)" in md
