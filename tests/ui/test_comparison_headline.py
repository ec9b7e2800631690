"""The comparison's headline says what it measures and is true of every bar under it: it
read "Sales and marketing within 10 points on every theme" over note bars of 25% and 50%."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

from tests.ui.test_gaps_in_points import drawn_texts
from tests.ui.test_sensemaking_votes import MARKETING, SALES, type_votes
from ui.sensemaking.comparison import ComparisonChart, gap_tag

# Per theme: sales notes, marketing notes, and the dots each side gives. Dots are 40/40,
# 40/40 and 20/20 percent; notes 25/50, 50/25 and 25/25.
THEMES = {
    "Shared pipeline view": (1, 2, (4, 4)),
    "Lead definition": (2, 1, (4, 4)),
    "Campaign feedback": (1, 1, (2, 2)),
}


def themed_round(qtbot, window, themes=THEMES) -> ComparisonChart:
    store, rid = window.store, window.shown_round_id()
    for label, (sales, marketing, _dots) in themes.items():
        ids = [store.add_note(rid, f"{label} s{i}", function="sales").id for i in range(sales)]
        ids += [
            store.add_note(rid, f"{label} m{i}", function="marketing").id for i in range(marketing)
        ]
        store.add_theme(rid, label, note_ids=ids)
    window.findChild(QWidget, "votesDock").raise_()
    qtbot.waitUntil(lambda: window.findChild(QTableView, "voteTable").isVisible())
    for row, (_s, _m, (sales, marketing)) in enumerate(themes.values()):
        type_votes(qtbot, window, row, SALES, str(sales))
        type_votes(qtbot, window, row, MARKETING, str(marketing))
    return window.findChild(ComparisonChart, "comparisonChart")


def headline_drawn(chart, monkeypatch) -> str:
    """The line over "◀ Sales" as the chart paints it, its wrapped lines joined."""
    drawn = drawn_texts(chart, monkeypatch)
    end = drawn.index("◀ Sales")
    start = next(
        i for i, t in enumerate(drawn) if t.startswith(("Dots", "Notes:", "Shaded:", "Sales and"))
    )
    assert start < end, drawn
    return " ".join(drawn[start:end]).replace("\u00a0", " ")


def test_the_headline_names_dots_and_the_notes_that_differ(qtbot, window, monkeypatch):
    chart = themed_round(qtbot, window)
    assert not any(b.highlighted for b in chart.bars)
    assert headline_drawn(chart, monkeypatch) == (
        "Dots: sales and marketing within 10 points on every theme; notes: most apart on"
        " “Shared pipeline view” and “Lead definition” (25 points each)"
    )


def test_the_headline_names_the_one_theme_whose_notes_differ(qtbot, window, monkeypatch):
    # Notes: 25% against 50%, 50% against 33%, 25% against 17%.
    one = {**THEMES, "Shared pipeline view": (1, 3, (4, 4)), "Lead definition": (2, 2, (4, 4))}
    chart = themed_round(qtbot, window, one)
    assert headline_drawn(chart, monkeypatch) == (
        "Dots: sales and marketing within 10 points on every theme; notes: most apart on"
        " “Shared pipeline view” (25% of the round's sales notes, 50% of its marketing notes)"
    )


def test_the_headline_says_dots_and_notes_when_both_are_close(qtbot, window, monkeypatch):
    close = {"Shared pipeline view": (1, 1, (4, 4)), "Lead definition": (1, 1, (4, 4))}
    chart = themed_round(qtbot, window, close)
    assert headline_drawn(chart, monkeypatch) == (
        "Dots and notes: sales and marketing within 10 points on every theme"
    )


def test_the_shading_legend_names_dots(qtbot, window, monkeypatch):
    apart = {"Shared pipeline view": (1, 1, (4, 1)), "Lead definition": (1, 1, (1, 4))}
    chart = themed_round(qtbot, window, apart)
    assert {b.label for b in chart.bars if b.highlighted} == set(apart)
    assert headline_drawn(chart, monkeypatch) == (
        "Shaded: where sales and marketing differ most in dots (10 points or more)"
    )


def test_a_gap_that_reads_10_points_is_shaded(qtbot, window, monkeypatch):
    # Dots: 43% against 33% and 57% against 67% (9.5 points each, said "10 points" in the
    # minutes' Leans column): neither was shaded, under "within 10 points on every theme".
    close = {"Shared pipeline view": (1, 1, (3, 1)), "Lead definition": (1, 1, (4, 2))}
    chart = themed_round(qtbot, window, close)
    assert {b.label: gap_tag(b) for b in chart.bars if b.highlighted} == {
        "Shared pipeline view": "Sales +10 points",
        "Lead definition": "Marketing +10 points",
    }
    assert headline_drawn(chart, monkeypatch).startswith("Shaded:")


def test_the_minutes_say_what_the_chart_says(qtbot, window, monkeypatch, tmp_path):
    import docx

    from roundtable.export import export_minutes

    # Two people a side: with one, an anonymous session's minutes count no side.
    window.store.add_participant("Cleo Park", "sales")
    window.store.add_participant("Dev Rao", "marketing")
    chart = themed_round(qtbot, window)
    said = headline_drawn(chart, monkeypatch)
    path = export_minutes(window.store.snapshot(), "docx", tmp_path / "m.docx")
    paragraphs = [p.text.replace("\u00a0", " ") for p in docx.Document(str(path)).paragraphs]
    assert said in paragraphs
