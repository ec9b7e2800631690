"""Markdown minutes for mail and wikis, with the same structure as the Word document.

Note text is escaped so a note that happens to contain `*`, `#` or `<b>` shows those
characters instead of turning into formatting: notes are plain text everywhere.
"""

from __future__ import annotations

import re
from pathlib import Path

from roundtable.export.comparison import (
    compare,
    compared_caption,
    compared_heading,
    other_only_note,
)
from roundtable.export.content import Minutes, NoteLine, RoundBlock
from roundtable.export.direction import (
    LRM,
    RLM,
    Part,
    arrange,
    first_strong_rtl,
    in_ltr_line,
    mostly_rtl,
    rtl_in_ltr_line,
)
from roundtable.export.wording import (
    action_source,
    attendance_text,
    carried_text,
    duration_text,
    format_day,
    format_votes,
    more_actions_note,
    notes_count_text,
    overdue,
    owner_function,
    previous_session_parts,
    question_text,
    quiet_round_parts,
    summary_actions,
    summary_unvoted_notes,
    tie_note,
    unvoted_text,
    who,
)
from roundtable.model import counted

# Characters that format anywhere in a line; hyphens, dots and brackets inside a sentence
# stay as typed, so the raw Markdown still reads well in a plain-text mail.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# At the start of a line these would make a heading, a quote or a nested list. The mark
# is what takes the backslash: "1. Shared goals" is "1\. Shared goals" (a backslash before a
# digit is no escape, and "\1. Shared goals" showed the backslash in every reader).
_LEADING = re.compile(r"^(?:(#|>|[-+]\s)|(\d+)([.)]\s))")


def _escape_leading(m: re.Match[str]) -> str:
    return f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}"


def md_escape(text: str) -> str:
    """`text` with Markdown's formatting characters escaped so it renders literally."""
    return _LEADING.sub(_escape_leading, _INLINE.sub(r"\\\1", text))


def _cell(text: str) -> str:
    return in_ltr_line(md_escape(text).replace("\n", " "))


def _typed(text: str, flags: str = "") -> Part:
    return (md_escape(text), flags, True)


def _own(text: str, flags: str = "") -> Part:
    return (text, flags, False)


def _line(lead: str, *parts: Part) -> str:
    """One line: its leading markup ("- ", "1. ", "## ") and its parts, in the direction
    most of its letters run. Viewers guess a line's direction from its first letter, so a
    line whose first letter disagrees with the rest starts with a direction mark."""
    if any(text.strip() and not typed for text, _, typed in parts):
        # As in the Word minutes (docx_lines.fill): a line with the minutes' own words in it
        # runs left to right, its bullet where the others are; right-to-left typed text in
        # it is a right-to-left stretch.
        rtl = False
        arranged = [
            (_stretch(text) if typed else text, flags, typed) for text, flags, typed in parts
        ]
    else:
        rtl, arranged = arrange(parts)
    body = ""
    for text, flags, _ in arranged:
        mark = ("**" if "b" in flags else "") + ("_" if "i" in flags else "")
        core = text.strip()
        if mark and core:
            start = text.index(core)
            text = f"{text[:start]}{mark}{core}{mark[::-1]}{text[start + len(core) :]}"
        body += text
    first = first_strong_rtl(body)
    start_mark = RLM if rtl and first is not True else LRM if not rtl and first else ""
    return lead + start_mark + body


def _stretch(text: str) -> str:
    """Typed text inside a left-to-right line (see direction.rtl_in_ltr_line)."""
    return rtl_in_ltr_line(text) if mostly_rtl(text) else in_ltr_line(text)


def _who(note: NoteLine) -> Part:
    said = who(note)
    return _own(f" ({md_escape(said)})" if said else "", "i")


def _note(note: NoteLine) -> str:
    return _line("- ", _typed(note.text), _who(note))


def _label(label: str, *value: Part) -> str:
    return _line("- ", _own(f"{label}:", "b"), _own(" "), *value)


def _names(names: tuple[str, ...]) -> list[Part]:
    parts: list[Part] = []
    for i, name in enumerate(names):
        parts += [_own(", ")] if i else []
        parts.append(_typed(name))
    return parts


