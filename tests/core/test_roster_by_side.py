"""A roster written side by side, as a mail lists who comes: a heading line per side ("Sales",
"Marketing:") with the names under it, or "Sales: Anna, Tom; Marketing: Lisa, Marc" on one
line. The heading was read as a person named "Sales" and everyone as other, without a word,
and the one-line form was refused."""

from __future__ import annotations

from roundtable.roster_preview import roster_preview
from roundtable.roster_text import RosterLine, parse_roster


def test_names_under_a_side_heading_are_of_that_side() -> None:
    roster = (
        "Sales\n"
        "Anna Keller\n"
        "Tom Berg (Acme)\n"
        "\n"
        "Marketing:\n"
        "- Lisa Wong, Globex\n"
        "- Marc Roy - Brand Manager\n"
        "Others\n"
        "Li Wei\n"
    )
    assert parse_roster(roster) == [
        RosterLine("Anna Keller", "sales"),
        RosterLine("Tom Berg", "sales", "Acme"),
        RosterLine("Lisa Wong", "marketing", "Globex"),
        RosterLine("Marc Roy", "marketing", "", "Brand Manager"),
        RosterLine("Li Wei", "other"),
    ]
    assert roster_preview(roster) == "5 people: 2 sales, 2 marketing, 1 other."
    # A line that says its own function keeps it; headings in capitals or as teams.
    assert parse_roster("SALES TEAM:\nAnna Keller, m\nDan Roe\nMarketing (2)\nLisa Wong") == [
        RosterLine("Anna Keller", "marketing"),
        RosterLine("Dan Roe", "sales"),
        RosterLine("Lisa Wong", "marketing"),
    ]


def test_a_name_alone_on_a_line_is_no_heading() -> None:
    # "Anders" is Dutch for other, and a Scandinavian first name.
    assert parse_roster("Anders\nBjörn\nMark") == [
        RosterLine("Anders", "other"),
        RosterLine("Björn", "other"),
        RosterLine("Mark", "other"),
    ]


def test_sides_listed_on_one_line_give_each_person_their_side() -> None:
    assert parse_roster("Sales: Anna, Tom; Marketing: Lisa, Marc") == [
        RosterLine("Anna", "sales"),
        RosterLine("Tom", "sales"),
        RosterLine("Lisa", "marketing"),
        RosterLine("Marc", "marketing"),
    ]
    roster = "Sales: Anna Keller, Tom Berg\nMarketing: Lisa Wong and Marc Roy (Globex)\n"
    assert parse_roster(roster) == [
        RosterLine("Anna Keller", "sales"),
        RosterLine("Tom Berg", "sales"),
        RosterLine("Lisa Wong", "marketing"),
        RosterLine("Marc Roy", "marketing", "Globex"),
    ]
    assert roster_preview(roster) == "4 people: 2 sales, 2 marketing, 0 other."


def test_a_side_on_the_line_under_each_name_is_that_persons() -> None:
    # Copied from a list laid out name above side: the side was taken for a heading over
    # the next name (Ben sales, Cara marketing), or for a person named "Sales".
    roster = "Ana Lopez\nSales\n\nBen Okafor, Globex\nMarketing\n\nCara Diaz\nOther\n"
    assert parse_roster(roster) == [
        RosterLine("Ana Lopez", "sales"),
        RosterLine("Ben Okafor", "marketing", "Globex"),
        RosterLine("Cara Diaz", "other"),
    ]
    assert roster_preview(roster) == "3 people: 1 sales, 1 marketing, 1 other."


