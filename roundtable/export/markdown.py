"""Markdown minutes for mail and wikis, with the same structure as the Word document.

Note text is escaped so a note that happens to contain `*`, `#` or `<b>` shows those
characters instead of turning into formatting: notes are plain text everywhere. Its own
words are the minutes' language's (`Minutes.words`), as in the Word minutes.
"""

from __future__ import annotations

import re
from pathlib import Path

from roundtable.export.comparison import (
    compare,
    compared_caption,
    compared_heading,
    other_only_note,
    withheld_words,
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
from roundtable.export.languages import Words
from roundtable.export.wording import (
    action_source,
    appendix_rounds,
    appendix_when,
    attendance_text,
    carried_text,
    duration_text,
    format_votes,
    more_actions_note,
    notes_count_text,
    overdue,
    owner_function,
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


def _who(w: Words, note: NoteLine) -> Part:
    said = who(w, note)
    return _own(f" ({md_escape(said)})" if said else "", "i")


def _note(w: Words, note: NoteLine) -> str:
    return _line("- ", _typed(note.text), _who(w, note))


def _label(w: Words, label: str, *value: Part) -> str:
    return _line("- ", _own(w("label", label=label).rstrip(" "), "b"), _own(" "), *value)


def _names(names: tuple[str, ...]) -> list[Part]:
    parts: list[Part] = []
    for i, name in enumerate(names):
        parts += [_own(", ")] if i else []
        parts.append(_typed(name))
    return parts


def render_markdown(m: Minutes) -> str:
    """The minutes as one Markdown document."""
    w = m.words
    out: list[str] = [_line("# ", _typed(m.title)), "", w("minutes"), ""]
    out.append(_label(w, w("date_label"), _own(w.day(m.day))))
    if m.follow_up_of:
        parts = previous_session_parts(m)
        escaped = ((md_escape(t), f, typed) for t, f, typed in parts)
        out.append(_label(w, w("follow_up_of"), *escaped))
    if m.facilitator:
        out.append(_label(w, w("facilitator"), _typed(m.facilitator)))
    out.append(_label(w, w("duration"), _own(duration_text(m))))
    out.append(_label(w, w("attendance"), _own(attendance_text(m))))
    if m.attendees:
        out.append(_label(w, w("attendees"), *_names(m.attendees)))
    if m.absent:
        out.append(_label(w, w("absent"), *_names(m.absent)))
    out.append(_label(w, w("notes_label"), _own(notes_count_text(m))))
    for label, parts in quiet_round_parts(m):
        out.append(_label(w, label, *((md_escape(t), f, typed) for t, f, typed in parts)))
    out.append("")

    out += [f"## {w('summary')}", "", f"### {w('top_themes')}", ""]
    if m.top_themes:
        for i, t in enumerate(m.top_themes, start=1):
            out.append(
                _line(
                    f"{i}. ",
                    _typed(t.label, "b"),
                    _own(theme_votes_text(w, t)),
                    _own(w("in_round", n=t.round_position)),
                    _typed(t.round_title),
                )
            )
        if tie_note(m):
            out += ["", tie_note(m)]
        for unvoted in summary_unvoted_notes(m):
            out += ["", md_escape(unvoted)]
    else:
        out.append(w("no_votes_recorded"))
    out += ["", f"### {w('action_items')}", ""]
    if review_text(m):
        out += [md_escape(review_text(m)), ""]
    out += _action_list(m) or [w("no_actions")]
    if more_actions_note(m):
        out += ["", f"_{md_escape(more_actions_note(m))}_"]
    if m.open_questions:
        out += ["", f"### {w('open_questions')}", ""]
        for q in m.open_questions:
            said = who(w, q, question=False)
            # In brackets, as in the Word minutes: "…budget?, round 1" read badly after a
            # question mark. One italic stretch, its marks written here around the parts.
            out.append(
                _line(
                    "- ",
                    _typed(question_text(q)),
                    _own(f" _({md_escape(said)}{w('list_sep')}" if said else " _("),
                    _own(f"{w('round_n', n=q.round_position)}, "),
                    _typed(q.round_title),
                    _own(")_"),
                )
            )
    out.append("")

    for rnd in m.rounds:
        out += [_line("## ", *_round_heading(w, rnd)), ""]
        if rnd.prompt:
            question = w("label", label=w("question")).rstrip(" ")
            out += [_line("", _own(question, "b"), _own(" "), _typed(rnd.prompt, "i")), ""]
        if unvoted_text(w, rnd):
            out += [md_escape(unvoted_text(w, rnd)), ""]
        for t in rnd.themes:
            count = w.count(len(t.notes), "notes")
            given = "" if t.split_withheld else f" ({format_votes(w, t.votes, t.unvoted)})"
            votes = (
                f"**{w.count(t.total_votes, 'votes')}**{given} · {count}"
                if t.total_votes
                else f"{w('no_votes')} · {count}"
            )
            out += [_line("### ", _typed(t.label)), "", votes, ""]
            out += [_note(w, note) for note in t.notes]
            out.append("")
        if rnd.ungrouped:
            if rnd.themes:  # (a round nobody grouped: its notes under its question)
                out += [f"### {w('notes_in_no_theme')}", ""]
            out += [_note(w, note) for note in rnd.ungrouped]
            out.append("")
        if rnd.themes:
            out += _comparison(w, rnd)

    out += [f"## {w('action_items')}", ""]
    if m.actions:
        header = " | ".join(w(f"col.{c}") for c in ("what", "owner", "function", "due", "status"))
        out += [f"| {header} |", "|---|---|---|---|---|"]
        for a in m.actions:
            due = w.day(a.due) if a.due else "—"
            if a.due and overdue(a, m):
                due = w("due_overdue", day=due)
            source = action_source(w, a)
            what = _cell(a.text) + (f"<br>{_cell(source)}" if a.theme else "")
            what += f"<br>{carried_text(m)}" if a.carried else ""
            owner = _cell(a.owner) or "—"
            function = owner_function(w, a)
            out.append(f"| {what} | {owner} | {function} | {due} | {w.status(a.status)} |")
    else:
        out.append(w("no_actions"))
    out += ["", f"## {w('appendix')}", ""]
    if not m.appendix:
        out.append(w("no_notes_recorded"))
    else:
        # Which round each short label ("R2") is, said once, as in the Word minutes.
        key: list[Part] = [_own("_" + w("label", label=w("rounds_key")))]
        for i, (position, title) in enumerate(appendix_rounds(m)):
            key.append(_own((" · " if i else "") + w("round_short", n=position) + "\u00a0"))
            key.append(_typed(title))
        out += [_line("", *key, _own("_")), ""]
    for note in m.appendix:
        out.append(
            _line(
                "- ",
                _own(f"{appendix_when(m, note)} · {w('round_short', n=note.round_position)} · "),
                _typed(note.text),
                _who(w, note),
            )
        )
    out.append("")
    return "\n".join(out)


def _round_heading(w: Words, rnd: RoundBlock) -> list[Part]:
    """ "Round 2: " and the round's title as parts (its typed title apart)."""
    before, _, after = w("round_heading", n=rnd.position, title="\0").partition("\0")
    return [_own(before), _typed(rnd.title), *([_own(after)] if after else [])]


def _comparison(w: Words, rnd: RoundBlock) -> list[str]:
    if withheld_words(rnd):
        return [f"_{md_escape(w(withheld_words(rnd)))}_", ""]
    comparison = compare(rnd, w)
    out = [f"### {md_escape(compared_heading(rnd, comparison.metric, w))}", ""]
    if comparison.rows:
        columns = ("theme", "sales", "marketing", "other", comparison.metric, "leans")
        header = " | ".join(w(f"col.{c}") for c in columns)
        out += [
            f"_{compared_caption(comparison, rnd)}_",
            "",
            # The line over the app's chart and the Word minutes' table, over this table too.
            md_escape(comparison.headline_marked(w("in_bold"))),
            "",
            f"| {header} |",
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
