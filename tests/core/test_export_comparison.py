"""The comparison of a round: its table, its chart and its caption say the same thing."""

from __future__ import annotations

from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.export.chart import comparison_figure
from roundtable.export.comparison import compare, compared_caption
from roundtable.export.content import build_minutes
from roundtable.store import Store


def uneven_room(store: Store) -> None:
    """Ten sales dots to four marketing ones: raw counts and shares disagree."""
    rid = store.round_at(2).id
    store.start_round(rid)
    for label, sales, marketing, other in [
        ("Shared pipeline reviews", 10, 3, 0),
        ("Joint campaign planning", 10, 1, 0),
        ("Finance signs off budgets", 0, 0, 2),
    ]:
        note = store.add_note(rid, f"A note on {label.lower()}", function="other").id
        theme = store.add_theme(rid, label, note_ids=[note])
        for function, count in (("sales", sales), ("marketing", marketing), ("other", other)):
            store.set_votes(theme.id, function, count)


def test_table_and_chart_both_compare_shares(store: Store, tmp_path: Path) -> None:
    uneven_room(store)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows]
    # 10 of 20 sales dots is 50 %, 3 of 4 marketing dots 75 %: marketing leans.
    assert rows[1] == ["Shared pipeline reviews", "10", "3", "0", "13", "Marketing +25 points"]
    assert rows[2] == ["Joint campaign planning", "10", "1", "0", "11", "Sales +25 points"]

    chart = comparison_figure(compare(build_minutes(store.snapshot()).rounds[0]))
    ax = chart.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    values = sorted(t.get_text().strip() for t in ax.texts)
    assert labels == ["Joint campaign planning", "Shared pipeline reviews"]  # bottom up
    assert values == ["25%", "50%", "50%", "75%"]
    assert ax.get_xlabel() == "Share of each function's dots in the round"


def test_a_theme_only_other_functions_voted_for_is_not_compared(
    store: Store, tmp_path: Path
) -> None:
    uneven_room(store)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    assert [r.cells[0].text for r in doc.tables[0].rows[1:]] == [
        "Shared pipeline reviews",
        "Joint campaign planning",
    ]
    lines = [p.text for p in doc.paragraphs]
    line = "Not compared (only other functions gave it dots): “Finance signs off budgets”."
    assert line in lines
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "| Finance signs off budgets | 0 | 0 |" not in md
    assert f"_{line}_" in md


def test_long_theme_names_are_wrapped_not_cut(store: Store) -> None:
    rid = store.round_at(2).id
    long_names = [
        "A deliberately very long theme label",  # 36 characters lost its "A"
        "Marketing-qualified leads that sales never calls back within the agreed two days",
        "Supercalifragilisticexpialidociousnessfulness",
    ]
    for name in long_names:
        note = store.add_note(rid, f"Note for {name}", function="sales").id
        store.add_theme(rid, name, note_ids=[note])
    chart = comparison_figure(compare(build_minutes(store.snapshot()).rounds[0]))
    renderer = chart.canvas.get_renderer()
    chart.draw(renderer)
    ticks = chart.axes[0].get_yticklabels()[::-1]  # top down, as the themes were added
    shown = [t.get_text() for t in ticks]
    assert shown[0] == "A deliberately very long\ntheme label"
    assert shown[1] == "Marketing-qualified leads\nthat sales never calls…"
    assert shown[2] == "Supercalifragilisticexpial\nidociousnessfulness"  # a word broken
    for tick in ticks:
        assert tick.get_window_extent(renderer).x0 >= 0, tick.get_text()  # nothing cut off


def test_the_export_prepared_in_a_worker_thread_still_draws_the_chart(
    store: Store, tmp_path: Path
) -> None:
    # The app loads python-docx and matplotlib in a worker thread once its window shows.
    import threading

    from roundtable.export import prepare_word_export

    failed: list[BaseException] = []

    def prepare() -> None:
        try:
            prepare_word_export()
        except BaseException as exc:  # reported below, in the test's own thread
            failed.append(exc)

    worker = threading.Thread(target=prepare)
    worker.start()
    worker.join()
    assert failed == []
    uneven_room(store)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    assert len(doc.inline_shapes) == 1  # the round's comparison chart
    assert doc.tables[0].rows[1].cells[0].text == "Shared pipeline reviews"


