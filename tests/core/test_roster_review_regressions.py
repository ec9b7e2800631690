"""Rosters a facilitator pastes that read right before the job-title and side-heading
forms came in, and read wrong with them."""

from __future__ import annotations

import pytest

from roundtable.roster_text import RosterLine, parse_roster


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # A company whose name starts with a word of a job title is still the company.
        (
            "Anna Keller, Lead Forensics, Sales",
            RosterLine("Anna Keller", "sales", "Lead Forensics"),
        ),
        (
            "Anna Keller, Lead Forensics, Sales, Account Manager",
            RosterLine("Anna Keller", "sales", "Lead Forensics", "Account Manager"),
        ),
        (
            "Tom Berg, Chief Outsiders, Marketing",
            RosterLine("Tom Berg", "marketing", "Chief Outsiders"),
        ),
        (
            "Lisa Wong, Principal Media, Marketing",
            RosterLine("Lisa Wong", "marketing", "Principal Media"),
        ),
        ("Marc Roy - Executive Networks", RosterLine("Marc Roy", "other", "Executive Networks")),
        # Job titles stay titles: the role, and the side they name.
        ("Ana Lopez, CFO, Acme, Sales", RosterLine("Ana Lopez", "sales", "Acme", "CFO")),
        ("Ben Okafor - Head of Sales", RosterLine("Ben Okafor", "sales", "", "Head of Sales")),
        (
            "Cara Diaz, Acme, VP Marketing",
            RosterLine("Cara Diaz", "marketing", "Acme", "VP Marketing"),
        ),
        ("Dan Roe - VP Engineering", RosterLine("Dan Roe", "other", "", "VP Engineering")),
        (
            "Eva Lind - Senior Account Executive",
            RosterLine("Eva Lind", "sales", "", "Senior Account Executive"),
        ),
        (
            "Finn Berg, Acme, Leiter Vertrieb",
            RosterLine("Finn Berg", "sales", "Acme", "Leiter Vertrieb"),
        ),
        (
            "Dan Roe - Director Engineering",
            RosterLine("Dan Roe", "other", "", "Director Engineering"),
        ),
        (
            "Jonas Brandt - Vertriebsleiter Nord",
            RosterLine("Jonas Brandt", "sales", "", "Vertriebsleiter Nord"),
        ),
        (
            "Gina Rossi, Acme, Directora de Marketing",
            RosterLine("Gina Rossi", "marketing", "Acme", "Directora de Marketing"),
        ),
        (
            "Hugo Brandt - Lead Generation Specialist",
            RosterLine("Hugo Brandt", "other", "", "Lead Generation Specialist"),
        ),
    ],
)
def test_a_company_named_with_a_title_word_stays_the_company(line: str, person) -> None:
    assert parse_roster(line) == [person]


def test_a_title_line_ends_the_side_heading_above_it() -> None:
    # "Management:" or "Guests:" is no side: the people under it were counted with the
    # side of the heading before it (Eva marketing, Dan sales), without a word.
    text = "\n".join(
        [
            "Sales:",
            "Anna Keller",
            "Marketing:",
            "Lisa Wong",
            "Management:",
            "Eva Lind",
            "Guests:",
            "Dan Roe",
        ]
    )
    assert [(p.name, p.function) for p in parse_roster(text)] == [
        ("Anna Keller", "sales"),
        ("Lisa Wong", "marketing"),
        ("Eva Lind", "other"),
        ("Dan Roe", "other"),
    ]


def test_a_name_above_side_list_whose_last_name_has_no_side_yet() -> None:
    # One side left out at the end: each side went to the name under it (Ana other, Ben
    # sales, Cara marketing), as if the sides were headings.
    roster = "Ana Lopez\nSales\nBen Okafor\nMarketing\nCara Diaz\n"
    assert [(p.name, p.function) for p in parse_roster(roster)] == [
        ("Ana Lopez", "sales"),
        ("Ben Okafor", "marketing"),
        ("Cara Diaz", "other"),
    ]
    # A list by side that starts with its heading reads as before.
    by_side = "Sales\nAna Lopez\nMarketing\nBen Okafor\nCara Diaz\n"
    assert [(p.name, p.function) for p in parse_roster(by_side)] == [
        ("Ana Lopez", "sales"),
        ("Ben Okafor", "marketing"),
        ("Cara Diaz", "marketing"),
    ]


def test_a_first_name_ending_in_ez_is_no_surname() -> None:
    # "Inez Rodriguez" was taken for two Spanish surnames, and the list read surname first:
    # the person "Acme Inez Rodriguez" with no company.
    roster = "Inez Rodriguez, Acme, Key Accounts, Sales"
    assert parse_roster(roster) == [RosterLine("Inez Rodriguez", "sales", "Acme", "Key Accounts")]
    # Two surnames stay one: "García López, María" is María García López.
    assert parse_roster("Pérez Gómez, Juan, Acme, Key Accounts, Sales")[0].name == (
        "Juan Pérez Gómez"
    )


def test_a_rule_or_an_empty_bullet_is_no_person() -> None:
    # A mail's rule between the sides was a person named "______", counted sales under the
    # heading above it; an empty bullet was refused ("A participant needs a name").
    roster = "Sales:\nAnna Keller\n__________\nMarketing:\n-----\nTom Berg\n•\n"
    assert [(p.name, p.function) for p in parse_roster(roster)] == [
        ("Anna Keller", "sales"),
        ("Tom Berg", "marketing"),
    ]
