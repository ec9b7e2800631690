"""A roster typed or pasted into the start screen, read line by line."""

from __future__ import annotations

import pytest

from roundtable.model import InvalidInput
from roundtable.roster_text import RosterError, RosterLine, parse_line, parse_roster


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
        # A registration list in the room's language names the department so.
        ("Jonas Brandt, Kessler AG, Vertrieb", RosterLine("Jonas Brandt", "sales", "Kessler AG")),
        ("Chloé Dubois; Ventes", RosterLine("Chloé Dubois", "sales")),
        ("Lucía Gómez, Márketing", RosterLine("Lucía Gómez", "marketing")),
        ("Marta Rossi, Altro", RosterLine("Marta Rossi", "other")),
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


def test_a_header_line_says_which_column_is_which() -> None:
    # A registration tool's export: read by position, the first names were the names, the
    # surnames the companies and the email addresses the roles (and no word said so).
    text = (
        "First name\tLast name\tEmail\tCompany\tDepartment\n"
        "Ana\tLopez\tana@acme.example\tAcme\tSales\n"
        "Ben\tOkafor\tben@globex.example\tGlobex\tMarketing\n"
        "Chloé\tDubois\t\tInitech\t\n"
    )
    assert parse_roster(text) == [
        RosterLine("Ana Lopez", "sales", "Acme"),
        RosterLine("Ben Okafor", "marketing", "Globex"),
        RosterLine("Chloé Dubois", "other", "Initech"),
    ]
    # The columns in another order, the surname first (a German form: Name, Vorname).
    assert parse_roster(
        "Firma; Name; Vorname; Funktion; Position\nKessler AG; Brandt; Jonas; m; CMO"
    ) == [RosterLine("Jonas Brandt", "marketing", "Kessler AG", "CMO")]
    # The company first: it was taken for the name.
    assert parse_roster("Company, Name, Function\nAcme, Ana Lopez, s") == [
        RosterLine("Ana Lopez", "sales", "Acme")
    ]
    # A role column holding a function's word is a role: the function column says.
    assert parse_roster("Name, Function, Role\nAna Lopez, marketing, Sales enablement") == [
        RosterLine("Ana Lopez", "marketing", role="Sales enablement")
    ]
    # A line typed with fewer cells than the columns (the company left out, as a line may)
    # is read as a line without column names is: its sales was taken for the company.
    assert parse_roster("Name, Company, Function\nAna Lopez, sales\nBen Okafor, Globex, m") == [
        RosterLine("Ana Lopez", "sales"),
        RosterLine("Ben Okafor", "marketing", "Globex"),
    ]
    # More cells than the columns, the function not where they say: read without them.
    assert parse_roster("Name, Function\nAna Lopez, Acme, s") == [
        RosterLine("Ana Lopez", "sales", "Acme")
    ]
    # A one-column list under its column name.
    assert parse_roster("Name\nAna Lopez\nBen Okafor") == [
        RosterLine("Ana Lopez", "other"),
        RosterLine("Ben Okafor", "other"),
    ]


def test_a_header_line_the_roster_cannot_read_is_said_and_points_at_its_line() -> None:
    with pytest.raises(
        RosterError, match="Unknown function 'Finance' in the function column"
    ) as bad:
        parse_roster("\nName, Team\nAna Lopez, s\nBen Okafor, Finance")
    assert bad.value.line == 4
    # Column names with one Roundtable does not know were refused as a person's line:
    # "None of 'Company', 'Function', 'Notes' is a function".
    with pytest.raises(
        RosterError,
        match=r"Roster line 1 \(.*\) looks like column names, but Roundtable does not know"
        r" 'Dietary needs': rename it",
    ) as bad:
        parse_roster("Full name, Company, Function, Dietary needs\nAna Lopez, Acme, s, none")
    assert bad.value.line == 1
    with pytest.raises(RosterError, match=r"line 1 .* and line 3") as bad:
        parse_roster("Ana Lopez, s\n\nana lopez, m")
    assert bad.value.line == 3


