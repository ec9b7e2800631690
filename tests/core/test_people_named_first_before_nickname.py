"""@Bob with "Bob Jones" and "Robert Smith (Bob)" on the roster: Bob Jones, as before the
nickname was read. Both matched, so the note was left unattributed ("more than one")."""

from __future__ import annotations

from roundtable.model import Participant, people_named


def _people(*names: str) -> list[Participant]:
    return [Participant(k, name, "other", "", "") for k, name in enumerate(names, 1)]


def test_a_first_name_wins_over_someone_elses_nickname() -> None:
    people = _people("Robert Smith (Bob)", "Bob Jones", "Dr. Anna Keller")
    assert [p.name for p in people_named(people, "Bob")] == ["Bob Jones"]
    assert [p.name for p in people_named(people, "Robert")] == ["Robert Smith (Bob)"]
    assert [p.name for p in people_named(people, "Anna")] == ["Dr. Anna Keller"]
    # With no one whose first name it is, the nickname finds the person.
    assert [p.name for p in people_named(people[:1], "Bob")] == ["Robert Smith (Bob)"]
