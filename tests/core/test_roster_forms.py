"""A roster written as people write lists: numbered or bulleted, the company in brackets or
after a dash, sorted by surname. Each was read wrong without a word."""

from __future__ import annotations

import pytest

from roundtable.model import InvalidInput
from roundtable.roster_text import RosterLine, parse_roster

ANNA = RosterLine("Anna Keller", "sales", "Brightline")


@pytest.mark.parametrize(
    "line",
    [
        # A numbered or bulleted list from Word or a mail: "1." stayed in the name.
        "1. Anna Keller, Brightline, Sales",
        "12) Anna Keller, Brightline, Sales",
        "(3) Anna Keller, Brightline, Sales",
        "- Anna Keller, Brightline, Sales",
        "* Anna Keller, Brightline, Sales",
        "•\tAnna Keller, Brightline, Sales",
        "  • Anna Keller\tBrightline\tSales",
        # The company in brackets and the function after a dash: one name, counted other.
        "Anna Keller (Brightline) - Sales",
        "Anna Keller (Brightline) – Sales",
        "Anna Keller (Brightline), Sales",
        "Anna Keller (Brightline, Sales)",
        "Anna Keller - Brightline - Sales",
        "Anna Keller | Brightline | Sales",
        "2. Anna Keller (Brightline) - Sales",
    ],
)
def test_a_list_written_by_hand_reads_as_a_person_reads_it(line: str) -> None:
    assert parse_roster(line) == [ANNA]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Anna Keller – Marketing", RosterLine("Anna Keller", "marketing")),
        ("Anna Keller (Brightline)", RosterLine("Anna Keller", "other", "Brightline")),
        ("Anna Keller (sales)", RosterLine("Anna Keller", "sales")),
        # A hyphen in a name is no dash, and brackets inside a name or before a company
        # stay in the name.
        ("Jean-Pierre Martin - Sales", RosterLine("Jean-Pierre Martin", "sales")),
        ("Robert (Bob) Smith, Acme, sales", RosterLine("Robert (Bob) Smith", "sales", "Acme")),
        ("Robert Smith (Bob), Acme, sales", RosterLine("Robert Smith (Bob)", "sales", "Acme")),
    ],
)
def test_brackets_and_dashes_give_the_company_and_function(line: str, person) -> None:
    assert parse_roster(line) == [person]


def test_a_list_sorted_by_surname_is_read_surname_first() -> None:
    # "Keller, Anna, Brightline, Sales" took Anna for the company and Brightline for the role.
    roster = (
        "Keller, Anna, Brightline, Sales\n"
        "Novak, Petr, Marketing\n"
        "van Dijk, Sanne, Acme, m\n"
        "O'Neil, Siobhan, Tailspin, other\n"
    )
    assert parse_roster(roster) == [
        ANNA,
        RosterLine("Petr Novak", "marketing"),
        RosterLine("Sanne van Dijk", "marketing", "Acme"),
        RosterLine("Siobhan O'Neil", "other", "Tailspin"),
    ]
    # One full name first says the list is not: its lines read as they always did.
    assert parse_roster("Ana Lopez, Acme, s\nBen, Globex, CMO, m") == [
        RosterLine("Ana Lopez", "sales", "Acme"),
        RosterLine("Ben", "marketing", "Globex", "CMO"),
    ]
    # So does a quoted "Surname, First name" cell, read whole as before.
    assert parse_roster('"Keller, Anna", Brightline, Sales') == [
        RosterLine("Keller, Anna", "sales", "Brightline")
    ]


def test_a_surname_first_line_that_cannot_be_read_says_which_column_names_would() -> None:
    with pytest.raises(InvalidInput, match="start it with this line: Last name, First name\\."):
        parse_roster("Keller, Anna\nNovak, Petr")
    # And those column names read it.
    assert parse_roster("Last name, First name\nKeller, Anna") == [
        RosterLine("Anna Keller", "other")
    ]


