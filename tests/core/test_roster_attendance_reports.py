"""A Teams attendance report or a Zoom participants export pasted as the roster: one person
an attendee, however often they joined, and the meeting's summary rows left out.

Pasted, the report's summary rows were refused as people ("Meeting title" with the
function "Q4 sales and marketing roundtable"), the participants header as unknown
columns, and a person who joined twice was named twice. The samples are written as the
two apps export them, with invented people."""

from __future__ import annotations

from pathlib import Path

from roundtable.roster_preview import roster_preview
from roundtable.roster_text import RosterLine, parse_roster

SAMPLES = Path(__file__).parent / "fixtures" / "attendance"
TEAMS = (SAMPLES / "teams_attendance_report.tsv").read_text(encoding="utf-8")
ZOOM = (SAMPLES / "zoom_participants.csv").read_text(encoding="utf-8")

NAMES = [
    "Anna Keller",
    "Tom Brandt",
    "Lisa Wong",
    "Marc Roy",
    "Ben Okafor",
    "Xiaoming Li (Kevin)",
    "Sanne van Dijk",
    "Cara Diaz",
    "Eva Lind",
]


def test_a_teams_attendance_report_gives_each_participant_once() -> None:
    people = parse_roster(TEAMS)
    # "Marc Roy (Guest)" is Marc Roy, "Okafor, Ben" Ben Okafor, "SANNE VAN DIJK" Sanne van
    # Dijk; the activities section (Tom Brandt twice) adds no one.
    assert [p.name for p in people] == NAMES
    # No column says a function, and the report's Role (Organizer) is no job title.
    assert {(p.function, p.organisation, p.role) for p in people} == {("other", "", "")}
    assert roster_preview(TEAMS) == (
        "Read a Teams attendance report: 9 people. No column says a function, so all 9 are"
        " other for now: set them in Session > People (Ctrl+Shift+P) once the session is"
        " made. Anna Keller organised the meeting: if they are not taking part, take them"
        " off the roster in Session > People. Names in capitals are written as names:"
        " “SANNE VAN DIJK” is Sanne van Dijk."
    )


def test_a_zoom_participants_export_merges_repeated_joins() -> None:
    people = parse_roster(ZOOM)
    assert [p.name for p in people] == NAMES
    # A name changed in the meeting is the one shown ("Lisa Wong | Globex (Lisa Wong)"),
    # unless it names a device ("Ben's iPhone (Ben Okafor)").
    assert people[2] == RosterLine("Lisa Wong", "other", "Globex")
    assert roster_preview(ZOOM) == (
        "Read a Zoom participants export: 9 people (2 who joined more than once counted"
        " once). No column says a function, so all 9 are other for now: set them in"
        " Session > People (Ctrl+Shift+P) once the session is made."
    )


def test_a_zoom_export_without_the_meeting_rows_is_read_too() -> None:
    participants = ZOOM.split("\n\n", 1)[1]
    assert [p.name for p in parse_roster(participants)] == NAMES


def test_an_older_teams_list_of_joins_and_leaves_gives_each_person_once() -> None:
    text = (
        "Meeting Summary\n"
        "Total Number of Participants\t3\n"
        "Meeting Title\tQ4 roundtable\n"
        "\n"
        "Full Name\tUser Action\tTimestamp\n"
        "Anna Keller\tJoined\t11/14/2024, 9:58:12 AM\n"
        "Tom Brandt\tJoined\t11/14/2024, 10:00:03 AM\n"
        "Tom Brandt\tLeft\t11/14/2024, 10:41:10 AM\n"
        "Tom Brandt\tJoined\t11/14/2024, 10:43:55 AM\n"
        "Lisa Wong\tJoined before\t11/14/2024, 10:01:45 AM\n"
    )
    assert [p.name for p in parse_roster(text)] == ["Anna Keller", "Tom Brandt", "Lisa Wong"]
    assert roster_preview(text).startswith(
        "Read a Teams attendance report: 3 people (1 who joined more than once counted once)."
    )


def test_a_department_column_gives_the_function() -> None:
    text = (
        "Name,User Email,Join Time,Leave Time,Duration (Minutes),Department\n"
        "Anna Keller,anna@brightline.example,09:58,11:32,95,Sales\n"
        "Tom Brandt,tom@brightline.example,10:00,11:32,92,Marketing\n"
        "Tom Brandt,tom@brightline.example,10:43,11:32,49,Marketing\n"
    )
    assert parse_roster(text) == [
        RosterLine("Anna Keller", "sales"),
        RosterLine("Tom Brandt", "marketing"),
    ]
    assert roster_preview(text) == (
        "Read a Zoom participants export: 2 people (1 who joined more than once counted"
        " once): 1 sales, 1 marketing, 0 other."
    )


def test_a_list_with_a_name_column_but_no_join_times_is_no_report() -> None:
    assert roster_preview("Name, Company, Function\nAnna Keller, Brightline, Sales") == (
        "1 person: 1 sales, 0 marketing, 0 other."
    )
