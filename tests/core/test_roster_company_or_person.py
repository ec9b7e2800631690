"""A word after a name: a company, a person, or the name someone goes by.

"Sales: Anna Keller, Brightline" made Brightline a second person, counted sales; and
"Xiaoming Li (Kevin)" was Xiaoming Li of the company Kevin, though Kevin is the English name
he goes by, as Bob is Robert Smith's in "Robert Smith (Bob)"."""

from __future__ import annotations

import pytest

from roundtable.roster_preview import roster_preview
from roundtable.roster_text import RosterLine, parse_roster


def test_one_word_after_a_full_name_in_a_sides_list_is_the_company() -> None:
    assert parse_roster("Sales: Anna Keller, Brightline") == [
        RosterLine("Anna Keller", "sales", "Brightline")
    ]
    assert roster_preview("Sales: Anna Keller, Brightline") == (
        "1 person: 1 sales, 0 marketing, 0 other."
    )
    roster = "Sales: Anna Keller, Brightline, Tom Brandt, Globex\nMarketing: Lisa Wong, Initech"
    assert parse_roster(roster) == [
        RosterLine("Anna Keller", "sales", "Brightline"),
        RosterLine("Tom Brandt", "sales", "Globex"),
        RosterLine("Lisa Wong", "marketing", "Initech"),
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # First names alone are people, and so is a full name after a full name.
        ("Sales: Anna, Tom", ["Anna", "Tom"]),
        ("Sales: Anna Keller, Tom Brandt", ["Anna Keller", "Tom Brandt"]),
        # A given name after a full name is a person too.
        ("Sales: Anna Keller, Tom", ["Anna Keller", "Tom"]),
        # A list of first names keeps a word after a full name as a person.
        ("Sales: Anna Keller, Tom, Brightline", ["Anna Keller", "Tom", "Brightline"]),
    ],
)
def test_people_in_a_sides_list_stay_people(line: str, names: list[str]) -> None:
    assert [p.name for p in parse_roster(line)] == names


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Xiaoming Li (Kevin), Sales", RosterLine("Xiaoming Li (Kevin)", "sales")),
        (
            "Xiaoming Li (Kevin) - Brightline - m",
            RosterLine("Xiaoming Li (Kevin)", "marketing", "Brightline"),
        ),
        ("Park Ji-yeon (Grace), Globex, s", RosterLine("Park Ji-yeon (Grace)", "sales", "Globex")),
        ("Nguyen Van An [Tony]", RosterLine("Nguyen Van An [Tony]", "other")),
        # A company in brackets stays the company.
        ("Xiaoming Li (Acme), Sales", RosterLine("Xiaoming Li", "sales", "Acme")),
        ("Xiaoming Li (Acme GmbH), Sales", RosterLine("Xiaoming Li", "sales", "Acme GmbH")),
        ("Anna Keller (Brightline), Sales", RosterLine("Anna Keller", "sales", "Brightline")),
        # A given name after a name with a given name of its own may be a company.
        ("Anna Keller (Grace) - Sales", RosterLine("Anna Keller", "sales", "Grace")),
    ],
)
def test_a_given_name_in_brackets_is_the_name_someone_goes_by(
    line: str, person: RosterLine
) -> None:
    assert parse_roster(line) == [person]


def test_the_name_someone_goes_by_calls_them_in_a_note() -> None:
    from roundtable.name_forms import name_as_called

    assert name_as_called("Xiaoming Li (Kevin)") == ("Xiaoming Li", {"Xiaoming", "Kevin"})


def test_a_job_title_between_the_name_and_the_company_word_changes_nothing() -> None:
    assert parse_roster("Marketing: Tom Brandt, CMO, Globex, Lisa Wong") == [
        RosterLine("Tom Brandt", "marketing", "Globex", "CMO"),
        RosterLine("Lisa Wong", "marketing"),
    ]


def test_a_full_name_with_a_title_or_a_nickname_takes_the_company_word_after_it() -> None:
    assert parse_roster("Marketing: Xiaoming Li (Kevin), Initech, Dr. Eva Lind, Contoso") == [
        RosterLine("Xiaoming Li (Kevin)", "marketing", "Initech"),
        RosterLine("Dr. Eva Lind", "marketing", "Contoso"),
    ]
