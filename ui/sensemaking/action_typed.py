"""An action item as typed in the panel's line: its words, and from them its owner ("@name"
at the start or end) and its due date ("by Friday", "due 15 January" at the end).

Ctrl+Alt+N leaves the cursor after the note's words, before "@name", for "by Friday" to be
typed there; the date stayed in the item's words and its Due stayed empty.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from roundtable.model import owner_function_from_text
from ui.windows.capture import find_participant, parse_entry

# " by …" or " due …" (also "due by", "due on"): the rest of the line is read as a date.
_DUE_WORD = re.compile(r"[\s,;]+(?:by|due(?:\s+(?:by|on))?)\s+", re.IGNORECASE)
# An amount, not a day, though the date reader takes it as one ("in two weeks", "12.5" the
# 12th of May): "cut the sales cycle by two weeks", "raise the threshold by 12.5".
# Words that make "by …" a day meant, though not read as one: a digit, a weekday or month
# (or a slip in one), "next", "end", "week", "month", "tomorrow", a quarter.
_DAY_LIKE = re.compile(
    r"\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:next|end|week|month|tomorrow|today|tonight|q[1-4])\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"^(?:\d+[.,]\d+|(?:\S+\s+)?(?:days?|weeks?|months?|years?))$", re.I)


def due_at_end(text: str, as_date: Any) -> tuple[str, date | None]:
    """`text` without a due date typed at its end, and the date; (`text`, None) when its end
    reads as no date ("cut response time by half" keeps its words)."""
    for found in reversed(list(_DUE_WORD.finditer(text))):
        tail = text[found.end() :].strip()
        if found.start() == 0 or _AMOUNT.match(tail):
            continue
        due = as_date(tail.removesuffix(".") if tail.count(".") == 1 else tail)
        if due is not None:
            return text[: found.start()].rstrip(" ,;-–—"), due
    return text, None


def _mention_before_due(text: str, mention: Any) -> tuple[str, str | None]:
    """`text` without an "@name" that stands just before its last "by …" or "due …", and the
    name; (`text`, None) when no name stands there."""
    for found in reversed(list(_DUE_WORD.finditer(text))):
        head, name = mention(text[: found.start()])
        if name is not None and head:
            return head + text[found.start() :], name
    return text, None


def unread_due(text: str) -> str | None:
    """The words after "by" or "due" at the end of an item's text when they look like a day
    the reader did not understand ("next week", "Fridya", "31/11"), to say so; None when
    there are none or they read as something else ("by half", "by two weeks")."""
    for found in reversed(list(_DUE_WORD.finditer(text))):
        tail = text[found.end() :].strip()
        coming = tail.casefold().startswith(("next ", "this ", "end "))  # not an amount
        if found.start() == 0 or (_AMOUNT.match(tail) and not coming) or len(tail.split()) > 3:
            return None
        return tail if _DAY_LIKE.search(tail) else None
    return None


def read_typed(store: Any, as_date: Any, typed: str) -> tuple[str, dict[str, object]]:
    """The item's words and its fields (owner, owner_function, due) from the typed line.
    `as_date` reads a word as a date, or None where it is a name on the roster."""

    def mention(line: str) -> tuple[str, str | None]:
        text, _fn, name = parse_entry(
            line, "other", lambda n: find_participant(store, n) is not None
        )
        return (text, name) if name else (line, None)

    text, name = mention(typed)
    text, due = due_at_end(text, as_date)
    if name is None and due is not None:  # "… by Friday @Ana": the name came after the date
        text, name = mention(text)
    if name is None and due is None:
        # "… @Ana by next week": the date was not read, and the name before it was lost
        # with it (no owner, "@Ana" in the item's words). The words after "by" stay.
        text, name = _mention_before_due(text, mention)
    fields: dict[str, object] = {}
    if due is not None:
        fields["due"] = due
    if name is None:
        return text, fields
    person = find_participant(store, name)
    if person is not None:
        fields.update(owner=person.name, owner_function=person.function)
    elif due is None and (day := as_date(name)) is not None:
        fields["due"] = day  # "… @friday": the day it is due, not its owner (as in Owner)
    else:
        fields.update(owner=name, owner_function=owner_function_from_text(name))
    return text, fields