def test_a_surname_first_list_stays_so_with_two_first_names_an_initial_or_none() -> None:
    # One "Keller, Anna Maria" (or "Anna B.", or a first name left empty in the spreadsheet)
    # read the whole list name first without a word: Keller of the company "Anna Maria",
    # and every other line's first name taken for a company too.
    roster = (
        "Keller, Anna Maria, Brightline, Sales\n"
        "Novak, Petr J., Acme, Marketing\n"
        "Ruiz, María José, Acme, m\n"
        "Berg, Dan, Acme, marketing\n"
    )
    assert parse_roster(roster) == [
        RosterLine("Anna Maria Keller", "sales", "Brightline"),
        RosterLine("Petr J. Novak", "marketing", "Acme"),
        RosterLine("María José Ruiz", "marketing", "Acme"),
        RosterLine("Dan Berg", "marketing", "Acme"),
    ]
    pasted = "Keller\tAnna\tBrightline\tSales\nLopez\t\tAcme\tsales\n"
    assert parse_roster(pasted) == [ANNA, RosterLine("Lopez", "sales", "Acme")]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # A name as a meeting app shows it, pronouns in brackets: "she/her" became the company.
        ("Anna Keller (she/her), sales", RosterLine("Anna Keller (she/her)", "sales")),
        ("Anna Keller (she/her) - Sales", RosterLine("Anna Keller (she/her)", "sales")),
        ("Sam Berg (they/them)", RosterLine("Sam Berg (they/them)", "other")),
        ("Dan Berg (He / Him), Acme, m", RosterLine("Dan Berg (He / Him)", "marketing", "Acme")),
    ],
)
def test_pronouns_in_brackets_stay_with_the_name(line: str, person: RosterLine) -> None:
    assert parse_roster(line) == [person]


def test_email_addresses_in_a_list_are_left_out() -> None:
    # Copied from a mail's addresses: the name was "Anna Keller <anna@brightline.example>"
    # on the board, and a cell that is an address was taken for the company.
    roster = (
        "Anna Keller <anna@brightline.example>, Brightline, Sales\n"
        "Dan Berg, dan.berg@acme.example, Acme, marketing\n"
        "Li Wei <li.wei@acme.example>\n"
    )
    assert parse_roster(roster) == [
        ANNA,
        RosterLine("Dan Berg", "marketing", "Acme"),
        RosterLine("Li Wei", "other"),
    ]
    # Surname first too.
    assert parse_roster("Keller, Anna, anna@brightline.example, Brightline, Sales") == [ANNA]


def test_phone_numbers_in_a_list_are_left_out() -> None:
    # A phone number after the function was kept as the role ("+49 170 1234567").
    assert parse_roster("Anna Keller, Brightline, Sales, +49 170 1234567") == [ANNA]
    assert parse_roster("Anna Keller\t(030) 123-4567\tBrightline\tSales") == [ANNA]


def test_a_dash_inside_brackets_does_not_cut_the_name() -> None:
    # "Anna Keller (Brightline - Berlin) - Sales" was cut at the dash inside the brackets:
    # the name "Anna Keller (Brightline" and the company "Berlin)".
    [person] = parse_roster("Anna Keller (Brightline - Berlin) - Sales")
    assert (person.name, person.function, person.organisation) == (
        "Anna Keller",
        "sales",
        "Brightline",
    )
    [person] = parse_roster("Anna Keller (Sales / Marketing)")
    assert person.name == "Anna Keller"


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # A job title after a dash or in brackets was taken for the company ("CFO").
        ("Ana Lopez - CFO", RosterLine("Ana Lopez", "other", "", "CFO")),
        ("Ana Lopez (CFO)", RosterLine("Ana Lopez", "other", "", "CFO")),
        ("Ana Lopez - CFO - Acme", RosterLine("Ana Lopez", "other", "Acme", "CFO")),
        # A title that says the side gives it.
        ("Ben Okafor - Head of Sales", RosterLine("Ben Okafor", "sales", "", "Head of Sales")),
        (
            "Cara Diaz (Initech) - Marketing Manager",
            RosterLine("Cara Diaz", "marketing", "Initech", "Marketing Manager"),
        ),
        ("Dan Roe | VP Sales | Globex", RosterLine("Dan Roe", "sales", "Globex", "VP Sales")),
        ("Eva Lind - CMO", RosterLine("Eva Lind", "marketing", "", "CMO")),
        (
            "Jonas Brandt - Vertriebsleiter",
            RosterLine("Jonas Brandt", "sales", "", "Vertriebsleiter"),
        ),
        # Both sides, or a company, as before.
        (
            "Finn Berg - VP Sales & Marketing",
            RosterLine("Finn Berg", "other", "", "VP Sales & Marketing", "VP Sales & Marketing"),
        ),
        (
            "Lea Wolf (Contoso) - Partnerships",
            RosterLine("Lea Wolf", "other", "Contoso", "Partnerships"),
        ),
        ("Lea Wolf - Acme GmbH", RosterLine("Lea Wolf", "other", "Acme GmbH")),
        # A title beside the function is the role, wherever it stands.
        ("Grace Lee - CFO - Acme - Sales", RosterLine("Grace Lee", "sales", "Acme", "CFO")),
    ],
)
def test_a_job_title_after_a_dash_is_the_role_and_may_say_the_side(line: str, person) -> None:
    assert parse_roster(line) == [person]


