"""A key typed in a long roster reads anew only the line it changed.

The line under the roster box reads the whole roster at each key. Each line's labels were
remembered (test_roster_typing_speed.py), but every line was still cut into cells, looked
at as a heading, a side's list or several people, and read as a person again: about 100 ms
a key in a list of 1,000 on a laptop, three times a key. A line's reading is remembered
now, keyed by what it depends on beyond its own text (the column names, surname first, the
side of the heading above it), so a change elsewhere that changes it reads it again.
Counted, not timed: a timing would fail on a busy machine."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from roundtable import roster_forms, roster_sides, roster_text
from roundtable.roster_preview import read_roster, roster_preview

# What reads one line of a roster: as a person, as a heading or a side's list, into cells.
LINE_READERS = {
    roster_text.parse_line.__code__: "parse_line",
    roster_sides.heading_side.__code__: "heading_side",
    roster_sides.side_lists.__code__: "side_lists",
    roster_sides.names_in_a_row.__code__: "names_in_a_row",
    roster_forms.list_cells.__code__: "list_cells",
}


@contextmanager
def lines_read() -> Iterator[Counter[str]]:
    """Counts the calls of each line reader while the block runs."""
    counts: Counter[str] = Counter()

    def count(frame, event: str, _arg) -> None:  # type: ignore[no-untyped-def]
        if event == "call" and frame.f_code in LINE_READERS:
            counts[LINE_READERS[frame.f_code]] += 1

    before: Callable | None = sys.getprofile()
    sys.setprofile(count)
    try:
        yield counts
    finally:
        sys.setprofile(before)


def _roster(n: int) -> list[str]:
    firsts = ["Anna", "Ben", "Cara", "Dan", "Eva", "Finn", "Grace", "Hugo"]
    return [
        f"{firsts[k % len(firsts)]} Quillfeather{chr(97 + k % 26)}{k // 26:03d}, Acme,"
        f" {('sales', 'marketing', 'other')[k % 3]}"
        for k in range(n)
    ]


def test_a_key_typed_in_a_long_roster_reads_only_its_line_again() -> None:
    lines = _roster(1000)
    said = roster_preview("\n".join(lines))
    assert said.startswith("1000 people: 334 sales, 333 marketing, 333 other.")
    for k in (999, 500):  # a key at the end of the last line, and in the middle of the box
        for key in "xyz":
            lines[k] = lines[k].replace("Acme", f"Acme{key}")  # "Acmex", "Acmeyx"...
            with lines_read() as counts:
                said = roster_preview("\n".join(lines))
            assert said.startswith("1000 people: 334 sales, 333 marketing, 333 other.")
            assert 1 <= max(counts.values()) <= 3, f"a key read every line again: {dict(counts)}"
    person = read_roster("\n".join(lines)).people[500]
    assert person.organisation == "Acmezyx"


def test_a_heading_typed_above_lines_gives_them_its_side() -> None:
    lines = ["Sales", *(f"Person{k} Quillfeather, Acme" for k in range(10))]
    assert roster_preview("\n".join(lines)).startswith("10 people: 10 sales,")
    lines.insert(6, "Marketing")
    assert roster_preview("\n".join(lines)).startswith("10 people: 5 sales, 5 marketing,")
    lines[0] = "Other"
    assert roster_preview("\n".join(lines)).startswith("10 people: 0 sales, 5 marketing, 5 other.")


def test_a_line_name_first_under_a_list_surname_first_reads_them_all_again() -> None:
    lines = ["Keller, Anna, Brightline, Sales", "Berg, Tom, Globex, Marketing"]
    names = [p.name for p in read_roster("\n".join(lines)).people]
    assert names == ["Anna Keller", "Tom Berg"]
    lines.append("Lisa Wong, Initech, Sales")  # a full name first: not surname first
    read = read_roster("\n".join(lines))
    assert not read.surname
    assert [(p.name, p.organisation) for p in read.people][:2] == [
        ("Keller", "Anna"),
        ("Berg", "Tom"),
    ]
    del lines[-1]
    assert [p.name for p in read_roster("\n".join(lines)).people] == names


def test_a_line_of_column_names_typed_at_the_top_reads_the_lines_under_it() -> None:
    lines = ["Anna Keller, Sales", "Tom Berg, Marketing"]
    assert [p.function for p in read_roster("\n".join(lines)).people] == ["sales", "marketing"]
    lines.insert(0, "Name, Role")
    read = read_roster("\n".join(lines))
    assert [(p.function, p.role) for p in read.people] == [
        ("other", "Sales"),
        ("other", "Marketing"),
    ]


def test_a_line_that_cannot_be_read_is_not_read_again_at_each_key() -> None:
    lines = [*_roster(300), "Zed Quillfeather, Acme, Brightline"]
    assert read_roster("\n".join(lines)).unread == [301]
    lines[0] = lines[0].replace("Anna", "Anne")
    with lines_read() as counts:
        read = read_roster("\n".join(lines))
    assert read.unread == [301]
    assert counts["parse_line"] <= 2
