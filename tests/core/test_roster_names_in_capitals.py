"""Names pasted in capitals ("ANNA KELLER", or "KELLER, Anna" as some European lists write
the surname) stayed in capitals on the cards, the @names and the minutes. They are written
as names are now, particles and prefixes kept right; a name typed in mixed case is kept as
typed."""

from __future__ import annotations

import pytest

from roundtable.roster_preview import roster_preview
from roundtable.roster_text import RosterLine, parse_roster


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ANNA KELLER, Sales", "Anna Keller"),
        ("SEAN MCDONALD, s", "Sean McDonald"),
        ("EWAN MACDONALD, s", "Ewan MacDonald"),
        ("LUIS MACHADO, s", "Luis Machado"),
        ("AOIFE O'NEILL, m", "Aoife O'Neill"),
        ("LUCA D’ANGELO, m", "Luca D’Angelo"),
        ("PIET VAN DER BERG, m", "Piet van der Berg"),
        ("MARIA DE LA CRUZ, o", "Maria de la Cruz"),
        ("ANNA-LENA MÜLLER-LÜDENSCHEIDT, o", "Anna-Lena Müller-Lüdenscheidt"),
        ("HENRY FORD III, o", "Henry Ford III"),
        ("ROBERT SMITH JR., o", "Robert Smith Jr."),
        ("DR. JONAS BRANDT, o", "Dr. Jonas Brandt"),
        ("NGUYEN VAN AN, o", "Nguyen Van An"),
        ("XIAOMING LI (KEVIN), s", "Xiaoming Li (Kevin)"),
        ("ANNA, s", "Anna"),
        # Typed in mixed case: kept as typed.
        ("Sean MacDonald, s", "Sean MacDonald"),
        ("AJ Smith, s", "AJ Smith"),
        ("Anna KELLER, s", "Anna KELLER"),
        ("Jan de Vries, s", "Jan de Vries"),
    ],
)
def test_a_name_in_capitals_is_written_as_a_name(line: str, name: str) -> None:
    assert [p.name for p in parse_roster(line)] == [name]


def test_a_surname_in_capitals_says_the_list_is_surname_first() -> None:
    # "KELLER, Anna" was refused ("Unknown function 'Anna'"), and "KELLER, Anna, Sales"
    # was Keller of the company Anna.
    assert parse_roster("KELLER, Anna\nBRANDT, Tom") == [
        RosterLine("Anna Keller", "other"),
        RosterLine("Tom Brandt", "other"),
    ]
    roster = "KELLER, Anna, Sales\nVAN DER BERG, Piet, Marketing\nO'NEILL, Aoife, Brightline, s"
    assert parse_roster(roster) == [
        RosterLine("Anna Keller", "sales"),
        RosterLine("Piet van der Berg", "marketing"),
        RosterLine("Aoife O'Neill", "sales", "Brightline"),
    ]
    assert roster_preview(roster).startswith(
        "3 people: 2 sales, 1 marketing, 0 other."
        " Read surname first: “KELLER, Anna” is Anna Keller."
    )


def test_capitals_under_column_names_are_written_as_names() -> None:
    roster = "Last name, First name, Company, Function\nVAN DER BERG, Piet, ACME, Sales"
    assert parse_roster(roster) == [RosterLine("Piet van der Berg", "sales", "ACME")]
    assert parse_roster("Name, Function\nMARIA DE LA CRUZ, m") == [
        RosterLine("Maria de la Cruz", "marketing")
    ]


def test_the_line_under_the_roster_box_says_a_name_in_capitals_is_written_as_a_name() -> None:
    roster = "Anna Keller, Brightline, Sales\nSEAN MCDONALD, Northwind, s\nPIET VAN DER BERG, m"
    assert roster_preview(roster) == (
        "3 people: 2 sales, 1 marketing, 0 other. Names in capitals are written as names:"
        " “SEAN MCDONALD” is Sean McDonald."
    )
    assert roster_preview("Anna Keller, s\nAJ Smith, m") == (
        "2 people: 1 sales, 1 marketing, 0 other."
    )


def test_one_line_with_its_surname_in_capitals_in_a_list_written_name_first() -> None:
    # "KELLER, Jonas, Contoso, Marketing" was Keller of the company Jonas, role Contoso.
    assert parse_roster("Anna Keller, Brightline, s\nKELLER, Jonas, Contoso, Marketing") == [
        RosterLine("Anna Keller", "sales", "Brightline"),
        RosterLine("Jonas Keller", "marketing", "Contoso"),
    ]
