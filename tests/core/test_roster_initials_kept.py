"""A name written in mixed case is kept as typed when its given name and surname stand in
cells of their own: "AJ" under First name with "Smith" under Last name is AJ Smith, as
"AJ Smith" in one cell is, not "Aj Smith". A surname in capitals after a given name that is
not ("Anna", "VAN DER BERG") is still written as a name."""

from __future__ import annotations

from roundtable.roster_text import parse_roster


def names(text: str) -> list[str]:
    return [p.name for p in parse_roster(text)]


def test_initials_as_the_first_name_column_are_kept() -> None:
    assert names("First name, Last name, Function\nAJ, Smith, sales\n") == ["AJ Smith"]


def test_initials_in_a_surname_first_column_list_are_kept() -> None:
    assert names("Last name, First name, Function\nSmith, JP, marketing\n") == ["JP Smith"]


def test_initials_in_a_surname_first_list_without_column_names_are_kept() -> None:
    roster = "Smith, AJ, Acme, Sales\nKeller, Anna, Brightline, Marketing\n"
    assert names(roster) == ["AJ Smith", "Anna Keller"]


def test_names_wholly_in_capitals_are_still_written_as_names() -> None:
    assert names("First name, Last name, Function\nANNA, KELLER, sales\n") == ["Anna Keller"]
    assert names("First name, Last name, Function\nAnna, VAN DER BERG, sales\n") == [
        "Anna van der Berg"
    ]
    assert names("KELLER, Jonas, Contoso, Marketing\n") == ["Jonas Keller"]
    assert names("KELLER, ANNA, Contoso, Marketing\nBerg, Tom, Acme, Sales\n")[0] == ("Anna Keller")
