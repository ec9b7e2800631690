"""Due dates as people type them (roundtable.dates.read_date)."""

from __future__ import annotations

from datetime import date

import pytest

from roundtable.dates import read_date, short_date, typed_as_date
from roundtable.model import InvalidInput

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("typed", "day_first", "meant"),
    [
        ("2026-12-31", True, date(2026, 12, 31)),
        ("20261231", True, date(2026, 12, 31)),
        ("2027/3/5", False, date(2027, 3, 5)),
        ("12/31/2026", True, date(2026, 12, 31)),  # only one reading has a month 12
        ("31/12/2026", False, date(2026, 12, 31)),
        ("05/06/2027", True, date(2027, 6, 5)),  # either reading: the computer's order
        ("05/06/2027", False, date(2027, 5, 6)),
        ("5.6.27", False, date(2027, 6, 5)),  # dots are written day first
        ("15.1.", False, date(2027, 1, 15)),  # a German "15.1.": the next 15 January
        ("24.12", False, date(2026, 12, 24)),
        ("31 Dec", True, date(2026, 12, 31)),
        ("Jan 15", True, date(2027, 1, 15)),  # no year: the next such day
        ("3rd March 2027", True, date(2027, 3, 3)),
        ("  ", True, None),
    ],
)
def test_a_typed_date_is_the_date_meant(typed, day_first, meant) -> None:
    assert read_date(typed, today=TODAY, day_first=day_first) == meant


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("13/13/2026", "is not a date"),
        ("Feb 30 2027", "is not a date"),
        ("asap", "is not a date"),
        ("2312-02-06", "6 February 2312 is not a likely due date"),
        ("1999-12-31", "not a likely due date"),
    ],
)
def test_what_is_no_due_date_is_refused_with_how_to_type_one(typed, said) -> None:
    with pytest.raises(InvalidInput, match=said) as refused:
        read_date(typed, today=TODAY)
    assert "2026-12-31" in str(refused.value)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("31 Dec 26", date(2026, 12, 31)),  # a two-digit year, as "12/31/26" takes one
        ("31-Dec-26", date(2026, 12, 31)),
        ("31-dec-2027", date(2027, 12, 31)),
        ("Dec 31, 26", date(2026, 12, 31)),
        ("3rd Mar 27", date(2027, 3, 3)),
        ("Dec 26", date(2026, 12, 26)),  # still a day, not a year
    ],
)
def test_a_month_in_words_takes_a_two_digit_year_and_dashes(typed, meant) -> None:
    assert read_date(typed, today=TODAY) == meant


def test_29_february_without_a_year_is_the_next_one_there_is() -> None:
    assert read_date("29 Feb", today=TODAY) == date(2028, 2, 29)  # none in 2027
    assert read_date("Feb 29", today=date(2028, 1, 10)) == date(2028, 2, 29)
    assert read_date("29/02", today=date(2028, 3, 1)) == date(2032, 2, 29)
    with pytest.raises(InvalidInput, match="is not a date"):
        read_date("31 Apr", today=TODAY)
    with pytest.raises(InvalidInput, match="is not a date"):
        read_date("29 Feb 27", today=TODAY)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # Said in the closing round ("in the next 30 days"): refused as "not a date".
        ("in 30 days", date(2027, 1, 4)),
        ("30 days", date(2027, 1, 4)),
        ("in 2 weeks", date(2026, 12, 19)),
        ("in two weeks", date(2026, 12, 19)),
        ("in a week", date(2026, 12, 12)),
        ("In 3 Months", date(2027, 3, 5)),
        ("in a month", date(2027, 1, 5)),
        ("today", date(2026, 12, 5)),
        ("tomorrow", date(2026, 12, 6)),
        ("friday", date(2026, 12, 11)),  # TODAY is a Saturday: the coming Friday
        ("next Friday", date(2026, 12, 11)),
        ("mon", date(2026, 12, 7)),
        ("saturday", date(2026, 12, 12)),  # today's weekday: a week on, not today
    ],
)
def test_a_date_said_from_today_is_read(typed, meant) -> None:
    assert read_date(typed, today=TODAY) == meant


def test_a_month_on_from_the_31st_is_the_months_last_day() -> None:
    assert read_date("in a month", today=date(2027, 1, 31)) == date(2027, 2, 28)
    with pytest.raises(InvalidInput, match="not a likely due date"):
        read_date("in 500 months", today=TODAY)
    with pytest.raises(InvalidInput, match="is not a date"):
        read_date("next week", today=TODAY)  # which day of it: said, not guessed


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("31/12/2026", date(2026, 12, 31)),
        ("Friday", date(2026, 12, 11)),
        ("next friday", date(2026, 12, 11)),
        ("in two weeks", date(2026, 12, 20)),
        ("Sun", None),  # a weekday's short form alone is a name as often as a day
        ("Sat", None),
        ("Marta from Legal", None),
        ("31 Feb", None),  # read_date refuses it: not read as a date here either
        ("", None),
    ],
)
def test_what_is_typed_for_a_name_reads_as_a_date_only_when_it_is_one(typed, meant) -> None:
    assert typed_as_date(typed, today=date(2026, 12, 6)) == meant


def test_a_short_date_has_its_year_only_when_it_is_not_this_years() -> None:
    assert short_date(date(2026, 12, 21), today=TODAY) == "21 Dec"
    assert short_date(date(2027, 1, 6), today=TODAY) == "6 Jan ’27"
    assert short_date(date(2025, 11, 17), today=TODAY) == "17 Nov ’25"
