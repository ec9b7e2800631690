"""Team names as a sales and marketing leader files them ("SDR" is sales, "Demand Gen"
marketing, "Customer Success" other) are read wherever a function is typed: the roster, a
CSV and the command line, each of which refused them. A CSV or a command naming both sides
("Sales & Marketing") says why its notes are other; it made them other without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.cli import main
from roundtable.csv_import import import_csv
from roundtable.model import parse_function
from roundtable.roster_text import parse_roster
from roundtable.store import Store

TEAMS = {
    "Sales Ops": "sales",
    "Sales Operations": "sales",
    "Inside Sales": "sales",
    "SDR": "sales",
    "BDRs": "sales",
    "AE": "sales",
    "Account Executive": "sales",
    "Marketing Ops": "marketing",
    "Demand Gen": "marketing",
    "Demand Generation": "marketing",
    "Field Marketing": "marketing",
    "Product Marketing": "marketing",
    "PMM": "marketing",
    "Customer Success": "other",
}


@pytest.mark.parametrize("label", sorted(TEAMS))
def test_each_team_is_read_as_its_side(label: str) -> None:
    assert parse_function(label) == TEAMS[label]
    assert parse_function(label.upper()) == TEAMS[label]


def test_teams_on_a_typed_roster_and_a_team_kept_as_the_role() -> None:
    people = parse_roster(
        "Ana Lopez, Acme, SDR\n"
        "Ben Okafor, Globex, Demand Gen\n"
        "Carla Diaz, Initech, Customer Success\n"
        "Dev Patel, Umbrella, sales, Account Executive\n"
        "Eva Berg, Fjord, SDR / Demand Gen\n"
    )
    assert [(p.name, p.function, p.organisation, p.role) for p in people] == [
        ("Ana Lopez", "sales", "Acme", ""),
        ("Ben Okafor", "marketing", "Globex", ""),
        ("Carla Diaz", "other", "Initech", ""),
        # The function said as such wins; the team stays the role (it was refused).
        ("Dev Patel", "sales", "Umbrella", "Account Executive"),
        ("Eva Berg", "other", "Fjord", ""),
    ]
    assert people[-1].note == "SDR / Demand Gen"


def _run(capsys, *argv: object) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().out


def test_a_csv_naming_both_sides_says_so_in_the_result_and_on_the_command_line(
    capsys, tmp_path: Path
) -> None:
    session = tmp_path / "berlin.roundtable"
    assert _run(capsys, "new", session)[0] == 0
    paper = tmp_path / "paper.csv"
    paper.write_text(
        "round,text,function\n"
        "1,Leads wait four days,Sales & Marketing\n"
        "1,Nobody owns the handover,sales & marketing\n"
        "2,Forecast is a guess,SDR\n"
        "2,Webinars bring no pipeline,PMM\n"
        "2,Renewals surprise us,Customer Success\n"
        "3,One target for both teams,Sales & Marketing\n",
        encoding="utf-8",
    )
    code, out = _run(capsys, "import-csv", session, paper)
    assert code == 0
    assert out.splitlines()[1:] == [
        "“Sales & Marketing” names both sales and marketing, so 3 notes are counted as other."
    ]
    with Store.open(session, read_only=True) as store:
        assert [n.function for n in store.notes()] == [
            "other",
            "other",
            "sales",
            "marketing",
            "other",
            "other",
        ]
    paper.write_text(
        "round,text,function\n1,Leads wait,RevOps\n1,Budgets differ,Sales & Marketing\n",
        encoding="utf-8",
    )
    with Store.open(session) as store:
        result = import_csv(store, paper)
    assert result.both_sides == (("RevOps", 1), ("Sales & Marketing", 1))


def test_add_note_takes_a_team_and_says_when_a_label_names_both(capsys, tmp_path: Path) -> None:
    session = tmp_path / "berlin.roundtable"
    assert _run(capsys, "new", session)[0] == 0
    code, out = _run(capsys, "add-note", session, "1", "Leads wait", "--function", "Demand Gen")
    assert (code, out.count("\n")) == (0, 1)
    code, out = _run(capsys, "add-note", session, "1", "Budgets differ", "--function", "GTM")
    assert code == 0
    assert (
        out.splitlines()[1]
        == "“GTM” names both sales and marketing, so the note is counted as other."
    )
    code, _ = _run(capsys, "add-note", session, "1", "Handover", "--function", "Mktg")
    assert code == 0
    with Store.open(session, read_only=True) as store:
        assert [n.function for n in store.notes()] == ["marketing", "other", "marketing"]