def render_markdown(m: Minutes) -> str:
    """The minutes as one Markdown document."""
    out: list[str] = [_line("# ", _typed(m.title)), "", "Minutes", ""]
    out.append(_label("Date", _own(format_day(m.day))))
    if m.follow_up_of:
        parts = previous_session_parts(m)
        out.append(_label("Follow-up of", *((md_escape(t), f, typed) for t, f, typed in parts)))
    if m.facilitator:
        out.append(_label("Facilitator", _typed(m.facilitator)))
    out.append(_label("Duration", _own(duration_text(m))))
    out.append(_label("Attendance", _own(attendance_text(m))))
    if m.attendees:
        out.append(_label("Attendees", *_names(m.attendees)))
    if m.absent:
        out.append(_label("Invited, not present", *_names(m.absent)))
    out.append(_label("Notes", _own(notes_count_text(m))))
    for label, parts in quiet_round_parts(m):
        out.append(_label(label, *((md_escape(t), f, typed) for t, f, typed in parts)))
    out.append("")

    out += ["## Summary", "", "### Top themes by votes", ""]
    if m.top_themes:
        for i, t in enumerate(m.top_themes, start=1):
            out.append(
                _line(
                    f"{i}. ",
                    _typed(t.label, "b"),
                    _own(
                        f": {counted(t.total_votes, 'vote')} ({format_votes(t.votes, t.unvoted)}), "
                    ),
                    _own(f"round {t.round_position}, "),
                    _typed(t.round_title),
                )
            )
        if tie_note(m):
            out += ["", tie_note(m)]
        for unvoted in summary_unvoted_notes(m):
            out += ["", md_escape(unvoted)]
    else:
        out.append("No votes were recorded.")
    out += ["", "### Action items", ""]
    out += _action_list(m) or ["No action items were agreed."]
    if more_actions_note(m):
        out += ["", f"_{md_escape(more_actions_note(m))}_"]
    if m.open_questions:
        out += ["", "### Open questions", ""]
        for q in m.open_questions:
            said = who(q, question=False)
            out.append(
                _line(
                    "- ",
                    _typed(question_text(q)),
                    _own(f" ({md_escape(said)})" if said else "", "i"),
                    _own(f", round {q.round_position}, "),
                    _typed(q.round_title),
                )
            )
    out.append("")

    for rnd in m.rounds:
        out += [_line("## ", _own(f"Round {rnd.position}: "), _typed(rnd.title)), ""]
        if rnd.prompt:
            out += [_line("", _own("Question:", "b"), _own(" "), _typed(rnd.prompt, "i")), ""]
        if unvoted_text(rnd):
            out += [md_escape(unvoted_text(rnd)), ""]
        for t in rnd.themes:
            count = counted(len(t.notes), "note")
            given = format_votes(t.votes, t.unvoted)
            votes = (
                f"**{counted(t.total_votes, 'vote')}** ({given}) · {count}"
                if t.total_votes
                else f"No votes · {count}"
            )
            out += [_line("### ", _typed(t.label)), "", votes, ""]
            out += [_note(note) for note in t.notes]
            out.append("")
        if rnd.ungrouped:
            out += ["### Notes in no theme", ""]
            out += [_note(note) for note in rnd.ungrouped]
            out.append("")
        if rnd.themes:
            out += _comparison(rnd)

    out += ["## Action items", ""]
    if m.actions:
        out += ["| What | Owner | Function | Due | Status |", "|---|---|---|---|---|"]
        for a in m.actions:
            due = format_day(a.due) + (" (overdue)" if overdue(a, m) else "") if a.due else "—"
            what = _cell(a.text) + (f"<br>{_cell(action_source(a))}" if a.theme else "")
            what += f"<br>{carried_text(m)}" if a.carried else ""
            owner = _cell(a.owner) or "—"
            function = owner_function(a)
            out.append(f"| {what} | {owner} | {function} | {due} | {a.status} |")
    else:
        out.append("No action items were agreed.")
    out += ["", "## Appendix: all notes in order of entry", ""]
    if not m.appendix:
        out.append("No notes were recorded.")
    for note in m.appendix:
        out.append(
            _line(
                "- ",
                _own(f"{note.created_at:%H:%M} · R{note.round_position} · "),
                _typed(note.text),
                _who(note),
            )
        )
    out.append("")
    return "\n".join(out)


def _comparison(rnd: RoundBlock) -> list[str]:
    comparison = compare(rnd)
    out = [f"### {md_escape(compared_heading(rnd, comparison.metric))}", ""]
    if comparison.rows:
        out += [
            f"_{compared_caption(comparison, rnd)}_",
            "",
            # The line over the app's chart and the Word minutes' table, over this table too.
            md_escape(comparison.headline_marked("In bold")),
            "",
            f"| Theme | Sales | Marketing | Other | {comparison.metric.capitalize()} | Leans |",
            "|---|---:|---:|---:|---:|---|",
        ]
        for row in comparison.rows:
            counts = " | ".join(str(row.counts[f]) for f in ("sales", "marketing", "other"))
            # Markdown has no shading: the rows the app's chart shades are in bold.
            name, leans = _cell(row.theme.label), row.leans
            if row.shaded:
                name, leans = f"**{name}**", f"**{leans}**"
            out.append(f"| {name} | {counts} | {row.total} | {leans} |")
        out.append("")
    if other_only_note(comparison):
        out += [f"_{md_escape(other_only_note(comparison))}_", ""]
    return out


def _action_list(m: Minutes) -> list[str]:
    return [
        _line("- ", _typed(a.text), *([_own(f" ({md_escape(extra)})", "i")] if extra else []))
        for a, extra in summary_actions(m)
    ]


def write_markdown(m: Minutes, out: Path) -> None:
    out.write_text(render_markdown(m), encoding="utf-8", newline="\n")
