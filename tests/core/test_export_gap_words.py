"""The Word minutes say a gap in points ("Marketing +17 points"), not "pts", and the
comparison's caption names them percentage points, the first time they come up."""

from __future__ import annotations

from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.store import Store
from tests.core.test_export_docx import fill


def test_the_minutes_say_points_in_full(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=False)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells][-1] == "Leans"
    leans = [r.cells[-1].text for r in table.rows[1:]]
    assert leans == ["Marketing +26 points", "Sales +26 points"]
    words = "\n".join(p.text for p in doc.paragraphs)
    caption = next(p for p in words.splitlines() if "minus the other's" in p)
    assert caption.endswith("minus the other's, in percentage points.")
    everything = words + "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert " pts" not in everything and " pt " not in everything
