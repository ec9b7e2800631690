"""Word minutes, read back with python-docx the way a reader meets them."""

from __future__ import annotations

import dataclasses
import errno
from pathlib import Path

import docx
import pytest

from roundtable.export import ExportError, export_minutes
from roundtable.store import Store


def fill(store: Store, *, anonymous: bool) -> dict[str, int]:
    """A small but complete session: two rounds with themes, votes, loose notes, actions."""
    store.update_session(anonymous=anonymous, facilitator="Marta Kowalski")
    hannah = store.add_participant("Hannah Berg", "sales", "Nordlicht", "VP Sales")
    jonas = store.add_participant("Jonas Weber", "marketing", "Clearwater", "CMO")
    r2, r3 = store.round_at(2), store.round_at(3)
    store.start_round(r2.id)

    def note(rid: int, text: str, who) -> int:
        return store.add_note(rid, text, function=who.function, participant_id=who.id).id

    weekly = [note(r2.id, "Weekly pipeline call together", hannah)]
    weekly.append(note(r2.id, "One funnel report, not two", jonas))
    content = [note(r2.id, "Reps record objections for FAQs", jonas)]
    loose = note(r2.id, "Christmas party 🙂 café", hannah)
    gone = note(r2.id, "This note was deleted", jonas)
    store.delete_note(gone)
    mql = [note(r3.id, "MQL numbers never become meetings", hannah)]
    t_weekly = store.add_theme(r2.id, "Shared pipeline reviews", note_ids=weekly)
    t_content = store.add_theme(r2.id, "Sales shapes the content", note_ids=content)
    t_mql = store.add_theme(r3.id, "What counts as a lead", note_ids=mql)
    # The second theme on the board gets more votes: the minutes must put it first.
    store.set_votes(t_weekly.id, "sales", 2)
    store.set_votes(t_weekly.id, "marketing", 1)
    store.set_votes(t_content.id, "sales", 3)
    store.set_votes(t_content.id, "marketing", 6)
    store.set_votes(t_mql.id, "sales", 10)
    store.add_action(
        "Write a one-page lead definition",
        owner="Jonas Weber",
        owner_function="joint",
        due="2030-01-15",
        theme_id=t_mql.id,
    )
    return {"loose": loose, "gone": gone, "content": t_content.id}