def test_a_job_title_beside_the_function_is_the_role_not_the_company() -> None:
    # The first cell left was the company: "CFO" at Acme, and "VP Sales" a company.
    assert parse_roster("Ana Lopez, CFO, Acme, sales\nBen Okafor, Marketing, Head of Brand") == [
        RosterLine("Ana Lopez", "sales", "Acme", "CFO"),
        RosterLine("Ben Okafor", "marketing", "", "Head of Brand"),
    ]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # A nickname in brackets after the name was taken for the company ("Bob").
        ("Robert Smith (Bob)", RosterLine("Robert Smith (Bob)", "other")),
        ("Robert Smith (Bob) - Sales", RosterLine("Robert Smith (Bob)", "sales")),
        (
            "William Jones (Bill) | Acme | m",
            RosterLine("William Jones (Bill)", "marketing", "Acme"),
        ),
        ("Katherine Lee [Kate]", RosterLine("Katherine Lee [Kate]", "other")),
        (
            "Alexander Berg (Alex), Globex, s",
            RosterLine("Alexander Berg (Alex)", "sales", "Globex"),
        ),
        ("Francisco Ruiz (Paco)", RosterLine("Francisco Ruiz (Paco)", "other")),
        # A company stays a company.
        ("Robert Smith (Brightline)", RosterLine("Robert Smith", "other", "Brightline")),
        ("Daniel Roe (Danone) - Sales", RosterLine("Daniel Roe", "sales", "Danone")),
    ],
)
def test_a_nickname_in_brackets_stays_with_the_name(line: str, person: RosterLine) -> None:
    assert parse_roster(line) == [person]


def test_a_spanish_or_portuguese_double_surname_is_one_surname() -> None:
    # "García López, María" was read as a full name with the company María, and one such
    # line read a whole surname-first list name first: Keller of the company Anna.
    roster = (
        "Keller, Anna, Brightline, Sales\n"
        "García López, María, Acme, Marketing\n"
        "Silva Santos, João, Globex, s\n"
        "Pérez y Gómez, Lucía, Initech, other\n"
    )
    assert parse_roster(roster) == [
        ANNA,
        RosterLine("María García López", "marketing", "Acme"),
        RosterLine("João Silva Santos", "sales", "Globex"),
        RosterLine("Lucía Pérez y Gómez", "other", "Initech"),
    ]
    assert parse_roster("García López, María, Acme, Marketing\nSilva Santos, João, Globex, s") == [
        RosterLine("María García López", "marketing", "Acme"),
        RosterLine("João Silva Santos", "sales", "Globex"),
    ]
    # Written name first, they were and are one name.
    assert parse_roster("María García López, Acme, Marketing\nJoão Silva Santos") == [
        RosterLine("María García López", "marketing", "Acme"),
        RosterLine("João Silva Santos", "other"),
    ]
    # Alone, the line that cannot be read says which column names would read it.
    with pytest.raises(InvalidInput, match="start it with this line: Last name, First name\\."):
        parse_roster("García López, María\nSilva Santos, João")


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # "Name: side" and "Name @ Company" kept everything in the name, counted other.
        ("Ana Lopez: Sales", RosterLine("Ana Lopez", "sales")),
        ("Ben Okafor: Globex, Marketing", RosterLine("Ben Okafor", "marketing", "Globex")),
        (
            "Cara Diaz: Head of Marketing",
            RosterLine("Cara Diaz", "marketing", "", "Head of Marketing"),
        ),
        ("Dan Roe @ Initech, sales", RosterLine("Dan Roe", "sales", "Initech")),
        ("Eva Lind @ Northwind", RosterLine("Eva Lind", "other", "Northwind")),
    ],
)
def test_a_colon_or_an_at_after_the_name_ends_it(line: str, person: RosterLine) -> None:
    assert parse_roster(line) == [person]


