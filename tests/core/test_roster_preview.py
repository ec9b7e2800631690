"""The line under the start screen's roster box: what the roster gives, said as it is typed."""

from __future__ import annotations

from roundtable.roster_preview import read_roster, roster_preview
from roundtable.roster_text import RosterLine, parse_roster


def test_the_line_counts_each_side_and_says_the_lines_not_read() -> None:
    assert roster_preview("") == ""
    assert roster_preview("  \n") == ""
    roster = (
        "1. Anna Keller (Brightline) - Sales\n"
        "2. Ben Okafor (Globex) - Marketing\n"
        "3. Cara Diaz (Initech) - Sales\n"
        "4. Dan Roe\n"
    )
    assert roster_preview(roster) == "4 people: 2 sales, 1 marketing, 1 other."
    assert roster_preview("Ana Lopez, s") == "1 person: 1 sales, 0 marketing, 0 other."
    said = roster_preview("Ana Lopez, s\nBen Okafor, Finance\nana lopez, m\nCara, CFO")
    assert said == (
        "1 person: 1 sales, 0 marketing, 0 other. Lines 2 and 4 cannot be read yet: Create"
        " session says why. Line 3 names someone already on the roster."
    )


def test_a_surname_first_reading_is_said_and_so_is_a_doubtful_one() -> None:
    said = roster_preview("Keller, Anna, Brightline, Sales\nNovak, Petr, Marketing")
    assert said == (
        "2 people: 1 sales, 1 marketing, 0 other. Read surname first: “Keller, Anna” is"
        " Anna Keller. If not, start the list with this line: Name, Company, Role, Function."
    )
    # And that line reads it name first.
    fixed = "Name, Company, Role, Function\nKeller, Anna, Brightline, Sales\nNovak, Petr, m"
    assert [(p.name, p.organisation) for p in read_roster(fixed).people] == [
        ("Keller", "Anna"),
        ("Novak", "Petr"),
    ]
    # Two single names and a function: Keller of a company Anna, or Anna Keller?
    said = roster_preview("Keller, Anna, Sales\nNovak, Petr, Marketing")
    assert said.endswith(
        "Read as Keller of the company Anna: if the list is surname first, start it with"
        " this line: Last name, First name, Function."
    )
    fixed = "Last name, First name, Function\nKeller, Anna, Sales\nNovak, Petr, Marketing"
    assert [p.name for p in read_roster(fixed).people] == ["Anna Keller", "Petr Novak"]
    assert roster_preview(fixed) == "2 people: 1 sales, 1 marketing, 0 other."


def test_a_surname_first_list_with_two_first_names_or_none_is_said_as_typed() -> None:
    # "Keller, Anna Maria" was not read surname first; the line would have said “Maria
    # Keller, Anna”, and a first name left empty on the first line stopped the preview.
    said = roster_preview("Lopez\t\tAcme\tsales\nKeller\tAnna Maria\tBrightline\tSales")
    assert "Read surname first: “Keller, Anna Maria” is Anna Maria Keller." in said
    assert said.startswith("2 people: 2 sales, 0 marketing, 0 other.")


def test_the_column_names_suggested_for_a_list_with_addresses_read_it() -> None:
    # The line suggested left the address column out, so the list under it was read with
    # the address as the function, or as the role.
    text = "Keller, Anna, anna@brightline.example, Sales\nBerg, Dan, dan@acme.example, m"
    assert [(p.name, p.function, p.organisation) for p in parse_roster(text)] == [
        ("Anna Keller", "sales", ""),
        ("Dan Berg", "marketing", ""),
    ]
    said = roster_preview(text)
    header = said.split("start the list with this line: ")[1].rstrip(".")
    assert header == "Name, Company, Email, Function"
    assert [(p.name, p.organisation) for p in parse_roster(f"{header}\n{text}")] == [
        ("Keller", "Anna"),
        ("Berg", "Dan"),
    ]


def test_first_names_with_a_one_word_role_are_read_name_first() -> None:
    # "Anna, CMO, Acme, Marketing" was read surname first: "CMO Anna", and said so.
    roster = "Anna, CMO, Acme, Marketing\nTom, VP, Globex, Sales"
    assert roster_preview(roster) == "2 people: 1 sales, 1 marketing, 0 other."
    assert parse_roster(roster) == [
        RosterLine("Anna", "marketing", "Acme", "CMO"),
        RosterLine("Tom", "sales", "Globex", "VP"),
    ]
    # A role and a side: the role was "the company Manager", and the list perhaps surname first.
    roster = "Anna, Manager, Sales\nTom, Director, Marketing"
    assert roster_preview(roster) == "2 people: 1 sales, 1 marketing, 0 other."
    assert parse_roster(roster)[0] == RosterLine("Anna", "sales", "", "Manager")
    # And first names with their side alone read so, as before.
    assert roster_preview("Anna, Sales\nTom, Marketing\nLisa, Sales") == (
        "3 people: 2 sales, 1 marketing, 0 other."
    )


def test_the_line_says_whose_side_a_job_title_gave() -> None:
    # Counted sales by "Head of Sales" without a word: a title read wrongly went unseen.
    roster = (
        "Ben Okafor - Head of Sales\n"
        "Cara Diaz, Marketing Manager\n"
        "Ana Lopez - CFO\n"
        "Dan Roe, Acme, s\n"
    )
    assert roster_preview(roster) == (
        "4 people: 2 sales, 1 marketing, 1 other. Side taken from the job title: Ben Okafor"
        " (Head of Sales) and Cara Diaz (Marketing Manager)."
    )
    many = "\n".join(f"Person {k} - VP Sales" for k in range(1, 6))
    assert roster_preview(many).endswith(
        "Side taken from the job title: Person 1 (VP Sales), Person 2 (VP Sales) and 3 more."
    )
    # Under a heading that says the same side, nothing more is said.
    assert roster_preview("Sales\nBen Okafor - Head of Sales") == (
        "1 person: 1 sales, 0 marketing, 0 other."
    )


def test_a_first_name_that_looks_like_an_abbreviated_title_stays_a_first_name() -> None:
    # "Md." (Mohammad) in a surname-first list is a first name, not a managing director.
    roster = "Rahman, Md. Abdul, Acme, Sales\nKeller, Anna, Brightline, m"
    assert [p.name for p in parse_roster(roster)] == ["Md. Abdul Rahman", "Anna Keller"]
