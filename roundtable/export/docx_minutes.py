"""Word minutes: the `Minutes` written as a .docx with python-docx.

This module writes what the minutes say, in reading order (front page and summary, rounds,
action items, appendix; the action table is docx_actions.py's); the document's frame
(styles, tables, page numbers) is made in docx_document.py. Its own words are the
minutes' language's (`Minutes.words`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Emu, Inches, Pt
from docx.text.paragraph import Paragraph

from roundtable.export.chart import MIN_PITCH_IN, WIDTH_IN, chart_height_in, comparison_png
from roundtable.export.comparison import (
    compare,
    compared_caption,
    compared_heading,
    other_only_note,
    withheld_words,
)
from roundtable.export.content import (
    Minutes,
    NoteLine,
    RoundBlock,
    ThemeBlock,
)
from roundtable.export.direction import Part
from roundtable.export.docx_actions import action_table
from roundtable.export.docx_document import (
    add_page_numbers,
    add_table,
    base_document,
    file_properties,
    fit_widths,
    shade_row,
    text_width_cm,
)
from roundtable.export.docx_fit import (
    CM_PER_PT,
    chart_room_cm,
    paragraph_cm,
    table_cm,
    widen_to_words,
)
from roundtable.export.docx_lines import LineWriter, add_paragraph, fill, settle
from roundtable.export.languages import Words
from roundtable.export.wording import (
    appendix_rounds,
    appendix_when,
    attendance_text,
    duration_text,
    format_votes,
    more_actions_note,
    notes_count_text,
    previous_session_parts,
    question_text,
    quiet_round_parts,
    review_text,
    summary_actions,
    summary_unvoted_notes,
    theme_votes_text,
    tie_note,
    unvoted_text,
    who,
)

Progress = Callable[[int, int], None]


def write_docx(
    minutes: Minutes, out: Path, *, template: Path | None = None, progress: Progress
) -> None:
    """Write `minutes` to `out` as a Word document."""
    doc = base_document(template)
    total = len(minutes.rounds) + 3
    _front_page(doc, minutes)
    progress(1, total)
    for i, rnd in enumerate(minutes.rounds, start=1):
        _round_section(
            doc, minutes.words, rnd, new_page=i == 1
        )  # the summary keeps page one to itself
        progress(1 + i, total)
    _actions_section(doc, minutes)
    _appendix(doc, minutes)
    progress(total - 1, total)
    add_page_numbers(doc, minutes.words)
    file_properties(doc, minutes)
    doc.save(str(out))
    progress(total, total)


# ----- small writing helpers ---------------------------------------------------------------


def _line(doc: DocxDocument, *parts: Part, style: str | None = None) -> Paragraph:
    """A paragraph of parts (text, flags from "big", typed by a person), in the direction
    its letters run."""
    p = add_paragraph(doc, style)
    fill(p._p, parts)
    return p


def _grey(doc: DocxDocument, text: str) -> Paragraph:
    return _line(doc, (text, "ig", False))


def _heading(doc: DocxDocument, text: str, level: int) -> Paragraph:
    heading = add_paragraph(doc, "Title" if level == 0 else f"Heading {level}", text)
    settle(heading._p)
    return heading


def _label_value(doc: DocxDocument, w: Words, label: str, *value: Part) -> None:
    p = _line(doc, (w("label", label=label), "b", False), *value)
    p.paragraph_format.space_after = Pt(1)


def _names(names: Sequence[str]) -> list[Part]:
    """A list of typed names as parts: "Hannah Berg (Nordlicht), Jonas Weber"."""
    parts: list[Part] = []
    for i, name in enumerate(names):
        if i:
            parts.append((", ", "", False))
        parts.append((name, "", True))
    return parts


# ----- the parts of the minutes -------------------------------------------------------------


def _front_page(doc: DocxDocument, m: Minutes) -> None:
    w = m.words
    _heading(doc, m.title, 0)
    _grey(doc, w("minutes"))
    _label_value(doc, w, w("date_label"), (w.day(m.day), "", False))
    if m.follow_up_of:
        _label_value(doc, w, w("follow_up_of"), *previous_session_parts(m))
    if m.facilitator:
        _label_value(doc, w, w("facilitator"), (m.facilitator, "", True))
    _label_value(doc, w, w("duration"), (duration_text(m), "", False))
    _label_value(doc, w, w("attendance"), (attendance_text(m), "", False))
    if m.attendees:
        _label_value(doc, w, w("attendees"), *_names(m.attendees))
    if m.absent:
        _label_value(doc, w, w("absent"), *_names(m.absent))
    _label_value(doc, w, w("notes_label"), (notes_count_text(m), "", False))
    for label, parts in quiet_round_parts(m):
        _label_value(doc, w, label, *parts)
    _heading(doc, w("summary"), level=1)
    _heading(doc, w("top_themes"), level=2)
    if m.top_themes:
        for t in m.top_themes:
            _line(
                doc,
                (t.label, "b", True),
                (theme_votes_text(w, t), "", False),
                (w("in_round", n=t.round_position), "ig", False),
                (t.round_title, "ig", True),
                style="List Number",
            )
        if tie_note(m):
            _grey(doc, tie_note(m))
        for note in summary_unvoted_notes(m):
            _grey(doc, note)
    else:
        _grey(doc, w("no_votes_recorded"))
    _heading(doc, w("action_items"), level=2)
    if review_text(m):
        _line(doc, (review_text(m), "", False))
    if m.actions:
        for a, extra in summary_actions(m):
            extra_part = (f" ({extra})", "ig", False)
            last = _line(
                doc, (a.text, "", True), *([extra_part] if extra else []), style="List Bullet"
            )
        if more_actions_note(m):
            # Not alone at the top of page two, under nothing.
            last.paragraph_format.keep_with_next = True
            _grey(doc, more_actions_note(m))
    else:
        _grey(doc, w("no_actions"))
    if m.open_questions:
        _heading(doc, w("open_questions"), level=2)
        for q in m.open_questions:
            said = who(w, q, question=False)
            _line(
                doc,
                (question_text(q), "", True),
                # "; " in French is " ; ", as in the other attributions.
                (f" ({said}{w('list_sep')}" if said else " (", "ig", False),
                (w("round_n", n=q.round_position) + ", ", "ig", False),
                (q.round_title, "ig", True),
                (")", "ig", False),
                style="List Bullet",
            )


def _who(w: Words, note: NoteLine) -> tuple[str, str, bool]:
    """The attribution run after a note, grey italic; empty in an anonymous session."""
    said = who(w, note)
    return (f" ({said})" if said else "", "ig", False)


def _bullets(doc: DocxDocument, w: Words, notes: Sequence[NoteLine]) -> None:
    def shape(p: Paragraph) -> None:
        p.paragraph_format.space_after = Pt(2)

    writer = LineWriter(doc, "List Bullet", shape)
    for note in notes:
        writer.line((note.text, "", True), _who(w, note))


def _round_section(doc: DocxDocument, w: Words, rnd: RoundBlock, *, new_page: bool) -> None:
    heading = _heading(doc, w("round_heading", n=rnd.position, title=rnd.title), 1)
    heading.paragraph_format.page_break_before = new_page
    if rnd.prompt:
        p = _line(doc, (w("label", label=w("question")), "b", False), (rnd.prompt, "i", True))
        # With the round's first theme: a round's heading and question alone at the foot
        # of a page, its notes on the next, was seen in exported minutes.
        p.paragraph_format.keep_with_next = True
    if unvoted_text(w, rnd):
        _grey(doc, unvoted_text(w, rnd)).paragraph_format.keep_with_next = True
    for t in rnd.themes:
        _heading(doc, t.label, 2)
        notes = w.count(len(t.notes), "notes")
        if t.total_votes:
            p = _line(
                doc,
                (w.count(t.total_votes, "votes"), "b", False),
                (f"{_split(w, t)} · {notes}", "", False),
            )
        else:
            p = _line(doc, (f"{w('no_votes')} · {notes}", "", False))
        p.paragraph_format.keep_with_next = True
        _bullets(doc, w, t.notes)
    if rnd.ungrouped:
        # A round nobody grouped (the welcome, the closing) lists its notes under its
        # question: "Notes in no theme" there read as if its themes had gone missing.
        if rnd.themes:
            _heading(doc, w("notes_in_no_theme"), level=2)
        _bullets(doc, w, rnd.ungrouped)
    if rnd.themes:
        _comparison(doc, w, rnd)


# The comparison table's columns in cm: "Marketing +100 points" on one line.
COMPARISON_WIDTHS = (4.6, 1.5, 2.4, 1.5, 1.6, 4.8)
CHART_WIDTH = Inches(5.4)
# The rows the app's chart shades (the biggest gaps), light enough for the text and apart
# from the header's blue in greyscale print.
SHADED_FILL = "E7E6E6"


def _split(w: Words, t: ThemeBlock) -> str:
    """ " (4 sales, 3 marketing)" after a theme's votes, or nothing where they are withheld."""
    return "" if t.split_withheld else f" ({format_votes(w, t.votes, t.unvoted)})"


