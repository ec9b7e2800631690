"""A roster typed or pasted into the start screen, read line by line."""

from __future__ import annotations

import pytest

from roundtable.model import InvalidInput
from roundtable.roster_text import RosterLine, parse_line, parse_roster


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Ana Lopez", RosterLine("Ana Lopez", "other")),
        ("Ana Lopez, s", RosterLine("Ana Lopez", "sales")),
        (
            "Anna Keller, Nordlicht GmbH, sales",
            RosterLine("Anna Keller", "sales", "Nordlicht GmbH"),
        ),
        (
            "Anna Keller, Marketing, Nordlicht GmbH",
            RosterLine("Anna Keller", "marketing", "Nordlicht GmbH"),
        ),
        (
            "Anna Keller\tNordlicht GmbH, Berlin\tsales\tHead of SDRs",
            RosterLine("Anna Keller", "sales", "Nordlicht GmbH, Berlin", "Head of SDRs"),
        ),
        (
            "Jonas Brandt; Kessler AG; marketing",
            RosterLine("Jonas Brandt", "marketing", "Kessler AG"),
        ),
        ("Chloé Dubois, Other Ltd, other", RosterLine("Chloé Dubois", "other", "Other Ltd")),
        ("Ben Okafor\t\tmarketing\t", RosterLine("Ben Okafor", "marketing")),
    ],
)
def test_a_line_gives_name_function_company_and_role(line: str, person: RosterLine) -> None:
    assert parse_line(line) == person


@pytest.mark.parametrize(
    ("line", "says"),
    [
        (", sales", "needs a name"),
        ("Ben Okafor, finance", "Unknown function 'finance'"),
        ("Ben Okafor, Kessler AG, Berlin", "None of 'Kessler AG', 'Berlin' is a function"),
    ],
)
def test_a_bad_line_says_what_is_wrong(line: str, says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        parse_line(line)


def test_a_header_line_and_blank_lines_are_skipped_and_a_name_twice_is_refused() -> None:
    text = "Name, Company, Function\n\nAna Lopez, Acme, sales\n  \nBen Okafor, m\n"
    assert [p.name for p in parse_roster(text)] == ["Ana Lopez", "Ben Okafor"]
    # Only a first line is taken for column names: later, such a line is a bad line.
    with pytest.raises(InvalidInput, match=r"Roster line 2 \(Name, Company, Function\)"):
        parse_roster("Ana Lopez, s\nName, Company, Function")
    with pytest.raises(
        InvalidInput, match=r"Roster line 1 \(Ana Lopez, s\) and line 3 \(ana lopez, m\) name"
    ):
        parse_roster("Ana Lopez, s\n\nana lopez, m")


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # A CSV file's line, as a text editor or a mail shows it: a cell holding the
        # separator is quoted. It gave the company '"Acme' and the role 'Inc."'.
        ('Ana Lopez,"Acme, Inc.",sales', RosterLine("Ana Lopez", "sales", "Acme, Inc.")),
        (
            '"Müller, Hans", Nordlicht GmbH, marketing',
            RosterLine("Müller, Hans", "marketing", "Nordlicht GmbH"),
        ),
        # The separator is the one outside the quotes (a semicolon CSV from a German Excel).
        ('"Müller, Hans";"Kessler AG";m', RosterLine("Müller, Hans", "marketing", "Kessler AG")),
        # A spreadsheet's cell with a quote in it comes quoted, its quotes doubled.
        ('"Ærin ""Rin"" O\'Neil"\tAcme\tsales', RosterLine('Ærin "Rin" O\'Neil', "sales", "Acme")),
        # Quotes inside a cell, or one left open, stay as typed.
        (
            'Dwayne "The Rock" Johnson, WWE, s',
            RosterLine('Dwayne "The Rock" Johnson', "sales", "WWE"),
        ),
        ('Ana "Acme, sales', RosterLine('Ana "Acme', "sales")),
        # (Had the open quote begun a cell, the whole line would be one name.)
        ('"Ana Lopez, Acme, sales', RosterLine('"Ana Lopez', "sales", "Acme")),
        ('Ana, "Acme, Inc." , sales', RosterLine("Ana", "sales", "Acme, Inc.")),
    ],
)
def test_quoted_cells_are_read_whole(line: str, person: RosterLine) -> None:
    assert parse_line(line) == person
