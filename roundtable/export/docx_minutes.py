"""Word minutes: the `Minutes` written as a .docx with python-docx.

Only built-in styles are used (Title, Heading 1/2, List Bullet, Table Grid, Normal), so an
organizer can restyle the whole document from Word's style pane. With an organizer's
template the template is the base document: its body is cleared and its styles, header
and footer carry the minutes. Styles the template lacks are copied in from python-docx's
default template, so the minutes never fail on a sparse template.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from roundtable.export.chart import comparison_png, comparison_values
from roundtable.export.content import (
    ActionRow,
    Minutes,
    NoteLine,
    RoundBlock,
    action_source,
    attendance_text,
    compared_caption,
    compared_heading,
    counted,
    duration_text,
    format_day,
    format_votes,
    leanings,
    tie_note,
    who,
)
from roundtable.export.docx_lines import LineWriter

NEEDED_STYLES = (
    "Title",
    "Heading 1",
    "Heading 2",
    "List Bullet",
    "List Number",
    "Table Grid",
)
GREY = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL = "D9E2F3"
KEEP_TOGETHER_ROWS = 15
TABLE_FONT = Pt(9.5)

Progress = Callable[[int, int], None]


def write_docx(
    minutes: Minutes, out: Path, *, template: Path | None = None, progress: Progress
) -> None:
    """Write `minutes` to `out` as a Word document."""
    doc = _base_document(template)
    total = len(minutes.rounds) + 3
    _front_page(doc, minutes)
    progress(1, total)
    for i, rnd in enumerate(minutes.rounds, start=1):
        _round_section(doc, rnd, new_page=i == 1)  # the summary keeps page one to itself
        progress(1 + i, total)
    _actions_section(doc, minutes)
    _appendix(doc, minutes)
    progress(total - 1, total)
    _page_numbers(doc)
    doc.save(str(out))
    progress(total, total)


# ----- the base document ------------------------------------------------------------------


def _base_document(template: Path | None) -> DocxDocument:
    if template is None:
        doc = Document()
        section = doc.sections[0]
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)
        normal = doc.styles["Normal"]
        normal.font.size = Pt(10.5)
        # python-docx's default body font is a serif; minutes read better in Calibri
        # (LibreOffice substitutes the metric-compatible Carlito).
        normal.font.name = "Calibri"
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
        normal.paragraph_format.space_after = Pt(4)
        return doc
    doc = Document(str(template))
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):  # the last sectPr holds page size, header, footer
            body.remove(child)
    _ensure_styles(doc)
    return doc


def _ensure_styles(doc: DocxDocument) -> None:
    """Copy the built-in styles the minutes use from python-docx's template if missing."""
    names = {s.name for s in doc.styles}
    missing = [n for n in NEEDED_STYLES if n not in names]
    if not missing:
        return
    default = Document()
    for name in missing:
        doc.styles.element.append(copy.deepcopy(default.styles[name].element))


# ----- small writing helpers ---------------------------------------------------------------


def _para(doc: DocxDocument, text: str = "", style: str | None = None) -> Paragraph:
    return doc.add_paragraph(text, style=style)


def _label_value(doc: DocxDocument, label: str, value: str) -> None:
    p = _para(doc)
    p.paragraph_format.space_after = Pt(1)
    p.add_run(f"{label}: ").bold = True
    p.add_run(value)


def _grey(p: Paragraph, text: str) -> None:
    run = p.add_run(text)
    run.italic = True
    run.font.color.rgb = GREY


