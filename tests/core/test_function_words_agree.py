"""One list of function words: a roster line, a CSV's function column, `roundtable add-note
--function` and an action item's owner typed as text read the same words the same way. The
owner had its own list, which read "RevOps" as sales (the roster: both sides, so other),
and "Account Executive", "Mktg" or "Vertrieb" as nobody's (the roster: their side)."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable import function_words
from roundtable.cli import main
from roundtable.csv_import import import_csv
from roundtable.model import owner_function_from_text, parse_function
from roundtable.roster_text import parse_roster
from roundtable.store import Store

# The function the roster gives each label (as it did before the lists were one), and
# "both" for a label naming both sides: the roster counts that person as other, and an
# action owned by both sides is joint.
LABELS = {
    "Sales": "sales",
    "Account Executive": "sales",
    "SDRs": "sales",
    "Sales Ops": "sales",
    "Vertrieb": "sales",
    "Commercial": "sales",
    "Marketing": "marketing",
    "Mktg": "marketing",
    "Demand Gen": "marketing",
    "PMM": "marketing",
    "Customer Success": "other",
    "Other": "other",
    "RevOps": "both",
    "GTM": "both",
    "Go-to-market": "both",
    "Revenue Operations": "both",
    "Sales & Marketing": "both",
    "SDR / Demand Gen": "both",
}


def _roster_side(side: str) -> str:
    return "other" if side == "both" else side


def test_roster_csv_add_note_and_action_owner_agree_on_each_label(tmp_path: Path) -> None:
    labels = list(LABELS)
    people = parse_roster(
        "".join(f"Person {i}, Acme, {label}\n" for i, label in enumerate(labels, 1))
    )
    expected = [_roster_side(LABELS[label]) for label in labels]
    assert [p.function for p in people] == expected

    session = tmp_path / "agree.roundtable"
    assert main(["new", str(session)]) == 0
    paper = tmp_path / "paper.csv"
    paper.write_text(
        "round,text,function\n"
        + "".join(f'1,Note {i},"{label}"\n' for i, label in enumerate(labels, 1)),
        encoding="utf-8",
    )
    with Store.open(session) as store:
        import_csv(store, paper)
        assert [n.function for n in store.notes()] == expected
    for i, label in enumerate(labels, 1):
        assert main(["add-note", str(session), "2", f"Said {i}", "--function", label]) == 0
    with Store.open(session, read_only=True) as store:
        assert [n.function for n in store.notes(store.round_at(2).id)] == expected

    owners = [owner_function_from_text(label) for label in labels]
    assert owners == ["joint" if LABELS[label] == "both" else LABELS[label] for label in labels]


@pytest.mark.parametrize(
    ("owner", "function"),
    [
        ("Ana from RevOps", "joint"),
        ("the Account Executives", "sales"),
        ("Lena (Mktg)", "marketing"),
        ("Brand team", "marketing"),
        ("Everyone", "joint"),
        ("Marta from Legal", "other"),
        # A first name is no function, though the roster reads "Mark" and "Sal" as the
        # start of marketing and sales in a function cell.
        ("Mark", "other"),
        ("Sal Rossi", "other"),
    ],
)
def test_an_owner_typed_as_text_reads_the_function_words_in_it(owner: str, function: str) -> None:
    assert owner_function_from_text(owner) == function


def test_every_word_of_the_lists_is_read_alike_by_a_roster_and_an_owner() -> None:
    listed = (
        function_words.SALES_WORDS
        | function_words.MARKETING_WORDS
        | function_words.OTHER_WORDS
        | function_words.SALES_TEAMS
        | function_words.MARKETING_TEAMS
        | function_words.OTHER_TEAMS
        | function_words.BOTH_WORDS
    )
    for label in sorted(listed):
        roster = parse_function(label)
        owner = owner_function_from_text(label)
        assert owner == ("joint" if function_words.both_sides(label) else roster), label
