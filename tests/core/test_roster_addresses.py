"""A roster pasted from a mail's To or Cc line: "Ana Lopez <ana@acme.com>; Ben Okafor
<ben@globex.com>". The line was refused ("None of 'Ben Okafor <ben@globex.com>' is a
function"), and Outlook's "Lopez, Ana" was the name as written."""

from __future__ import annotations

from roundtable.roster_preview import roster_preview
from roundtable.roster_text import RosterLine, parse_roster


def test_a_mails_recipients_are_one_person_each() -> None:
    to_line = (
        'Ana Lopez <ana@acme.com>; Ben Okafor <ben@globex.com>; "Diaz, Cara"'
        " <cara.diaz@initech.example>;"
    )
    assert parse_roster(to_line) == [
        RosterLine("Ana Lopez", "other"),
        RosterLine("Ben Okafor", "other"),
        RosterLine("Cara Diaz", "other"),
    ]
    assert roster_preview(to_line) == "3 people: 0 sales, 0 marketing, 3 other."
    # Commas between them, as Gmail copies them, and bare addresses.
    assert parse_roster("Ana Lopez <ana@acme.com>, dan.roe@initech.example") == [
        RosterLine("Ana Lopez", "other"),
        RosterLine("Dan Roe", "other"),
    ]
    # Outlook's own copy: surname first, out of quotes, semicolons between.
    assert parse_roster("Lopez, Ana <ana@acme.com>; Okafor, Ben <ben@globex.com>") == [
        RosterLine("Ana Lopez", "other"),
        RosterLine("Ben Okafor", "other"),
    ]
    # One recipient a line, written by Outlook surname first.
    assert parse_roster('"Lopez, Ana" <ana@acme.com>\n"Okafor, Ben" <ben@globex.com>') == [
        RosterLine("Ana Lopez", "other"),
        RosterLine("Ben Okafor", "other"),
    ]


def test_recipients_under_a_side_heading_are_of_that_side() -> None:
    roster = (
        "Sales:\nAna Lopez <ana@acme.com>; Ben Okafor <ben@globex.com>\nMarketing:\nlisa@x.example"
    )
    assert parse_roster(roster) == [
        RosterLine("Ana Lopez", "sales"),
        RosterLine("Ben Okafor", "sales"),
        RosterLine("Lisa", "marketing"),
    ]


def test_a_line_with_an_address_and_cells_reads_as_before() -> None:
    assert parse_roster("Anna Keller <anna@brightline.example>, Brightline, Sales") == [
        RosterLine("Anna Keller", "sales", "Brightline")
    ]


def test_an_address_books_brackets_after_a_surname_first_name_go_after_the_name() -> None:
    # "Keller, Anna (Brightline)", as an Outlook address book shows a guest, was the person
    # "Anna (Brightline) Keller", with no company.
    roster = "Keller, Anna (Brightline) <anna@brightline.example>; Berg, Tom <tom@acme.example>"
    assert [(p.name, p.organisation) for p in parse_roster(roster)] == [
        ("Anna Keller", "Brightline"),
        ("Tom Berg", ""),
    ]
