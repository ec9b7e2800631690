"""The minutes' comparison says what the app's chart says over it: the same headline, naming
what it measures, and the same themes shaded (the minutes had neither)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from roundtable.export import export_minutes
from roundtable.store import Store

# Per theme: sales notes, marketing notes, and the dots each side gives.
WITHIN = {
    "Shared pipeline view": (1, 3, (4, 4)),  # notes 25% against 50%, dots 40% and 40%
    "Lead definition": (2, 2, (4, 4)),
    "Campaign feedback": (1, 1, (2, 2)),
}
APART = {
    "Shared pipeline view": (1, 1, (6, 1)),  # dots 60% against 10%
    "Lead definition": (1, 1, (1, 6)),
    "Campaign feedback": (1, 1, (3, 3)),
}


def round_of(store: Store, themes: dict) -> None:
    rid = store.round_at(2).id
    for label, (sales, marketing, (sales_dots, marketing_dots)) in themes.items():
        ids = [store.add_note(rid, f"{label} {i}", function="sales").id for i in range(sales)]
        ids += [
            store.add_note(rid, f"{label} m{i}", function="marketing").id for i in range(marketing)
        ]
        theme = store.add_theme(rid, label, note_ids=ids)
        store.set_votes(theme.id, "sales", sales_dots)
        store.set_votes(theme.id, "marketing", marketing_dots)


def exported(store: Store, tmp_path: Path) -> docx.document.Document:
    return docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))


def shaded_themes(doc) -> list[str]:
    """The comparison table's rows with a fill of their own (not the header's)."""
    table = doc.tables[0]
    header = table.rows[0].cells[0]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
    shaded = []
    for row in table.rows[1:]:
        shd = row.cells[0]._tc.tcPr.find(qn("w:shd"))
        if shd is not None and shd.get(qn("w:fill")) not in (header, "auto"):
            shaded.append(row.cells[0].text)
    return shaded


def test_the_minutes_say_dots_are_close_and_where_notes_differ(store, tmp_path):
    round_of(store, WITHIN)
    doc = exported(store, tmp_path)
    texts = [p.text for p in doc.paragraphs]
    assert (
        "Dots: sales and marketing within 10 points on every theme; notes: most apart on"
        " “Shared pipeline view” (25% of the round's sales notes, 50% of its marketing notes)"
    ) in texts
    assert shaded_themes(doc) == []


def test_the_minutes_shade_the_biggest_gaps_and_say_so(store, tmp_path):
    round_of(store, APART)
    doc = exported(store, tmp_path)
    texts = [p.text.replace("\u00a0", " ") for p in doc.paragraphs]
    assert "Shaded: where sales and marketing differ most in dots (10 points or more)" in texts
    assert shaded_themes(doc) == ["Shared pipeline view", "Lead definition"]
    leans = {r.cells[0].text: r.cells[5].text for r in doc.tables[0].rows[1:]}
    assert leans == {
        "Shared pipeline view": "Sales +50 points",
        "Lead definition": "Marketing +50 points",
        "Campaign feedback": "Even",
    }


def markdown_of(store: Store, tmp_path: Path) -> list[str]:
    out = export_minutes(store.snapshot(), "md", tmp_path / "m.md")
    return out.read_text(encoding="utf-8").replace("\u00a0", " ").splitlines()


def test_the_markdown_minutes_say_what_the_app_says_over_the_table(store, tmp_path):
    round_of(store, WITHIN)
    lines = markdown_of(store, tmp_path)
    headline = (
        "Dots: sales and marketing within 10 points on every theme; notes: most apart on"
        " “Shared pipeline view” (25% of the round's sales notes, 50% of its marketing notes)"
    )
    assert headline in lines
    # Where the Word minutes have it: under the caption, over the table.
    table = lines.index("| Theme | Sales | Marketing | Other | Votes | Leans |")
    assert lines.index(headline) == table - 2
    assert lines[table - 4].startswith("_Votes (dots) each theme received")


def test_the_markdown_minutes_set_the_biggest_gaps_in_bold_and_say_so(store, tmp_path):
    round_of(store, APART)
    lines = markdown_of(store, tmp_path)
    assert "In bold: where sales and marketing differ most in dots (10 points or more)" in lines
    table = lines.index("| Theme | Sales | Marketing | Other | Votes | Leans |")
    assert lines[table + 2 : table + 5] == [
        "| **Shared pipeline view** | 6 | 1 | 0 | 7 | **Sales +50 points** |",
        "| **Lead definition** | 1 | 6 | 0 | 7 | **Marketing +50 points** |",
        "| Campaign feedback | 3 | 3 | 0 | 6 | Even |",
    ]