def test_every_line_that_cannot_be_read_is_named_at_once() -> None:
    """A spreadsheet's job titles in the function column ("Head of Sales") were refused one
    line at a time: fixed, Create session said the next, and the next."""
    roster = (
        "Name\tCompany\tFunction\n"
        "Ana Ruiz\tNorthwind\tSales\n"
        "Grace Lee\tTailspin\tHead of Sales\n"
        "Hugo Martin\tTailspin\tMarketing Director\n"
        "Ines Duarte\tLitware\tSales\n"
        "Jon Berg\tLitware\tVP Partnerships\n"
    )
    with pytest.raises(RosterError) as bad:
        parse_roster(roster)
    said = str(bad.value)
    assert said.startswith("Roster line 3 (Grace Lee")
    assert "Unknown function 'Head of Sales' in the function column" in said
    assert said.endswith("Lines 4 and 6 cannot be read either.")
    assert bad.value.line == 3  # the first is selected in the box

    with pytest.raises(RosterError, match=r"Line 3 cannot be read either\.$"):
        parse_roster("Ana Lopez, CFO\nBen Okafor, m\nCara Diaz, CEO")
    many = "\n".join(f"Person {k}, Acme, Boss" for k in range(1, 10))
    with pytest.raises(RosterError, match=r"Lines 2, 3, 4, 5, 6 and 3 more cannot be read"):
        parse_roster(many)
    # One bad line says only itself, as before.
    with pytest.raises(RosterError, match=r"use sales, marketing or other\.$"):
        parse_roster("Name, Function\nAna Lopez, s\nBen Okafor, Finance")


def test_a_spreadsheet_row_with_its_function_cell_empty_is_other() -> None:
    # Rows copied from a spreadsheet keep their empty cells as tabs: Li Wei's empty function
    # cell was dropped, Acme read as the function, and the whole paste was refused.
    pasted = "Anna Keller\tBrightline\tSales\nLi Wei\tAcme\t\nDan Berg\t\tmarketing\n"
    assert parse_roster(pasted) == [
        RosterLine("Anna Keller", "sales", "Brightline"),
        RosterLine("Li Wei", "other", "Acme"),
        RosterLine("Dan Berg", "marketing"),
    ]
    # Typed with commas, a line still says the company cannot be a function.
    with pytest.raises(InvalidInput, match="Unknown function 'Acme'"):
        parse_line("Li Wei, Acme,")


def test_a_job_title_that_names_a_side_gives_it_on_a_comma_line() -> None:
    # "Ana Lopez, Acme, VP Sales" was refused: none of 'Acme', 'VP Sales' is a function.
    roster = (
        "Ana Lopez, Acme, VP Sales\n"
        "Ben Okafor, Marketing Manager\n"
        "Cara Diaz (Initech), Head of Demand Gen\n"
        "Dan Roe, Account Executive, Globex\n"
    )
    assert parse_roster(roster) == [
        RosterLine("Ana Lopez", "sales", "Acme", "VP Sales"),
        RosterLine("Ben Okafor", "marketing", "", "Marketing Manager"),
        RosterLine("Cara Diaz", "marketing", "Initech", "Head of Demand Gen"),
        RosterLine("Dan Roe", "sales", "Globex", "Account Executive"),
    ]
    # A title that names no side still asks for the function.
    with pytest.raises(InvalidInput, match="None of 'Acme', 'CFO' is a function"):
        parse_roster("Ana Lopez, Acme, CFO")


def test_a_row_of_empty_cells_is_a_blank_line() -> None:
    # A spreadsheet saved as CSV keeps its empty rows as ",,,,": the paste was refused
    # ("A participant needs a name").
    roster = "Name,Company,Function\nAna Lopez,Acme,Sales\n,,\nBen Okafor,Globex,m\n"
    assert parse_roster(roster) == [
        RosterLine("Ana Lopez", "sales", "Acme"),
        RosterLine("Ben Okafor", "marketing", "Globex"),
    ]
    roster = "Ana Lopez, Acme, Sales,,,\n,,,,\n\t\t\t\nBen Okafor, Globex, m,,,\n ; ; \n"
    assert parse_roster(roster) == [
        RosterLine("Ana Lopez", "sales", "Acme"),
        RosterLine("Ben Okafor", "marketing", "Globex"),
    ]


def test_a_function_named_as_a_team_or_department_is_that_function() -> None:
    # "Sales Team" and "Marketing Dept." were refused: "None of 'Brightline', 'Sales Team'
    # is a function".
    roster = (
        "Anna Keller, Brightline, Sales Team\n"
        "Tom Berg, Acme, Marketing Dept.\n"
        "Li Wei, Initech, Customer Success Department\n"
        "Eva Lind, Northwind, Sales & Marketing team\n"
    )
    assert [(p.name, p.function) for p in parse_roster(roster)] == [
        ("Anna Keller", "sales"),
        ("Tom Berg", "marketing"),
        ("Li Wei", "other"),
        ("Eva Lind", "other"),
    ]
