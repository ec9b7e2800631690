"""An ordinary roster exported from a sign-up sheet or a CRM is not taken for a Zoom or Teams
attendance list because one of its columns is named as such a list names one ("Guest":
whether the person is a guest of the company, "Duration" of their stay).

Taken for one, a roster "Name, Email, Role, Guest" lost every person's role without a word
(an attendance list's Role is the meeting's: organizer, presenter). Read as a roster, the
column it does not know is named, as for any roster's, for the organizer to take out."""

from __future__ import annotations

import pytest

from roundtable.roster_text import RosterError, parse_roster


def test_a_guest_column_does_not_make_a_roster_a_zoom_export() -> None:
    roster = (
        "Name, Email, Role, Guest\n"
        "Anna Keller, anna@brightline.example, Head of Sales, no\n"
        "Tom Berg, tom@brightline.example, Analyst, yes\n"
    )
    with pytest.raises(RosterError, match="does not know 'Guest'"):
        parse_roster(roster)
    taken_out = "".join(line.rsplit(",", 1)[0] + "\n" for line in roster.splitlines())
    people = parse_roster(taken_out)
    assert [(p.name, p.role) for p in people] == [
        ("Anna Keller", "Head of Sales"),
        ("Tom Berg", "Analyst"),
    ]


def test_a_duration_column_does_not_make_a_roster_an_attendance_list() -> None:
    roster = "Name, Function, Duration\nAnna Keller, Sales, 2 days\nTom Berg, Marketing, 1 day\n"
    with pytest.raises(RosterError, match="does not know 'Duration'"):
        parse_roster(roster)


def test_a_real_zoom_export_with_only_a_guest_column_is_still_read_as_one() -> None:
    # Zoom's participants list of a meeting: its name column is Zoom's own.
    export = (
        "Name (Original Name),User Email,Total Duration (Minutes),Guest\n"
        "Anna Keller,anna@brightline.example,95,No\n"
        "Anna Keller,anna@brightline.example,3,No\n"
        "Ben Okafor,,90,Yes\n"
    )
    assert [p.name for p in parse_roster(export)] == ["Anna Keller", "Ben Okafor"]


def test_a_zoom_export_under_a_plain_name_column_is_still_read_as_one() -> None:
    export = (
        "Name,Email,Total Duration (Minutes),Guest\n"
        "Anna Keller,anna@brightline.example,95,No\n"
        "Anna Keller,anna@brightline.example,3,No\n"
    )
    assert [p.name for p in parse_roster(export)] == ["Anna Keller"]
