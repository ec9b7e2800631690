"""An owner's hyphenated name stays whole on its line in the action table.

The Owner column broke "Nadia El-Amrani" after its hyphen ("Nadia El-" over "Amrani"),
as Word and LibreOffice break any hyphen: read as two lines of a name in a narrow column.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from roundtable.export import export_minutes
from roundtable.export.docx_fit import CELL_PADDING_CM, lines
from roundtable.store import Store

NAMES = ["Nadia El-Amrani", "Pieter van den Broucke-Janssens"]


def owner_cells(store: Store, tmp_path: Path):
    for i, name in enumerate(NAMES):
        store.add_action(f"Commitment {i + 1}", owner=name, owner_function="sales")
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    return [row.cells[1] for row in docx.Document(str(out)).tables[-1].rows[1:]]


def test_a_hyphenated_owner_is_not_broken_at_its_hyphen(store: Store, tmp_path: Path) -> None:
    cells = owner_cells(store, tmp_path)
    assert [c.text for c in cells] == NAMES  # read (and copied) as typed
    for cell in cells:
        texts = [t.text for t in cell._tc.iter(qn("w:t"))]
        assert not any("-" in t for t in texts)  # no hyphen a line may break after
        assert len(list(cell._tc.iter(qn("w:noBreakHyphen")))) == 1


def test_the_owner_column_fits_the_whole_hyphenated_word(store: Store, tmp_path: Path) -> None:
    cells = owner_cells(store, tmp_path)
    width = cells[1].width.cm - CELL_PADDING_CM
    assert lines("Broucke-Janssens", width, 9.5) == 1


def test_a_name_longer_than_the_column_still_breaks_at_its_hyphens(
    store: Store, tmp_path: Path
) -> None:
    # Kept whole, it could only break in the middle of a part.
    name = "Jean-Baptiste-Lefèvre-Dubois-Martin-Saint-Exupéry"
    store.add_action("Commitment", owner=name, owner_function="sales")
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    cell = docx.Document(str(out)).tables[-1].rows[1].cells[1]
    assert cell.text == name
    assert not list(cell._tc.iter(qn("w:noBreakHyphen")))