def test_a_title_over_the_list_is_no_person_and_no_column() -> None:
    # "Participants:" was read as a column of names: every side went into the role, and
    # everyone was other. "Attendees" was a person; "Confirmed:" too.
    expected = [RosterLine("Anna Keller", "sales"), RosterLine("Tom Berg", "marketing")]
    assert parse_roster("Participants:\nAnna Keller, Sales\nTom Berg, Marketing") == expected
    assert parse_roster("Attendees\nAnna Keller, Sales\nTom Berg, m") == expected
    assert parse_roster("Confirmed:\nAnna Keller, Sales\nMaybe:\nTom Berg, m") == expected
    assert parse_roster("Name\nAnna Keller, s\nTom Berg, Marketing") == expected
    assert roster_preview("Teilnehmer:\nAnna Keller, Vertrieb\nTom Berg, Marketing") == (
        "2 people: 1 sales, 1 marketing, 0 other."
    )


def test_a_side_then_a_dash_then_its_people() -> None:
    # "Marketing - Lisa Wong" was a person named Marketing of the company Lisa Wong.
    assert parse_roster("Sales – Anna Keller, Tom Berg (Acme)\nMarketing - Lisa Wong") == [
        RosterLine("Anna Keller", "sales"),
        RosterLine("Tom Berg", "sales", "Acme"),
        RosterLine("Lisa Wong", "marketing"),
    ]


def test_people_on_one_line_between_semicolons_are_each_a_person() -> None:
    # "Anna Keller, Brightline, Sales; Tom Berg, Acme, Marketing" was one person: Anna,
    # marketing, with the role "Sales; Tom Berg, Acme".
    roster = "Anna Keller, Brightline, Sales; Tom Berg, Acme, Marketing ;Li Wei, Initech, o"
    assert parse_roster(roster) == [
        RosterLine("Anna Keller", "sales", "Brightline"),
        RosterLine("Tom Berg", "marketing", "Acme"),
        RosterLine("Li Wei", "other", "Initech"),
    ]
    # A line of semicolon-separated cells reads as before.
    assert parse_roster("Anna Keller; Brightline; Sales") == [
        RosterLine("Anna Keller", "sales", "Brightline")
    ]


def test_names_in_a_row_are_each_a_person() -> None:
    # "Ana Lopez, Ben Okafor, Cara Diaz" (from an invitation) was refused: "None of 'Ben
    # Okafor', 'Cara Diaz' is a function".
    assert parse_roster("Ana Lopez, Ben Okafor, Cara Diaz and Sanne van Dijk") == [
        RosterLine("Ana Lopez", "other"),
        RosterLine("Ben Okafor", "other"),
        RosterLine("Cara Diaz", "other"),
        RosterLine("Sanne van Dijk", "other"),
    ]
    assert parse_roster("Marketing\nLisa Wong, Marc Roy, Eva Lind") == [
        RosterLine("Lisa Wong", "marketing"),
        RosterLine("Marc Roy", "marketing"),
        RosterLine("Eva Lind", "marketing"),
    ]
    # A line with a company or a title is a person's, as before.
    assert parse_roster("Ana Lopez, Acme GmbH, Sales") == [
        RosterLine("Ana Lopez", "sales", "Acme GmbH")
    ]


def test_a_job_title_in_a_sides_list_is_the_role_of_the_name_before_it() -> None:
    # "CMO" and "Brand Manager" were people of their own, counted with the side.
    roster = "Sales: Anna Keller, Head of Sales; Marketing: Tom Berg, CMO, Lisa Wong, Brand Manager"
    assert parse_roster(roster) == [
        RosterLine("Anna Keller", "sales", "", "Head of Sales"),
        RosterLine("Tom Berg", "marketing", "", "CMO"),
        RosterLine("Lisa Wong", "marketing", "", "Brand Manager"),
    ]


def test_a_company_in_a_sides_list_is_the_company_of_the_name_before_it() -> None:
    # "Brightline GmbH" was a person of its own, counted sales.
    roster = "Sales: Anna Keller, Brightline GmbH, Tom Berg, Acme Inc."
    assert parse_roster(roster) == [
        RosterLine("Anna Keller", "sales", "Brightline GmbH"),
        RosterLine("Tom Berg", "sales", "Acme Inc."),
    ]
