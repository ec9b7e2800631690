"""The warnings before a copy without writers name each note by its words: whole on the
command line, by their start in the app's box (anonymity.quoted), where notes quoted whole
pushed its buttons off a small screen."""

from __future__ import annotations

from roundtable.anonymity import owned_note_warnings, quoted, typed_name_warnings

NOTE = (
    "@Zed Webinar leads go cold because the leads from the spring trade fair sat in a"
    " spreadsheet for two weeks"
)


def test_a_note_is_quoted_whole_unless_a_length_is_given():
    assert quoted(NOTE) == f"“{NOTE}”"
    assert quoted("Leads go cold", 60) == "“Leads go cold”"
    # Cut after a whole word, never inside one, and said to be cut.
    assert quoted(NOTE, 40) == "“@Zed Webinar leads go cold because the…”"
    assert quoted("Übergabeprotokollvorlagenverwaltung", 10) == "“Übergabepr…”"


def test_the_box_names_each_note_by_its_start_and_the_command_line_whole():
    whole = typed_name_warnings([NOTE])[0]
    short = typed_name_warnings([NOTE], 40)[0]
    assert f"“{NOTE}”" in whole
    assert "“@Zed Webinar leads go cold because the…”" in short
    assert short.startswith("1 note still has a name typed after “@”")
    owned = owned_note_warnings([(NOTE, "Zed")], [NOTE], 40)[0]
    assert "“@Zed Webinar leads go cold because the…” (Zed)" in owned