def _comparison(doc: DocxDocument, w: Words, rnd: RoundBlock) -> None:
    withheld = withheld_words(rnd)
    if withheld:
        # Apart from the last theme's notes, as the comparison's heading would be.
        _grey(doc, w(withheld)).paragraph_format.space_before = Pt(10)
        return
    comparison = compare(rnd, w)
    heading = compared_heading(rnd, comparison.metric, w)
    _heading(doc, heading, 2)
    if not comparison.rows:
        if other_only_note(comparison):
            _grey(doc, other_only_note(comparison))
        return
    caption = compared_caption(comparison, rnd)
    columns = ("theme", "sales", "marketing", "other", comparison.metric, "leans")
    header = [w(f"col.{c}") for c in columns]
    body = [
        [
            row.theme.label,
            *(str(row.counts[f]) for f in ("sales", "marketing", "other")),
            str(row.total),
            row.leans,
        ]
        for row in comparison.rows
    ]
    # Heading, caption, chart and table on one page, the chart drawn shorter if need be.
    # When even a short chart does not fit above the table, the chart (at most a page)
    # stays with its heading and the table runs on after it, its header row repeated:
    # kept with a table's last rows instead, the chart went overleaf alone in LibreOffice.
    page = text_width_cm(doc)
    # Numbers and short words; the theme's name and the Leans column wrap.
    widths = fit_widths(doc, widen_to_words(COMPARISON_WIDTHS, header, body, flexible=(0, 5)))
    note = other_only_note(comparison)
    lead = (
        paragraph_cm(heading, page, 13, 10)
        + paragraph_cm(caption, page, 10.5, 4)
        + (paragraph_cm(note, page, 10.5, 4) if note else 0.0)
        + paragraph_cm(comparison.headline, page, 11, 6)
        + 12 * CM_PER_PT  # the chart's spacing
    )
    chart_width = min(CHART_WIDTH, Cm(page))
    inches = WIDTH_IN * 914_400 / chart_width / 2.54  # chart inches per cm of page
    room = chart_room_cm(doc, lead + table_cm([header, *body], widths, 9.5)) * inches
    together = room >= chart_height_in(len(comparison.rows), MIN_PITCH_IN)
    if not together:
        room = chart_room_cm(doc, lead) * inches

    _grey(doc, caption).paragraph_format.keep_with_next = True
    if note:
        _grey(doc, note).paragraph_format.keep_with_next = True
    png, height = comparison_png(comparison, max_height_in=room)
    if height > room:  # still taller than a page: drawn narrower, as Word cuts it off
        chart_width = Emu(int(chart_width * room / height))
    pic = doc.add_paragraph()
    pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pic.paragraph_format.space_before = Pt(8)
    pic.paragraph_format.keep_with_next = together
    pic.add_run().add_picture(io.BytesIO(png), width=chart_width)
    # The app's line over its chart, over the table whose rows it shades: the minutes had
    # neither, so the room's "within 10 points" had nothing to match in them.
    _line(doc, (comparison.headline, "", False)).paragraph_format.keep_with_next = True
    table = add_table(doc, header, body, widths, keep_together=together)
    for table_row, row in zip(table.rows[1:], comparison.rows, strict=True):
        if row.shaded:
            shade_row(table_row, SHADED_FILL)
    for table_row in table.rows:
        for cell in table_row.cells[1:5]:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _actions_section(doc: DocxDocument, m: Minutes) -> None:
    w = m.words
    _heading(doc, w("action_items"), level=1)
    if not m.actions:
        _grey(doc, w("no_actions"))
        return
    action_table(doc, m)


def _appendix(doc: DocxDocument, m: Minutes) -> None:
    w = m.words
    heading = _heading(doc, w("appendix"), level=1)
    heading.paragraph_format.page_break_before = True
    if not m.appendix:
        _grey(doc, w("no_notes_recorded"))
        return

    def shape(p: Paragraph) -> None:
        # A hanging indent puts the time and round in a column of their own.
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.left_indent = Cm(2.6)
        p.paragraph_format.first_line_indent = Cm(-2.6)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))

    # Which round each short label ("R2") is, said once: a reader does not count rounds.
    key: list[Part] = [(w("label", label=w("rounds_key")), "ig", False)]
    for i, (position, title) in enumerate(appendix_rounds(m)):
        key.append(((" · " if i else "") + w("round_short", n=position) + "\u00a0", "ig", False))
        key.append((title, "ig", True))
    _line(doc, *key).paragraph_format.space_after = Pt(4)
    writer = LineWriter(doc, None, shape)
    for note in m.appendix:
        writer.line(
            (f"{appendix_when(m, note)}  {w('round_short', n=note.round_position)}\t", "b", False),
            (note.text, "", True),
            _who(w, note),
        )