def text_of(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


@pytest.fixture
def minutes(store: Store, tmp_path: Path):
    fill(store, anonymous=True)
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    return docx.Document(str(out))


@pytest.fixture
def named_minutes(store: Store, tmp_path: Path):
    """The minutes with names: anonymous, with one person a side, no dots are counted by
    function (test_anonymous_phone_vote_sides.py)."""
    fill(store, anonymous=False)
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    return docx.Document(str(out))


def test_headings_in_reading_order(minutes) -> None:
    title = [p.text for p in minutes.paragraphs if p.style.name == "Title"]
    assert title == ["Q4 sales and marketing roundtable"]
    h1 = headings(minutes, 1)
    assert h1[0] == "Summary"
    assert h1[1].startswith("Round 2: ") and h1[2].startswith("Round 3: ")
    assert h1[-2:] == ["Action items", "Appendix: all notes in order of entry"]
    assert "Facilitator: Marta Kowalski" in text_of(minutes)


def test_themes_in_vote_order_with_votes_by_function(named_minutes) -> None:
    minutes = named_minutes
    h2 = headings(minutes, 2)
    assert h2.index("Sales shapes the content") < h2.index("Shared pipeline reviews")
    body = [p.text for p in minutes.paragraphs]
    assert "9 votes (3 sales, 6 marketing) · 1 note" in body
    summary = [p.text for p in minutes.paragraphs if p.style.name == "List Number"]
    assert summary[0].startswith("What counts as a lead: 10 votes")
    assert summary[1].startswith("Sales shapes the content: 9 votes")


def test_comparison_table_and_chart(named_minutes) -> None:
    minutes = named_minutes
    table = minutes.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Theme", "Sales", "Marketing", "Other", "Votes", "Leans"]
    assert rows[1] == [
        "Sales shapes the content",
        "3",
        "6",
        "0",
        "9",
        "Marketing +26 points",
    ]  # 3/5 vs 6/7 of each side's dots
    assert rows[2] == ["Shared pipeline reviews", "2", "1", "0", "3", "Sales +26 points"]
    assert table.style.name == "Table Grid"
    # One chart per round with themes: round 3 (sales dots only) is compared by its notes.
    assert len(minutes.inline_shapes) == 2


def test_action_items_table(minutes) -> None:
    table = minutes.tables[-1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [
        ["What", "Owner", "Function", "Due", "Status"],
        [
            "Write a one-page lead definition\nFrom “What counts as a lead”",
            "Jonas Weber",
            "joint",
            "15 Jan 2030",
            "open",
        ],
    ]
    # The summary's list says the same, on one line.
    summary = [p.text for p in minutes.paragraphs if p.style.name == "List Bullet"]
    assert (
        "Write a one-page lead definition (Jonas Weber, due 15 January 2030,"
        " from “What counts as a lead”)" in summary
    )


def test_anonymous_minutes_name_no_one_and_mark_no_note(minutes) -> None:
    # DESIGN: notes "marked sales/marketing unless anonymous"; the split stays in the
    # counts, except where one person holds a side (here both): then totals only.
    bullets = [p.text for p in minutes.paragraphs if p.style.name == "List Bullet"]
    assert "Weekly pipeline call together" in bullets
    text = text_of(minutes)
    assert "Hannah" not in text
    assert "(sales)" not in text and "(marketing)" not in text
    appendix = [p.text for p in minutes.paragraphs[-4:]]
    assert any(line.endswith("R2\tChristmas party 🙂 café") for line in appendix)
    assert "Shared pipeline reviews: 3 votes, round 2, What works" in text
    # The action owner is a commitment, not a note: owners stay named.
    assert text.count("Jonas Weber") == 2


def test_names_shown_in_a_named_session(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=False)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert "Weekly pipeline call together (Hannah Berg, sales)" in bullets
    # The front page lists who came, with their organisations, in roster order.
    assert "Attendees: Hannah Berg (Nordlicht), Jonas Weber (Clearwater)" in [
        p.text for p in doc.paragraphs
    ]


def test_anonymous_minutes_list_no_attendees(minutes) -> None:
    front = [p.text for p in minutes.paragraphs[:8]]
    assert "Attendance: 2 (1 sales, 1 marketing)" in front
    assert not any(line.startswith("Attendees") for line in front)


def test_deleted_notes_never_appear_and_emoji_survive(minutes) -> None:
    text = text_of(minutes)
    assert "This note was deleted" not in text
    assert "Christmas party 🙂 café" in text
    appendix = minutes.paragraphs[-4:]
    assert any("R2\tChristmas party 🙂 café" in p.text for p in appendix)


def test_control_characters_removed(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=True)
    snap = store.snapshot()
    # The store already cleans what it is given; older files or imports may not have been.
    dirty = tuple(
        dataclasses.replace(n, text="Bell\x07 and\x1b escape 🚀 Zoë") if i == 0 else n
        for i, n in enumerate(snap.notes)
    )
    snap = dataclasses.replace(snap, notes=dirty)
    doc = docx.Document(str(export_minutes(snap, "docx", tmp_path / "m.docx")))
    assert "Bell and escape 🚀 Zoë" in text_of(doc).splitlines()


def test_page_number_field_in_footer(minutes) -> None:
    footer_xml = minutes.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml


def test_page_is_a4(minutes) -> None:
    section = minutes.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def test_organizer_template_keeps_its_page(store: Store, tmp_path: Path) -> None:
    template = docx.Document()  # python-docx's own: US Letter, as an American office's
    path = tmp_path / "letter.docx"
    template.save(str(path))
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx", docx_template=path)
    section = docx.Document(str(out)).sections[0]
    assert (round(section.page_width.inches, 1), round(section.page_height.inches, 1)) == (
        8.5,
        11.0,
    )


def test_organizer_template_styles_header_and_footer_used(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=True)
    template = docx.Document()
    template.styles["Heading 1"].font.name = "Georgia"
    template.sections[0].header.paragraphs[0].text = "ACME Confidential"
    template.sections[0].footer.paragraphs[0].text = "acme.example"
    template.add_paragraph("Template body text that must not survive")
    path = tmp_path / "acme.docx"
    template.save(str(path))
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx", docx_template=path)
    doc = docx.Document(str(out))
    assert doc.styles["Heading 1"].font.name == "Georgia"
    assert doc.sections[0].header.paragraphs[0].text == "ACME Confidential"
    assert "acme.example" in doc.sections[0].footer._element.xml
    assert "Template body text" not in text_of(doc)
    assert headings(doc, 1)[0] == "Summary"


def test_a_template_saved_by_libreoffice_gives_minutes_with_one_set_of_file_properties(
    store: Store, tmp_path: Path
) -> None:
    # LibreOffice links a file's title and author under another name than Word does;
    # python-docx did not see it and added a second docProps/core.xml to the minutes, which
    # Word calls damaged (and the command line printed "UserWarning: Duplicate name").
    import warnings
    import zipfile

    fill(store, anonymous=True)
    path = tmp_path / "house.docx"
    docx.Document().save(str(path))
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"/package/2006/relationships/metadata/core-properties",
        b"/officedocument/2006/relationships/metadata/core-properties",
    )
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx", docx_template=path)

    with zipfile.ZipFile(out) as z:
        names = z.namelist()
    assert names.count("docProps/core.xml") == 1
    assert docx.Document(str(out)).core_properties.title == "Q4 sales and marketing roundtable"


def test_template_that_is_not_a_docx_is_refused(store: Store, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    bad = out_dir / "notes.docx"
    bad.write_text("not a zip")
    with pytest.raises(ExportError, match="not a Word .docx file"):
        export_minutes(store.snapshot(), "docx", out_dir / "m.docx", docx_template=bad)
    assert [p.name for p in out_dir.iterdir()] == ["notes.docx"]


def test_full_disk_leaves_no_file_and_keeps_the_old_one(
    store: Store, tmp_path: Path, monkeypatch
) -> None:
    fill(store, anonymous=True)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    old = out_dir / "m.docx"
    old.write_bytes(b"yesterday's minutes")
    import roundtable.export.docx_minutes as writer

    def full(minutes, out, **kwargs):
        out.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer, "write_docx", full)
    with pytest.raises(ExportError, match="disk is full"):
        export_minutes(store.snapshot(), "docx", old)
    assert [p.name for p in out_dir.iterdir()] == ["m.docx"]
    assert old.read_bytes() == b"yesterday's minutes"


def test_file_open_elsewhere_gives_a_clear_message(
    store: Store, tmp_path: Path, monkeypatch
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "m.docx"
    out.write_bytes(b"locked by Word")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("roundtable.export.os.replace", locked)
    with pytest.raises(ExportError, match="open in another program"):
        export_minutes(store.snapshot(), "docx", out)
    assert [p.name for p in out.parent.iterdir()] == ["m.docx"]
    assert out.read_bytes() == b"locked by Word"


def test_missing_folder_and_unknown_format(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_minutes(store.snapshot(), "docx", tmp_path / "nowhere" / "m.docx")
    with pytest.raises(ExportError, match="Unknown format"):
        export_minutes(store.snapshot(), "pdf", tmp_path / "m.pdf")


def test_cancelled_export_leaves_nothing(store: Store, tmp_path: Path) -> None:
    from roundtable.jobs import Cancelled, Job

    fill(store, anonymous=True)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    reports: list[tuple[int, int]] = []
    job = Job(on_progress=lambda done, total: (reports.append((done, total)), job.cancel()))
    with pytest.raises(Cancelled):
        export_minutes(store.snapshot(), "docx", out_dir / "m.docx", job=job)
    assert reports  # the writer reported progress before it noticed the cancel
    assert list(out_dir.iterdir()) == []


def test_a_round_heading_and_question_stay_with_its_first_theme(minutes) -> None:
    # A round's heading and question sat alone at the foot of a page, its notes overleaf.
    paragraphs = minutes.paragraphs
    starts = [
        i
        for i, p in enumerate(paragraphs)
        if p.style.name == "Heading 1" and p.text.startswith("Round ")
    ]
    assert starts
    for i in starts:
        question = paragraphs[i + 1]
        assert question.text.startswith("Question: ")
        heading_keeps = paragraphs[i].style.paragraph_format.keep_with_next
        assert heading_keeps or paragraphs[i].paragraph_format.keep_with_next
        assert question.paragraph_format.keep_with_next


def test_the_file_properties_name_the_session_not_python_docx(store: Store, tmp_path: Path) -> None:
    # Word's File > Info and Outlook's preview showed "python-docx", 23 December 2013,
    # "Microsoft Macintosh Word", no words, and a blank page as the file's thumbnail.
    import zipfile
    from datetime import UTC, datetime

    fill(store, anonymous=False)
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    props = docx.Document(str(out)).core_properties
    assert props.title == store.session().title
    assert props.author == props.last_modified_by == "Marta Kowalski"
    assert "python-docx" not in f"{props.comments} {props.author} {props.last_modified_by}"
    created = props.created.replace(tzinfo=props.created.tzinfo or UTC)
    assert abs((created - datetime.now(UTC)).total_seconds()) < 120
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        app = z.read("docProps/app.xml").decode()
    assert not [n for n in names if "thumbnail" in n]
    assert "<Application>Roundtable</Application>" in app and "Macintosh" not in app


def test_comparison_names_its_round(named_minutes) -> None:
    paragraphs = named_minutes.paragraphs
    compared = [i for i, p in enumerate(paragraphs) if "sales and marketing compared" in p.text]
    assert [paragraphs[i].text for i in compared] == [
        "Round 2, What works: sales and marketing compared",
        # Only sales gave dots in round 3, so the app compares it by notes.
        "Round 3, Why it's broken: sales and marketing compared by their notes",
    ]
    # It may start a page of its own: its heading says which round it compares (and the
    # round's last note stays with the other notes: see test_minutes_pages.py).


def test_a_long_list_of_actions_keeps_the_summary_short(store: Store, tmp_path: Path) -> None:
    # Thirty action items ran the first page's summary to two pages before round 1.
    fill(store, anonymous=True)
    for i in range(29):
        store.add_action(f"Follow-up task {i + 1:02}", owner="Hannah Berg")
    done = store.add_action("Already done task", owner="Hannah Berg")
    store.update_action(done.id, status="done")
    document = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    paragraphs = [p.text for p in document.paragraphs]
    summary = paragraphs[paragraphs.index("Summary") : paragraphs.index("Round 2: What works")]
    listed = [p for p in summary if "task" in p or "lead definition" in p]
    assert len(listed) == 10
    assert not any("Already done" in p for p in listed)  # open items come first
    assert "…and 21 more: all 31 are under “Action items” below." in summary
    table = document.tables[-1]
    assert len(table.rows) == 1 + 31  # the full list keeps every item


def test_a_long_owner_word_fits_its_column(store: Store, tmp_path: Path) -> None:
    # An owner typed as an address broke in the middle of the word in a 2.9 cm column.
    from roundtable.export.docx_fit import CELL_PADDING_CM, lines

    address = "j.vandenbroucke@nordlicht.de"
    store.add_action("Send the SLA draft to both teams", owner=address, owner_function="joint")
    store.add_action("Book the joint kickoff", owner="Hannah Berg", owner_function="sales")
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    table = docx.Document(str(out)).tables[-1]
    assert table.rows[1].cells[1].text == address
    widths = [cell.width.cm for cell in table.rows[1].cells]
    assert lines(address, widths[1] - CELL_PADDING_CM, 9.5) == 1
    assert widths[0] >= 3.9  # What keeps room for its text
    assert abs(sum(widths) - (6.8 + 2.9 + 2.2 + 2.8 + 1.8)) < 0.01  # the table is no wider


def test_short_owners_keep_the_usual_columns(minutes) -> None:
    widths = [round(cell.width.cm, 1) for cell in minutes.tables[-1].rows[1].cells]
    assert widths == [6.8, 2.9, 2.2, 2.8, 1.8]


def test_appendix_says_which_round_each_short_label_is(store: Store, tmp_path: Path) -> None:
    # The appendix labels each note "R2", "R3": a director reading it was not told that
    # R2 is round 2, "What works". One line under its heading says it, in both formats, each
    # label held to its title (a no-break space) where the line wraps.
    fill(store, anonymous=False)
    out = export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    body = [p.text for p in docx.Document(str(out)).paragraphs]
    at = body.index("Appendix: all notes in order of entry")
    assert body[at + 1] == "Rounds: R2\u00a0What works · R3\u00a0Why it's broken"
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    lines = md.splitlines()
    at = lines.index("## Appendix: all notes in order of entry")
    assert lines[at + 2] == "_Rounds: R2\u00a0What works · R3\u00a0Why it's broken_"
