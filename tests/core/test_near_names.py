"""The roster name a mistyped @name was probably meant to be."""

from roundtable.near_names import meant_name

ROSTER = ["Ana Lopez", "Ben Okafor", "Chris Hall", "Ana Ruiz"]


def test_a_slip_of_the_keys_finds_the_name_meant():
    assert meant_name(ROSTER, "Chirs") == "Chris Hall"
    assert meant_name(ROSTER, "Ben Okafr") == "Ben Okafor"
    assert meant_name(ROSTER, "bne okafor") == "Ben Okafor"


def test_nobody_near_or_two_as_near_gives_none():
    assert meant_name(ROSTER, "Zoe Park") is None
    assert meant_name(ROSTER, "Anna") is None  # Ana Lopez or Ana Ruiz
    assert meant_name(ROSTER, "") is None


def test_a_slip_finds_a_name_with_a_title_or_a_nickname():
    # The first name of "Dr. Anna Keller" was "Dr.": "@Ana" (for Anna) found no one.
    roster = ["Dr. Anna Keller", "Robert Smith (Bob)", "Ben Okafor"]
    assert meant_name(roster, "Ana") == "Dr. Anna Keller"
    assert meant_name(roster, "Ana Keler") == "Dr. Anna Keller"
    assert meant_name(roster, "Robert Smit") == "Robert Smith (Bob)"
