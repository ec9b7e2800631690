"""Details of the exported minutes a reader notices: the chart's colours, counts that read
as English, an honest duration while a round still runs, and the file's permissions."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import docx
import pytest
from PIL import Image
from test_export_docx import fill  # rootdir-relative import: tests/core has no __init__

from roundtable.export import export_minutes
from roundtable.store import Store

UI_COMPARISON = Path(__file__).parents[2] / "ui" / "sensemaking" / "comparison.py"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _pixels_near(image: Image.Image, hex_colour: str, tolerance: int = 12) -> int:
    target = _rgb(hex_colour)
    rgb = image.convert("RGB")
    return sum(
        count
        for count, pixel in rgb.getcolors(maxcolors=rgb.width * rgb.height) or []
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True))
    )


def _chart_images(document) -> list[Image.Image]:
    images = []
    for shape in document.inline_shapes:
        rid = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        images.append(Image.open(io.BytesIO(document.part.related_parts[rid].blob)))
    return images


def _lines(document) -> list[str]:
    return [p.text for p in document.paragraphs]


# ----- 1. the chart uses the app's colours ---------------------------------------------------


def test_word_chart_bars_use_the_apps_function_colours(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=False)  # (anonymous, round 3's notes would give Hannah away)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    round_2, round_3 = _chart_images(doc)
    # Round 2 has sales and marketing dots on both themes: amber and blue bars, as on the
    # projector. Round 3 has sales dots only, so blue is just the legend's swatch there.
    assert _pixels_near(round_2, "#d99a00") > 2000
    assert _pixels_near(round_2, "#2b7fd0") > 2000
    assert _pixels_near(round_3, "#d99a00") > 2000
    for chart in (round_2, round_3):
        assert _pixels_near(chart, "#1f4e79") == 0  # the old navy
        assert _pixels_near(chart, "#e07b39") == 0  # the old orange


@pytest.mark.skipif(not UI_COMPARISON.is_file(), reason="the ui package is not in this tree")
def test_export_palette_matches_the_apps_comparison_chart() -> None:
    from roundtable.export.chart import FUNCTION_COLOURS

    source = UI_COMPARISON.read_text(encoding="utf-8")
    pattern = r'^(\w+)_COLOUR = QColor\("(#[0-9a-fA-F]{6})"\)'
    in_app = {name.lower(): c.lower() for name, c in re.findall(pattern, source, re.M)}
    assert in_app == {f: c.lower() for f, c in FUNCTION_COLOURS.items()}


# ----- 2. "1 note", "1 round", "1 vote" ------------------------------------------------------


def test_counted_reads_as_english() -> None:
    from roundtable.export.content import counted

    assert counted(1, "note") == "1 note"
    assert counted(0, "note") == "0 notes"
    assert counted(13, "round") == "13 rounds"


def one_of_each(store: Store) -> None:
    """One round, one note, one theme with one dot."""
    rnd = store.round_at(2)
    store.start_round(rnd.id)
    note = store.add_note(rnd.id, "Weekly pipeline call together", function="sales").id
    theme = store.add_theme(rnd.id, "Shared pipeline reviews", note_ids=[note])
    store.set_votes(theme.id, "sales", 1)


def test_word_counts_in_the_singular(store: Store, tmp_path: Path) -> None:
    one_of_each(store)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    lines = _lines(doc)
    assert "Notes: 1 note in 1 of 5 rounds; recorded anonymously" in lines
    title = store.round_at(2).title
    assert f"Shared pipeline reviews: 1 vote (1 sales), round 2, {title}" in lines
    assert "1 vote (1 sales) · 1 note" in lines
    text = "\n".join(lines)
    assert not re.search(r"\b1 (notes|rounds|votes)\b", text)


def test_markdown_counts_in_the_singular(store: Store, tmp_path: Path) -> None:
    one_of_each(store)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "- **Notes:** 1 note in 1 of 5 rounds; recorded anonymously" in md
    assert "**Shared pipeline reviews**: 1 vote (1 sales), round 2" in md
    assert "**1 vote** (1 sales) · 1 note" in md
    assert not re.search(r"\b1 (notes|rounds|votes)\b", md)


def test_counts_above_one_stay_plural(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=True)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    assert "Notes: 5 notes in 2 of 5 rounds; recorded anonymously" in _lines(doc)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "- **Notes:** 5 notes in 2 of 5 rounds; recorded anonymously" in md


# ----- 3. the duration while a round is still running ---------------------------------------


def duration_line(lines: list[str], prefix: str) -> str:
    [line] = [x for x in lines if x.startswith(prefix)]
    return line[len(prefix) :]


def run_three_minutes(store: Store, clock) -> int:
    rnd = store.round_at(2)
    store.start_round(rnd.id)
    clock.advance(60)
    store.add_note(rnd.id, "Weekly pipeline call together", function="sales")
    clock.advance(120)
    store.add_note(rnd.id, "One funnel report, not two", function="marketing")
    return rnd.id


def test_duration_of_a_running_round_says_it_is_still_running(
    store: Store, clock, tmp_path: Path
) -> None:
    run_three_minutes(store, clock)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    word = duration_line(_lines(doc), "Duration: ")
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    mark = duration_line(md.splitlines(), "- **Duration:** ")
    for line in (word, mark):
        assert re.fullmatch(
            r"\d\d:\d\d – still running \(3 min so far, last entry at \d\d:\d\d\)", line
        ), line


def test_duration_of_a_round_just_started_has_no_minutes_so_far(
    store: Store, tmp_path: Path
) -> None:
    rnd = store.round_at(1)
    store.start_round(rnd.id)
    store.add_note(rnd.id, "Marketing joins the Monday call", function="sales")
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert re.fullmatch(
        r"\d\d:\d\d – still running", duration_line(md.splitlines(), "- **Duration:** ")
    )


def test_duration_of_a_paused_round_is_not_an_end_time(store: Store, clock, tmp_path: Path) -> None:
    rid = run_three_minutes(store, clock)
    store.pause_round(rid)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "still running (3 min so far" in duration_line(md.splitlines(), "- **Duration:** ")


def test_duration_once_the_last_round_ended(store: Store, clock, tmp_path: Path) -> None:
    rid = run_three_minutes(store, clock)
    store.finish_round(rid)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    assert re.fullmatch(r"\d\d:\d\d–\d\d:\d\d \(3 min\)", duration_line(_lines(doc), "Duration: "))


def test_an_earlier_round_left_paused_does_not_keep_the_session_running(
    store: Store, clock, tmp_path: Path
) -> None:
    first = run_three_minutes(store, clock)
    store.pause_round(first)
    clock.advance(60)
    second = store.round_at(3).id
    store.start_round(second)
    clock.advance(60)
    store.add_note(second, "Leads wait four days", function="sales")
    store.finish_round(second)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    line = duration_line(md.splitlines(), "- **Duration:** ")
    assert re.fullmatch(r"\d\d:\d\d–\d\d:\d\d \(5 min\)", line), line


# ----- 4. the exported file's permissions ----------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.parametrize("fmt", ["docx", "md", "csv"])
@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_exported_file_gets_the_permissions_of_a_new_file(
    store: Store, tmp_path: Path, fmt: str, umask: int
) -> None:
    fill(store, anonymous=True)
    old = os.umask(umask)
    try:
        out = export_minutes(store.snapshot(), fmt, tmp_path / f"m.{fmt}")
        plain = tmp_path / "plain.txt"
        plain.write_text("a file any program writes")
    finally:
        os.umask(old)
    mode = out.stat().st_mode & 0o777
    assert mode == 0o666 & ~umask
    assert mode == plain.stat().st_mode & 0o777
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_example_sessions_minutes_say_when_it_ended(tmp_path: Path) -> None:
    # The example is a finished roundtable; its minutes said "still running (1 h 35 min so
    # far...)" because its closing round was left paused.
    from roundtable.demo import write_demo

    path = write_demo(tmp_path / "example.roundtable")
    with Store.open(path, read_only=True) as store:
        md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert re.fullmatch(
        r"\d\d:\d\d–\d\d:\d\d \(1 h \d\d min\)", duration_line(md.splitlines(), "- **Duration:** ")
    )


def test_a_round_without_votes_says_its_comparison_counts_notes(
    store: Store, tmp_path: Path
) -> None:
    # The notes table looked the same as a votes table; readers took notes for votes.
    rid = store.round_at(2).id
    ids = [store.add_note(rid, f"Shared call {i}", function="sales").id for i in range(2)]
    store.add_theme(rid, "Pipeline calls", note_ids=ids)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert "Round 2, What works: sales and marketing compared by their notes" in headings
    assert [c.text for c in doc.tables[0].rows[0].cells] == [
        "Theme",
        "Sales",
        "Marketing",
        "Other",
        "Notes",
        "Leans",
    ]
    assert any(p.text.startswith("No votes were taken in this round") for p in doc.paragraphs)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text(encoding="utf-8")
    assert "### Round 2, What works: sales and marketing compared by their notes" in md


def test_a_theme_named_in_japanese_is_drawn_in_the_chart_not_as_boxes(
    store: Store, tmp_path: Path, recwarn
) -> None:
    # With matplotlib's DejaVu Sans alone, "価格の悩み" came out as empty boxes.
    from roundtable.export.chart import label_fonts

    if len(label_fonts()) == 1:
        pytest.skip("this machine has no font for Japanese")
    rid = store.rounds()[1].id
    note = store.add_note(rid, "価格が高すぎると言われる", function="sales")
    theme = store.add_theme(rid, "価格の悩み", note_ids=[note.id])
    store.set_votes(theme.id, "sales", 2)
    export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    missing = [w for w in recwarn if "missing from font" in str(w.message).lower()]
    assert missing == []


def test_a_theme_name_with_emoji_is_drawn_in_the_chart_without_them(
    store: Store, tmp_path: Path, recwarn
) -> None:
    # "🎯🔥 Lead focus 💯" came out as "□□ Lead focus □" in the chart, and the export
    # printed a matplotlib warning for each emoji; the tables keep the name as typed.
    from roundtable.export.chart import chart_label

    rid = store.rounds()[1].id
    note = store.add_note(rid, "Everyone chases the same ten accounts", function="sales")
    theme = store.add_theme(rid, "🎯🔥 Lead focus 💯", note_ids=[note.id])
    store.set_votes(theme.id, "sales", 2)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    missing = [w for w in recwarn if "missing from font" in str(w.message).lower()]
    assert missing == []
    assert chart_label("🎯🔥 Lead focus 💯") == "Lead focus"
    assert doc.tables[0].rows[1].cells[0].text == "🎯🔥 Lead focus 💯"


def test_top_themes_keep_every_theme_tied_with_the_fifth(store: Store, tmp_path: Path) -> None:
    # A walkthrough's minutes listed three of four themes at 6 votes as the top five's
    # last places: the fourth looked as if it had fewer.
    rnd = store.round_at(2)
    votes = {
        "Pipeline call": 9,
        "One number": 8,
        "Lead SLA": 6,
        "Shared ICP": 6,
        "Content library": 6,
        "Rotation": 6,
        "Field events": 2,
    }
    for label, count in votes.items():
        note = store.add_note(rnd.id, f"{label} matters")
        store.set_votes(store.add_theme(rnd.id, label, note_ids=[note.id]).id, "sales", count)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    listed = [p.text.split(":")[0] for p in doc.paragraphs if p.style.name == "List Number"]
    assert listed == [
        "Pipeline call",
        "One number",
        "Lead SLA",
        "Shared ICP",
        "Content library",
        "Rotation",
    ]
    # With more ties than room, the list stops at eight and says how many more share it.
    for k in range(5):
        note = store.add_note(rnd.id, f"Idea {k}")
        store.set_votes(store.add_theme(rnd.id, f"Idea {k}", note_ids=[note.id]).id, "sales", 6)
    path = export_minutes(store.snapshot(), "md", tmp_path / "m.md")
    text = path.read_text(encoding="utf-8")
    assert "8. **" in text and "9. **" not in text
    assert "3 more themes also have 6 votes." in text


def test_leans_round_halves_up_alike(store: Store, tmp_path: Path) -> None:
    # 12.5 points read "Sales +12 pts" and 37.5 points "Sales +38 pts" in one table.
    rnd = store.round_at(2)
    # Sales dots 3 / 1 / 4 of 8 against marketing's 2 / 4 / 2 of 8 for three themes:
    # gaps of 12.5, -37.5 and 25 points.
    for label, s, m in (("Pipeline", 3, 2), ("Content", 1, 4), ("Events", 4, 2)):
        theme = store.add_theme(rnd.id, label)
        store.set_votes(theme.id, "sales", s)
        store.set_votes(theme.id, "marketing", m)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    for expected in ("Sales +13 points", "Marketing +38 points", "Sales +25 points"):
        assert expected in md, expected


def test_a_one_point_lean_is_singular() -> None:
    # "Marketing +1 pts".
    from roundtable.model import points_text

    assert [points_text(g) for g in (-1.2, 0.6, 2.0)] == ["1 point", "1 point", "2 points"]


def test_a_theme_left_with_no_notes_and_no_votes_is_not_in_the_minutes(
    store: Store, tmp_path: Path
) -> None:
    # "Conflicting goals and metrics / No votes · 0 notes" after its last note was dragged
    # into another theme.
    rnd = store.round_at(2)
    note = store.add_note(rnd.id, "Marketing counts MQLs, we get paid on closed deals")
    kept = store.add_theme(rnd.id, "Pay plans", note_ids=[note.id])
    empty = store.add_theme(rnd.id, "Conflicting goals and metrics")
    voted = store.add_theme(rnd.id, "Weekly pipeline meeting")
    store.set_votes(voted.id, "sales", 2)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert kept.label in md and voted.label in md  # a theme with votes stays, notes or not
    assert empty.label not in md


def test_the_summary_lists_open_commitments_first_and_marks_done_ones(
    store: Store, tmp_path: Path
) -> None:
    # The follow-up's summary listed items ticked done as if still open.
    first = store.add_action("Write the lead definition", owner="Ana Lopez")
    store.add_action("Pilot a 24-hour follow-up SLA", owner="Ben Okafor")
    store.update_action(first.id, status="done")
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    summary = md.split("### Action items", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in summary.splitlines() if line.startswith("- ")]
    assert lines == [
        "- Pilot a 24-hour follow-up SLA _(Ben Okafor, no date)_",
        "- Write the lead definition _(Ana Lopez, done)_",
    ]
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    texts = [p.text for p in doc.paragraphs]
    assert "Write the lead definition (Ana Lopez, done)" in texts


# ----- rounds with no notes are named, not dropped silently -------------------------------


def test_rounds_not_reached_and_without_notes_are_named(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=True)  # notes in rounds 2 and 3
    store.start_round(store.round_at(1).id)  # the welcome round ran, nobody wrote a note
    store.finish_round(store.round_at(1).id)
    # The session ended after round 3: rounds 4 (protected) and 5 were never started.
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    lines = _lines(doc)
    assert "Notes: 5 notes in 2 of 5 rounds; recorded anonymously" in lines
    # "(the protected round)" was the app's word for a round a re-plan shortens last: a
    # director reading the minutes does not know it.
    assert "Not reached: Round 4: Game changers (the main round); Round 5: Commitments" in lines
    assert "No notes: Round 1: Welcome" in lines
    assert not [line for line in lines if "protected" in line]
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "- **Not reached:** Round 4: Game changers (the main round); Round 5: Commitments" in md
    assert "- **No notes:** Round 1: Welcome" in md


def test_several_main_rounds_not_reached_are_each_a_main_round(
    store: Store, tmp_path: Path
) -> None:
    fill(store, anonymous=True)  # notes in rounds 2 and 3
    store.update_round(store.round_at(5).id, protected=True)
    lines = _lines(
        docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    )
    assert (
        "Not reached: Round 1: Welcome; Round 4: Game changers (a main round);"
        " Round 5: Commitments (a main round)"
    ) in lines


def test_commitments_to_chase_are_flagged(store: Store, tmp_path: Path) -> None:
    store.add_action("Share the win/loss notes", owner_function="joint")
    store.add_action("Book the next session", owner="Marta Kowalski", owner_function="other")
    store.add_action("Send the slides", due="2030-01-10", status="done")
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    lines = _lines(doc)
    assert "Share the win/loss notes (no owner yet, no date)" in lines
    assert "Book the next session (Marta Kowalski, no date)" in lines
    assert "Send the slides (due 10 January 2030, done)" in lines  # done: nothing to chase
    table = [[c.text for c in row.cells] for row in doc.tables[-1].rows]
    # No owner, no function: "—" beside "joint" read oddly.
    assert table[1] == ["Share the win/loss notes", "—", "", "—", "open"]
    assert table[2] == ["Book the next session", "Marta Kowalski", "other", "—", "open"]
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "- Share the win/loss notes _(no owner yet, no date)_" in md
    assert "| Share the win/loss notes | — |  | — | open |" in md


def test_anonymous_attendance_is_not_contradicted_by_the_notes(
    store: Store, tmp_path: Path
) -> None:
    # One sales person on the roster; marketing notes typed without a name.
    store.add_participant("Hannah Berg", "sales")
    rid = store.round_at(2).id
    store.add_note(rid, "Campaign briefs arrive too late", function="marketing")
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    lines = _lines(doc)
    assert not any(line.startswith("Attendance: 1 (1 sales, 0 marketing)") for line in lines)
    assert "Attendance: not recorded: the notes are anonymous (1 person on the roster)" in lines
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "- **Attendance:** not recorded: the notes are anonymous (1 person on the roster)" in md
    # A named session, or a roster the notes agree with, keeps its breakdown.
    store.add_participant("Jonas Weber", "marketing")
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    assert "Attendance: 2 (1 sales, 1 marketing)" in _lines(doc)
