"""Due dates as people type them: "2026-12-31", "31/12/2026", "12/31/26", "31-Dec-26", "31 Dec",
and as they are said in the room: "in 30 days", "in two weeks", "tomorrow", "friday".

A date typed in the writer's own habit was read part by part as year-month-day ("12/31/2026"
became 6 February 2312) and saved without a word. Here a typed date is either read as the
date meant or refused with a message saying how to type it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from roundtable.model import InvalidInput

HOW = "Type a date like 2026-12-31, 31/12/2026, 31 Dec 2026 or in 2 weeks."
# A due date further away than this is a typing slip, not a commitment.
MAX_YEARS_AHEAD = 10

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for name in names
}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "in 30 days", "2 weeks", "in a month": a span from today.
_SPAN = re.compile(r"(?:in\s+)?(\d{1,4}|[a-z]+)\s+(day|week|month)s?")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_PACKED = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?")
# "31 Dec 2026", "31-Dec-26", "Dec 31, 26": a two-digit year is this century's, as in "12/31/26".
_WORDS = re.compile(
    r"(?:(\d{1,2})(?:st|nd|rd|th)?(?:\s*-\s*|\s+)([a-z]+)"
    r"|([a-z]+)(?:\s*-\s*|\s+)(\d{1,2})(?:st|nd|rd|th)?)"
    r"(?:(?:,?\s*-\s*|,?\s+)(\d{4}|\d{2}))?"
)


def written_date(day: date, *, year: bool = True) -> str:
    """A date as people read it: "4 Jan 2027" (or "4 Jan" where the year is said elsewhere),
    the same in the action items table, the status bar and the minutes."""
    return f"{day.day} {day:%b %Y}" if year else f"{day.day} {day:%b}"


def short_date(day: date, *, today: date) -> str:
    """A date for a narrow column: "4 Jan" in this year, "4 Jan ’27" in another (without
    its year, a date of next year read as one of this year)."""
    short = written_date(day, year=False)
    return short if day.year == today.year else f"{short} ’{day:%y}"


def read_date(text: str, *, today: date, day_first: bool = True) -> date | None:
    """The date `text` means, or None when it is empty.

    Args:
        today: for a date typed without a year (the next such day from today on) and for
            the sanity check (no earlier than 2000, no later than MAX_YEARS_AHEAD years on).
        day_first: how to read "05/06/2026" when either could be the day (the computer's
            own date order); "31/12" and "12/31" are read either way, "5.6.2026" is
            always day first, as written where dots are used.

    Raises:
        InvalidInput: the text is not a date, or not one anybody would be due on.
    """
    typed = " ".join((text or "").strip().lower().split())
    if not typed:
        return None
    try:
        found = _read(typed, today, day_first)
    except ValueError:
        found = None
    if found is None:
        raise InvalidInput(f"“{text.strip()}” is not a date. {HOW}")
    if found.year < 2000 or found.year > today.year + MAX_YEARS_AHEAD:
        raise InvalidInput(
            f"{found.day} {found:%B %Y} is not a likely due date: was it a typing slip? {HOW}"
        )
    return found


def _said(typed: str, today: date) -> date | None:
    """A date said from today: "today", "tomorrow", "in 30 days", "in two weeks", "in a
    month" (the same day of the month, or its last), "friday" or "next friday" (the first
    such day after today: said on a Friday, a week on). "Next week" names no day: refused."""
    if typed in ("today", "tomorrow"):
        return today + timedelta(days=typed == "tomorrow")
    weekday = _WEEKDAYS.get(typed.removeprefix("next "))
    if weekday is not None:
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    m = _SPAN.fullmatch(typed)
    count = (int(m[1]) if m[1].isdigit() else _COUNTS.get(m[1])) if m else None
    if m is None or count is None:
        return None
    if m[2] != "month":
        return today + timedelta(days=count * (7 if m[2] == "week" else 1))
    years, month = divmod(today.month - 1 + count, 12)
    year = today.year + years  # (too far on, it is refused as no likely due date)
    return date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))


def _read(typed: str, today: date, day_first: bool) -> date | None:
    if said := _said(typed, today):
        return said
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.", typed):  # "15.1." as written in Germany: 15 January
        typed = typed[:-1]
    if m := _ISO.fullmatch(typed):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _PACKED.fullmatch(typed):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.fullmatch(typed):
        a, b = int(m[1]), int(m[3])
        if m[2] == ".":
            first_is_day = True
        elif a > 12 or b > 12:
            first_is_day = a > 12
        else:
            first_is_day = day_first
        day, month = (a, b) if first_is_day else (b, a)
        return _with_year(day, month, m[4], today)
    if m := _WORDS.fullmatch(typed):
        day_text, name = (m[1], m[2]) if m[1] else (m[4], m[3])
        named = _MONTHS.get(name)
        return _with_year(int(day_text), named, m[5], today) if named else None
    return None


def _with_year(day: int, month: int, year: str | None, today: date) -> date:
    """The date with the year typed ("26" is 2026), or else the next such day from today
    that exists: "29 Feb" typed in 2026 is 29 February 2028 (it was refused, as there is no
    29 February in 2027)."""
    if year:
        return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    for ahead in range(9):  # a 29 February comes at least once in eight years
        try:
            found = date(today.year + ahead, month, day)
        except ValueError:  # no such day in that year (29 February), or in any (31 April)
            if not (month == 2 and day == 29):
                raise
            continue
        if found >= today:
            return found
    raise ValueError(f"no day {day} of month {month}")


def typed_as_date(text: str, *, today: date, day_first: bool = True) -> date | None:
    """The date `text` reads as where a name was asked for (an action item's owner), or
    None: "31/12/2026", "friday", "next friday" and "in two weeks" are dates, and what
    read_date refuses is not. A weekday's short form alone ("Sun", "Sat", "Mon") is not
    either: it is somebody's name as often as a day."""
    typed = " ".join(text.strip().lower().split())
    if typed in _WEEKDAYS and len(typed) < 6:  # the full names are six letters or more
        return None
    try:
        return read_date(typed, today=today, day_first=day_first)
    except InvalidInput:
        return None