@pytest.mark.parametrize(
    "line",
    [
        # Word's bullets pasted as text: "o" and a tab for a second-level bullet, a Symbol
        # font's bullet (a private-use character), or the tab of an indent alone. The line
        # was refused: its function "Anna Keller, Brightline, Sales".
        "o\tAnna Keller, Brightline, Sales",
        "\uf0b7\tAnna Keller, Brightline, Sales",
        "\uf0a7 Anna Keller, Brightline, Sales",
        "\tAnna Keller, Brightline, Sales",
        "  o  Anna Keller (Brightline) - Sales",
    ],
)
def test_a_bullet_pasted_from_word_is_left_out(line: str) -> None:
    assert parse_roster(line) == [ANNA]


def test_a_comma_in_brackets_before_a_dash_stays_in_the_brackets() -> None:
    # "Anna Keller (Brightline GmbH, Berlin) – Vertrieb" was refused: its function was
    # "Berlin) – Vertrieb".
    assert parse_roster("Anna Keller (Brightline GmbH, Berlin) – Vertrieb") == [
        RosterLine("Anna Keller", "sales", "Brightline GmbH", "Berlin")
    ]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # As LinkedIn writes a headline: the company was kept in the role.
        (
            "Anna Keller, Head of Marketing at Brightline",
            RosterLine("Anna Keller", "marketing", "Brightline", "Head of Marketing"),
        ),
        (
            "Ben Okafor - VP Sales @ Globex",
            RosterLine("Ben Okafor", "sales", "Globex", "VP Sales"),
        ),
        ("Ana Lopez (CFO at Acme)", RosterLine("Ana Lopez", "other", "Acme", "CFO")),
        # A company named beside it stays the company.
        (
            "Cara Diaz, Initech, Sales Director at Initech Europe",
            RosterLine("Cara Diaz", "sales", "Initech", "Sales Director at Initech Europe"),
        ),
    ],
)
def test_a_job_title_at_a_company_gives_both(line: str, person: RosterLine) -> None:
    assert parse_roster(line) == [person]


def test_a_suffix_after_a_comma_stays_with_the_name() -> None:
    # "Robert Smith, Jr., Acme, Sales" gave the company "Jr." and the role "Acme".
    assert parse_roster("Robert Smith, Jr., Acme, Sales\nDan Roe, III, m\nEva Lind, PhD") == [
        RosterLine("Robert Smith Jr.", "sales", "Acme"),
        RosterLine("Dan Roe III", "marketing"),
        RosterLine("Eva Lind PhD", "other"),
    ]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # The function in brackets after the company, or the region after the function:
        # "Brightline (Sales)" was the company, counted other, or the line was refused.
        ("Anna Keller – Brightline (Sales)", ANNA),
        ("Anna Keller, Brightline (Sales)", ANNA),
        ("Anna Keller - Sales (Brightline)", ANNA),
        (
            "Anna Keller, Brightline, Sales (EMEA)",
            RosterLine("Anna Keller", "sales", "Brightline", "EMEA"),
        ),
        # A company with its place in brackets stays whole.
        ("Anna Keller, Acme (Spain), Sales", RosterLine("Anna Keller", "sales", "Acme (Spain)")),
    ],
)
def test_a_function_in_brackets_beside_a_company_is_the_function(line: str, person) -> None:
    assert parse_roster(line) == [person]
