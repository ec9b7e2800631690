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
    store.update_session(anonymous=False)  # (anonymous, one a side: totals only)
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
    assert lines[lines.index("Top themes by votes") + 1 :][:3] == [
        "Pipeline: 4 votes (3 sales, 1 marketing), round 2, What works",
        "Talking: 4 votes (4 marketing), round 3, Why it's broken",
        "Sales gave no votes in round 3, Why it's broken, so its themes show no sales count.",
    ]
    assert "4 votes (4 marketing) · 1 note" in lines
    assert "4 votes (3 sales, 1 marketing) · 1 note" in lines
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "**Talking**: 4 votes (4 marketing), round 3" in md
    assert (
        "Sales gave no votes in round 3, Why it's broken, so its themes show no sales count." in md
    )
    assert "**4 votes** (4 marketing) · 1 note" in md
    assert "0 sales" not in md


def test_a_side_without_dots_is_named_once_per_round_not_under_every_theme(
    store: Store, tmp_path: Path
) -> None:
    # Sales gave no dots in round 3. Every theme's count said "; no sales votes in this
    # round", in the summary and again in the round: five times over five top themes.
    store.update_session(anonymous=False)  # (anonymous, one a side: totals only)
    ana = store.add_participant("Ana Lopez", "sales")
    ben = store.add_participant("Ben Ito", "marketing")
    r2, r3 = store.round_at(2), store.round_at(3)
    theme = store.add_theme(
        r2.id,
        "Pipeline",
        note_ids=[store.add_note(r2.id, "Weekly call", function="sales", participant_id=ana.id).id],
    )
    store.set_votes(theme.id, "sales", 1)
    store.set_votes(theme.id, "marketing", 1)
    for k in range(4):
        ids = [store.add_note(r3.id, f"Gap {k}", function="marketing", participant_id=ben.id).id]
        store.set_votes(
            store.add_theme(r3.id, f"Gap theme {k}", note_ids=ids).id, "marketing", 9 - k
        )
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    lines = [p.text for p in docx.Document(str(out)).paragraphs]
    said = "Sales gave no votes in round 3, Why it's broken, so its themes show no sales count."
    in_round = "Sales gave no votes in this round, so its themes show no sales count."
    summary = lines[lines.index("Top themes by votes") + 1 :][:6]
    assert summary == [
        "Gap theme 0: 9 votes (9 marketing), round 3, Why it's broken",
        "Gap theme 1: 8 votes (8 marketing), round 3, Why it's broken",
        "Gap theme 2: 7 votes (7 marketing), round 3, Why it's broken",
        "Gap theme 3: 6 votes (6 marketing), round 3, Why it's broken",
        "Pipeline: 2 votes (1 sales, 1 marketing), round 2, What works",
        said,
    ]
    round_3 = lines[lines.index("Round 3: Why it's broken") :]
    assert round_3[1:4] == [
        "Question: What gets in the way between sales and marketing? Where does a good lead or"
        " a good idea get lost?",
        in_round,
        "Gap theme 0",
    ]
    assert "9 votes (9 marketing) · 1 note" in round_3
    text = "\n".join(lines)
    assert "no sales votes" not in text
    assert text.count("gave no votes") == 2
    assert "Sales gave no votes in this round" not in "\n".join(
        lines[: lines.index("Round 3: Why it's broken")]
    )
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert md.count(said) == 1
    assert md.count(in_round) == 1
    assert "no sales votes" not in md