def _shade(cell_element, fill: str) -> None:
    tc_pr = cell_element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _table(
    doc: DocxDocument, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Table:
    """A Table Grid table with a shaded, repeating header row and fixed widths in cm.

    The widths are shrunk in proportion when an organizer's template has wider margins.
    """
    room = _text_width_cm(doc)
    overflow = sum(widths) - room
    if overflow > 0 and widths[0] - overflow >= 3.5:
        # The first column holds free text that wraps well; the others hold short words.
        widths = [widths[0] - overflow, *widths[1:]]
    elif overflow > 0:
        widths = [w * room / sum(widths) for w in widths]
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    head = table.rows[0]
    tr_pr = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    for cell, text in zip(head.cells, header, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        _shade(cell._tc, HEADER_FILL)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    # Word reads the cell widths, LibreOffice the grid columns: set both.
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    keep_together = len(table.rows) <= KEEP_TOGETHER_ROWS
    for row in table.rows:
        no_split = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().append(no_split)
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(1)
                for run in p.runs:
                    run.font.size = TABLE_FONT
                # A short table moves to the next page whole rather than split.
                p.paragraph_format.keep_with_next = keep_together
    return table


def _text_width_cm(doc: DocxDocument) -> float:
    section = doc.sections[-1]
    if section.page_width is None or section.left_margin is None or section.right_margin is None:
        return 16.6  # A4 with this module's own margins
    return (section.page_width - section.left_margin - section.right_margin) / 360_000


# ----- the parts of the minutes -------------------------------------------------------------


def _front_page(doc: DocxDocument, m: Minutes) -> None:
    doc.add_heading(m.title, level=0)
    _grey(_para(doc), "Minutes")
    _label_value(doc, "Date", format_day(m.day))
    if m.facilitator:
        _label_value(doc, "Facilitator", m.facilitator)
    _label_value(doc, "Duration", duration_text(m))
    _label_value(doc, "Attendance", attendance_text(m.attendance))
    if m.attendees:
        _label_value(doc, "Attendees", ", ".join(m.attendees))
    if m.absent:
        _label_value(doc, "Invited, not present", ", ".join(m.absent))
    _label_value(
        doc,
        "Notes",
        f"{counted(m.note_count, 'note')} in {counted(len(m.rounds), 'round')}"
        + ("; recorded anonymously" if m.anonymous else ""),
    )
    doc.add_heading("Summary", level=1)
    doc.add_heading("Top themes by votes", level=2)
    if m.top_themes:
        for t in m.top_themes:
            p = _para(doc, style="List Number")
            p.add_run(t.label).bold = True
            p.add_run(f": {counted(t.total_votes, 'vote')} ({format_votes(t.votes)})")
            _grey(p, f", round {t.round_position}, {t.round_title}")
        if tie_note(m):
            _grey(_para(doc), tie_note(m))
    else:
        _grey(_para(doc), "No votes were recorded.")
    doc.add_heading("Action items", level=2)
    if m.actions:
        for a in m.actions:
            p = _para(doc, style="List Bullet")
            p.add_run(a.text)
            owner = ", ".join(x for x in (a.owner, _due(a.due), action_source(a)) if x)
            if owner:
                _grey(p, f" ({owner})")
    else:
        _grey(_para(doc), "No action items were agreed.")


def _due(d) -> str:
    return f"due {format_day(d)}" if d else ""


def _bullets(doc: DocxDocument, notes: Sequence[NoteLine]) -> None:
    def shape(p: Paragraph) -> None:
        p.paragraph_format.space_after = Pt(2)

    writer = LineWriter(doc, "List Bullet", shape)
    for note in notes:
        writer.line((note.text, ""), (f" ({who(note)})", "ig"))


def _round_section(doc: DocxDocument, rnd: RoundBlock, *, new_page: bool) -> None:
    heading = doc.add_heading(f"Round {rnd.position}: {rnd.title}", level=1)
    heading.paragraph_format.page_break_before = new_page
    if rnd.prompt:
        p = _para(doc)
        p.add_run("Question: ").bold = True
        p.add_run(rnd.prompt).italic = True
        # With the round's first theme: a round's heading and question alone at the foot
        # of a page, its notes on the next, was seen in exported minutes.
        p.paragraph_format.keep_with_next = True
    for t in rnd.themes:
        doc.add_heading(t.label, level=2)
        p = _para(doc)
        p.paragraph_format.keep_with_next = True
        notes = counted(len(t.notes), "note")
        if t.total_votes:
            p.add_run(counted(t.total_votes, "vote")).bold = True
            p.add_run(f" ({format_votes(t.votes)}) · {notes}")
        else:
            p.add_run(f"No votes · {notes}")
        _bullets(doc, t.notes)
    if rnd.ungrouped:
        doc.add_heading("Notes in no theme", level=2)
        _bullets(doc, rnd.ungrouped)
    if rnd.themes:
        _comparison(doc, rnd)


def _comparison(doc: DocxDocument, rnd: RoundBlock) -> None:
    metric, rows = comparison_values(rnd)
    doc.add_heading(compared_heading(metric), level=2)
    intro = _para(doc)
    intro.paragraph_format.keep_with_next = True
    _grey(intro, compared_caption(metric))
    header = ["Theme", "Sales", "Marketing", "Other", metric.capitalize(), "Leans"]
    if metric == "votes":
        body = [
            [
                t.label,
                str(t.votes["sales"]),
                str(t.votes["marketing"]),
                str(t.votes["other"]),
                str(t.total_votes),
                lean,
            ]
            for t, lean in zip(rnd.themes, leanings(rnd), strict=True)
        ]
    else:
        body = [
            [
                t.label,
                str(t.notes_by("sales")),
                str(t.notes_by("marketing")),
                str(t.notes_by("other")),
                str(len(t.notes)),
                lean,
            ]
            for t, lean in zip(rnd.themes, leanings(rnd), strict=True)
        ]
    assert len(rows) == len(body)
    table = _table(
        doc, header, body, [5.2, 1.5, 2.4, 1.5, 1.6, 4.2]
    )  # "Marketing +14 pts" on one line
    for row in table.rows:
        for cell in row.cells[1:5]:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    png, _height = comparison_png(rnd)
    pic = _para(doc)
    pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pic.paragraph_format.space_before = Pt(8)
    width = min(Inches(5.4), Cm(_text_width_cm(doc)))
    pic.add_run().add_picture(io.BytesIO(png), width=width)


def _actions_section(doc: DocxDocument, m: Minutes) -> None:
    doc.add_heading("Action items", level=1)
    if not m.actions:
        _grey(_para(doc), "No action items were agreed.")
        return
    rows = [
        [
            _with_source(a),
            a.owner or "—",
            a.function,
            format_day(a.due, short=True) if a.due else "—",
            a.status,
        ]
        for a in m.actions
    ]
    _table(doc, ["What", "Owner", "Function", "Due", "Status"], rows, [6.8, 2.9, 2.2, 2.8, 1.8])


def _with_source(a: ActionRow) -> str:
    """The action's text, and on a second line the theme it came from."""
    return f"{a.text}\n{action_source(a, starts_line=True)}" if a.theme else a.text


def _appendix(doc: DocxDocument, m: Minutes) -> None:
    heading = doc.add_heading("Appendix: all notes in order of entry", level=1)
    heading.paragraph_format.page_break_before = True
    if not m.appendix:
        _grey(_para(doc), "No notes were recorded.")
        return

    def shape(p: Paragraph) -> None:
        # A hanging indent puts the time and round in a column of their own.
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.left_indent = Cm(2.6)
        p.paragraph_format.first_line_indent = Cm(-2.6)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))

    writer = LineWriter(doc, None, shape)
    for note in m.appendix:
        writer.line(
            (f"{note.created_at:%H:%M}  R{note.round_position}\t", "b"),
            (note.text, ""),
            (f" ({who(note)})", "ig"),
        )


def _page_numbers(doc: DocxDocument) -> None:
    """Put "Page N of M" in the footer unless the template's footer already numbers pages."""
    for section in doc.sections:
        footer = section.footer
        if "PAGE" in footer._element.xml:
            continue
        p = footer.add_paragraph() if footer.paragraphs[0].text else footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("Page ")
        _field(p, "PAGE")
        p.add_run(" of ")
        _field(p, "NUMPAGES")


def _field(p: Paragraph, code: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    p._p.append(fld)