def one_sided_round(store: Store) -> None:
    """A round whose themes hold only sales notes, with no dots at all."""
    rid = store.round_at(2).id
    store.start_round(rid)
    for label, count in (("Slow follow-up", 3), ("Bonus plans", 1)):
        ids = [store.add_note(rid, f"{label} {i}", function="sales").id for i in range(count)]
        store.add_theme(rid, label, note_ids=ids)


def test_no_gap_is_shown_when_marketing_wrote_nothing_to_compare(
    store: Store, tmp_path: Path
) -> None:
    # The Leans column read "Sales +100 pts" (and "Sales +50 pts") against no marketing
    # notes at all.
    one_sided_round(store)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows[1:]]
    assert [r[-1] for r in rows] == ["No marketing notes", "No marketing notes"]
    lines = [p.text for p in doc.paragraphs]
    (caption,) = [line for line in lines if line.startswith("No votes were taken")]
    assert "no marketing notes on this round's themes" in caption and "no gap" in caption
    assert "pts" not in caption and "minus the other's" not in caption
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "| Slow follow-up | 3 | 0 | 0 | 3 | No marketing notes |" in md
    assert "Sales +" not in md
    chart = comparison_figure(compare(build_minutes(store.snapshot()).rounds[0]))
    assert chart.axes[0].get_xlabel().endswith("(no marketing notes)")


def test_the_caption_names_who_gave_the_dots(store: Store, tmp_path: Path) -> None:
    # "Only one function gave dots" was said of dots from other functions, and of dots
    # from sales and other functions.
    one_sided_round(store)
    rid = store.round_at(2).id
    marketing = store.add_note(rid, "Nobody reads the brief", function="marketing").id
    brief = store.add_theme(rid, "Briefs", note_ids=[marketing])
    store.set_votes(brief.id, "other", 2)
    rnd = build_minutes(store.snapshot()).rounds[0]
    comparison = compare(rnd)
    said = compared_caption(comparison, rnd)
    assert said.startswith("Only other functions gave dots in this round")
    leans = {row.theme.label: row.leans for row in comparison.rows}
    assert leans == {  # both wrote notes now: a gap of notes
        "Briefs": "Marketing +100 points",
        "Slow follow-up": "Sales +75 points",
        "Bonus plans": "Sales +25 points",
    }
    store.set_votes(brief.id, "sales", 1)
    rnd = build_minutes(store.snapshot()).rounds[0]
    said = compared_caption(compare(rnd), rnd)
    assert said.startswith("Only sales and other functions gave dots in this round")
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    assert not [p.text for p in doc.paragraphs if "Only one function" in p.text]


def test_the_charts_scale_reads_in_whole_steps(store: Store) -> None:
    # Shares up to 14% were marked every 2.5 points and labelled in whole numbers:
    # "0% 2% 5% 8% 10% 12% 15%", so a bar ending at 7.5% stood at a "8%" mark.
    rid = store.round_at(2).id
    for t in range(13):
        note = store.add_note(rid, f"Note {t}", function="sales").id
        theme = store.add_theme(rid, f"Theme {t}", note_ids=[note])
        store.set_votes(theme.id, "sales", (t * 7) % 5 + 1)
        store.set_votes(theme.id, "marketing", 13 - t)
    chart = comparison_figure(compare(build_minutes(store.snapshot()).rounds[0]))
    chart.canvas.draw()
    ax = chart.axes[0]
    shown = [
        (tick, label.get_text())
        for tick, label in zip(ax.get_xticks(), ax.get_xticklabels(), strict=True)
        if ax.get_xlim()[0] <= tick <= ax.get_xlim()[1]
    ]
    assert len(shown) >= 4
    assert all(label == f"{tick:g}%" for tick, label in shown), shown
