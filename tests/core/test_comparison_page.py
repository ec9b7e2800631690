"""Word minutes: a round's comparison (heading, caption, chart, table) keeps to one page."""

from __future__ import annotations

import math
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from roundtable.export import export_minutes
from roundtable.store import Store

PAGE_CM = 29.7 - 2 * 2.0  # A4 less the minutes' top and bottom margins


def many_themes(store: Store, labels: list[str]) -> None:
    """Round 2 with a theme a label, each with a sales and a marketing note and dots from
    both sides."""
    store.update_session(anonymous=False)
    ana = store.add_participant("Ana Lopez", "sales")
    ben = store.add_participant("Ben Ito", "marketing")
    rnd = store.round_at(2)
    for t, label in enumerate(labels):
        ids = [
            store.add_note(
                rnd.id, f"{label}: note {k}", function=p.function, participant_id=p.id
            ).id
            for k, p in enumerate((ana, ben))
        ]
        theme = store.add_theme(rnd.id, label, note_ids=ids)
        store.set_votes(theme.id, "marketing", 45 - t)
        store.set_votes(theme.id, "sales", t % 4 + 1)


def comparison(path: Path) -> list[Paragraph | Table]:
    """The comparison's heading and what follows it up to the next heading, in order."""
    document = docx.Document(str(path))
    body: list[Paragraph | Table] = list(document.iter_inner_content())
    start = next(
        i
        for i, block in enumerate(body)
        if isinstance(block, Paragraph) and block.text.endswith("sales and marketing compared")
    )
    end = next(
        i
        for i, block in enumerate(body[start + 1 :], start=start + 1)
        if isinstance(block, Paragraph) and block.style.name.startswith("Heading")
    )
    return body[start:end]


def kept_with_next(p: Paragraph) -> bool:
    """Whether `p` is kept on the page of what follows it, set on it or by its style."""
    own = p.paragraph_format.keep_with_next
    return bool(own if own is not None else p.style.paragraph_format.keep_with_next)


def chart_cm(p: Paragraph) -> float:
    (shape,) = p._p.xpath(".//wp:inline/wp:extent")
    return int(shape.get("cy")) / 360_000


def rows_cm(table: Table) -> float:
    """A rough height for the table: half a centimetre a line, a line for 24 letters."""
    return sum(0.5 * math.ceil(len(r.cells[0].text) / 24) for r in table.rows)


def test_sixteen_themes_compared_on_one_page_chart_above_table(
    store: Store, tmp_path: Path
) -> None:
    # Sixteen themes: the chart (17 cm) and table (8 cm) were taller than a page. Nothing
    # tied the chart to the table, so the chart went overleaf alone, a page apart from the
    # heading that said what it showed. Now the chart is drawn shorter to fit.
    many_themes(store, [f"Theme {t} pipeline" for t in range(16)])
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    heading, caption, chart, headline, table = comparison(out)
    assert kept_with_next(headline)  # the line over the table stays with it
    assert isinstance(heading, Paragraph) and isinstance(caption, Paragraph)
    assert caption.text.startswith("Votes (dots) each theme received")
    assert isinstance(chart, Paragraph) and chart_cm(chart) > 8
    assert isinstance(table, Table) and len(table.rows) == 17
    assert [kept_with_next(p) for p in (heading, caption, chart)] == [True, True, True]
    assert all(kept_with_next(row.cells[0].paragraphs[0]) for row in table.rows[:-1])
    assert 1.5 + 1.0 + chart_cm(chart) + 1.0 + rows_cm(table) < PAGE_CM


def test_a_comparison_taller_than_a_page_keeps_its_chart_under_its_heading(
    store: Store, tmp_path: Path
) -> None:
    # Thirteen themes with long names: every row of the table took three lines, and table
    # and chart together were taller than a page. All tied together, LibreOffice and Word
    # broke them where they could: the chart alone at the top of the next page, half of
    # two pages blank. Now the chart stays with its heading and the table runs on below
    # it, its header row repeated overleaf.
    many_themes(store, [f"Theme {t} about how we share the pipeline every week" for t in range(13)])
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    heading, caption, chart, headline, table = comparison(out)
    assert kept_with_next(headline)  # the line over the table stays with it
    assert isinstance(heading, Paragraph) and isinstance(caption, Paragraph)
    assert isinstance(chart, Paragraph) and isinstance(table, Table)
    assert [kept_with_next(p) for p in (heading, caption)] == [True, True]
    assert 1.5 + 1.0 + chart_cm(chart) < PAGE_CM
    assert 1.5 + 1.0 + chart_cm(chart) + rows_cm(table) > PAGE_CM
    # Not held to the table, which no page can hold with it.
    assert not kept_with_next(chart)
    assert not all(kept_with_next(row.cells[0].paragraphs[0]) for row in table.rows)
    # The header row is repeated, and not left alone at the foot of a page.
    assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")
    assert kept_with_next(table.rows[0].cells[0].paragraphs[0])


def test_thirteen_short_themes_keep_chart_and_table_at_full_size(
    store: Store, tmp_path: Path
) -> None:
    many_themes(store, [f"Theme {t}" for t in range(13)])
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    heading, caption, chart, headline, table = comparison(out)
    assert kept_with_next(headline)  # the line over the table stays with it
    assert isinstance(chart, Paragraph) and isinstance(table, Table)
    # 0.9 + 0.42 inches a theme, at 5.4 of 6 inches wide: not shrunk.
    assert round(chart_cm(chart), 1) == round((0.9 + 0.42 * 13) * 0.9 * 2.54, 1)
    assert kept_with_next(chart)
    assert all(kept_with_next(row.cells[0].paragraphs[0]) for row in table.rows[:-1])
    assert 1.5 + 1.0 + chart_cm(chart) + 1.0 + rows_cm(table) < PAGE_CM
    # The table's last row is not tied to the next round's heading: tied on through its
    # question and first note, the chain no longer fit under the notes above, and the
    # example session's round 4 comparison left half of page 5 blank.
    assert not any(kept_with_next(p) for p in table.rows[-1].cells[0].paragraphs)


def test_a_chart_of_forty_themes_is_no_taller_than_a_page(store: Store, tmp_path: Path) -> None:
    # Forty themes drew a chart 29 cm tall on a page with 25.7 cm for text: a picture
    # cannot break across pages, and Word cuts it off at the foot of the page.
    many_themes(store, [f"Theme {t}" for t in range(40)])
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    heading, caption, chart, headline, table = comparison(out)
    assert kept_with_next(headline)  # the line over the table stays with it
    assert isinstance(chart, Paragraph) and isinstance(table, Table)
    assert 1.5 + 1.0 + chart_cm(chart) < PAGE_CM
    assert len(table.rows) == 41
