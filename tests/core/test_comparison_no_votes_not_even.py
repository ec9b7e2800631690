"""A theme nobody gave a dot reads "No votes" in the minutes' comparison, not "Even".

In a round where sales and marketing voted on some themes, the rows of the themes left
without a dot read "0 0 0 0 Even", as if both sides had weighed them alike; the app's
chart says nothing under them.
"""

from __future__ import annotations

from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.store import Store


def test_a_theme_without_dots_says_no_votes(store: Store, tmp_path: Path) -> None:
    rid = store.round_at(2).id
    store.start_round(rid)
    for label, sales, marketing in [
        ("Lead handling practice", 4, 2),
        ("Joint customer contact", 1, 5),
        ("Meeting rhythm", 0, 0),
    ]:
        note = store.add_note(rid, f"A note on {label.lower()}", function="sales").id
        theme = store.add_theme(rid, label, note_ids=[note])
        store.set_votes(theme.id, "sales", sales)
        store.set_votes(theme.id, "marketing", marketing)

    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows]
    assert rows[3] == ["Meeting rhythm", "0", "0", "0", "0", "No votes"]
    assert rows[1][-1] == "Sales +51 points"
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "| Meeting rhythm | 0 | 0 | 0 | 0 | No votes |" in md
