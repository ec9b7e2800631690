"""Paper notes come in from a CSV completely, or not at all, with the bad line named."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.csv_import import CsvImportError, import_csv, read_csv_file
from roundtable.store import Store


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "notes.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_good_csv_is_imported_with_functions_and_people(store: Store, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "round,text,function,participant\n"
        '2,"Weekly pipeline call, both teams",sales,Ana Lima\n'
        "3,Leads wait days for a call,m,\n"
        "\n"
        '3,"two\nlines",Marketing,ana lima\n',
    )
    result = import_csv(store, path)
    assert (result.notes, result.new_participants) == (3, 1)
    notes = store.notes()
    assert [n.text for n in notes] == [
        "Weekly pipeline call, both teams",
        "Leads wait days for a call",
        "two lines",
    ]
    assert [n.function for n in notes] == ["sales", "marketing", "marketing"]
    assert notes[0].participant_id == notes[2].participant_id is not None
    assert {n.source for n in notes} == {"import"}


def test_a_known_participant_without_a_function_keeps_their_own(
    store: Store, tmp_path: Path
) -> None:
    # "4,Half the contacts...,,Ben" was stored as "other" though Ben is in sales.
    store.add_participant("Ben Okoro", "sales")
    path = _csv(
        tmp_path,
        "round,text,function,participant\n"
        "2,Half the contacts bounce,,Ben Okoro\n"
        "2,Nobody owns the webinar list,,\n"
        "2,Ben's view is not mine,marketing,Ben Okoro\n",
    )
    import_csv(store, path)
    assert [n.function for n in store.notes()] == ["sales", "other", "marketing"]


def test_semicolons_and_a_bom_from_spreadsheets(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Round;Text\n2;Réunion commune chaque lundi ☕\n", "utf-8-sig")
    import_csv(store, path)
    assert store.notes()[0].text == "Réunion commune chaque lundi ☕"


@pytest.mark.parametrize(
    "text, message",
    [
        ("round,text\n2,ok\n9,unknown round\n", "line 3: round '9' does not exist"),
        ("round,text\n2,ok\n3,   \n", "line 3: A note cannot be empty"),
        ("round,text,function\n2,ok,finance\n", "line 2: Unknown function 'finance'"),
        ("round,text\n2,ok\n2," + "x" * 501 + "\n", "line 3: A note can be at most 500"),
        ("round,text\nabc,ok\n", "line 2: round 'abc'"),
        ("text,function\nhello,s\n", "line 1: missing column round"),
        ("round,text,mood\n2,hi,happy\n", "line 1: unknown column mood"),
        ("round,text\n2,a,b,c\n", "line 2: 4 fields but the header has 2"),
        # A second column of notes, or of names, kept one cell a row and lost the other.
        ("round,text,Text\n2,first,second\n", "line 1: the header has more than one text"),
        ("round,text,participant,participant\n2,hi,Ana,Ben\n", "more than one participant"),
        ("round,text,\n2,Leads go cold,and nobody calls back\n", "line 2: “and nobody calls"),
        ("", "is empty"),
        ("round,text\n", "no notes"),
        # A quote never closed took the rows after it into one note, silently.
        ('round,text\n2,"never closed\n3,next row\n', "line 2: a text that begins with a quote"),
        ('round,text\n2,ok\n3,"Too dear" he said\n', "line 3: a text that begins with a quote"),
    ],
)
def test_one_bad_row_rejects_the_file(store: Store, tmp_path: Path, text, message) -> None:
    store.add_note(store.round_at(2).id, "already here")
    before = store.snapshot()
    with pytest.raises(CsvImportError) as err:
        import_csv(store, _csv(tmp_path, text))
    assert message in str(err.value)
    after = store.snapshot()
    assert (after.notes, after.participants) == (before.notes, before.participants)


def test_every_bad_line_is_listed(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, "round,text\n9,a\n2,ok\n0,b\n2,\n")
    with pytest.raises(CsvImportError) as err:
        import_csv(store, path)
    assert all(f"line {n}" in str(err.value) for n in (2, 4, 5))
    assert store.note_count() == 0


def test_a_western_windows_file_is_read_as_such(store: Store, tmp_path: Path) -> None:
    # Excel's plain "CSV" on Windows: it was refused, and the advice to save it again as
    # "CSV UTF-8" sent the facilitator back to a spreadsheet in the middle of a session.
    path = _csv(tmp_path, "round,text\n2,Müller sagt: “zu spät” – 5 €\n", "cp1252")
    checked = read_csv_file(store, path)
    assert checked.encoding == "Windows-1252"
    assert [n.text for n in checked.notes] == ["Müller sagt: “zu spät” – 5 €"]


def test_another_alphabet_not_in_utf8_gets_advice(store: Store, tmp_path: Path) -> None:
    # Read as Western text it would come out as "Ïðîäàæè": refused, not garbled.
    path = _csv(tmp_path, "round,text\n2,Продажи и маркетинг\n", "cp1251")
    with pytest.raises(CsvImportError, match="CSV UTF-8"):
        import_csv(store, path)
    assert store.note_count() == 0


def test_excel_unicode_text_in_utf16_is_imported(store: Store, tmp_path: Path) -> None:
    # Excel's "Unicode Text" (UTF-16 with a byte order mark, tab-separated) was read as
    # UTF-8 and refused with "missing column round, text" though both columns were there.
    text = "Round\tText\tFunction\n2\tПродажи и маркетинг: one pipeline ☕\tsales\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        bom = "\ufeff".encode(encoding)
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(bom + text.encode(encoding))
        checked = read_csv_file(store, path)
        assert checked.encoding == "UTF-16"
        assert [(n.text, n.function) for n in checked.notes] == [
            ("Продажи и маркетинг: one pipeline ☕", "sales")
        ]


def test_utf16_without_its_marker_is_refused_with_advice(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, "round,text\n2,Leads wait days\n", "utf-16-le")
    with pytest.raises(CsvImportError) as err:
        import_csv(store, path)
    assert "not a text CSV" in str(err.value) and "CSV UTF-8" in str(err.value)
    assert "missing column" not in str(err.value)
    assert store.note_count() == 0


@pytest.mark.parametrize(
    "start", [b"PK\x03\x04\x14\x00\x06\x00", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00"]
)
def test_a_workbook_renamed_csv_is_called_a_workbook(store: Store, tmp_path: Path, start) -> None:
    # An .xlsx (a zip) or an old .xls renamed .csv was "not a text CSV (it holds zero
    # bytes...)", which does not tell an organizer what they have.
    path = tmp_path / "notes.csv"
    path.write_bytes(start + b"[Content_Types].xml\x00" * 20)
    with pytest.raises(CsvImportError) as err:
        import_csv(store, path)
    assert "is a spreadsheet workbook" in str(err.value)
    assert "save it as 'CSV UTF-8'" in str(err.value)
    assert store.note_count() == 0


def test_a_file_far_too_big_for_one_session_is_refused_unread(store: Store, tmp_path: Path) -> None:
    # A 50 MB file was read for two minutes into 571,067 notes (the app frozen meanwhile).
    path = _csv(tmp_path, "round,text\n2,Leads wait days\n")
    with path.open("r+b") as f:
        f.truncate(50_000_000)
    with pytest.raises(CsvImportError) as err:
        import_csv(store, path)
    assert "50.0 MB" in str(err.value) and "Nothing was imported" in str(err.value)
    assert store.note_count() == 0


def test_spaces_after_separators_and_whole_round_numbers_from_other_tools(
    store: Store, tmp_path: Path
) -> None:
    # Written by hand or by a script: '"Round ", " Text"' was "missing column text", the
    # quoted text after ", " kept its quotes, and pandas' 2.0 was no round number.
    path = _csv(
        tmp_path,
        '"Round ", " Text"\n2.0, "Pipeline call, every Monday"\n3,Leads wait days\n',
    )
    assert import_csv(store, path).notes == 2
    notes = store.notes()
    assert [n.text for n in notes] == ["Pipeline call, every Monday", "Leads wait days"]
    assert [n.round_id for n in notes] == [store.round_at(2).id, store.round_at(3).id]
    # A number that is no whole round is still refused.
    with pytest.raises(CsvImportError, match="round '2.5' does not exist"):
        import_csv(store, _csv(tmp_path, "round,text\n2.5,Half a round\n"))


def test_a_first_name_is_the_one_person_of_that_first_name(store: Store, tmp_path: Path) -> None:
    # "Ben" on a paper note joined the roster as a second person beside Ben Okoro.
    ben = store.add_participant("Ben Okoro", "sales")
    store.add_participant("Anna Keller", "marketing")
    store.add_participant("Anna Berg", "sales")
    path = _csv(tmp_path, "round,text,participant\n2,Half the contacts bounce,ben\n2,Why,Anna\n")
    result = import_csv(store, path)
    assert result.new_participants == 1  # "Anna" could be either: kept as written
    first, second = store.notes()
    assert (first.participant_id, first.function) == (ben.id, "sales")
    assert store.participant(second.participant_id).name == "Anna"


def test_the_csv_minutes_of_one_session_import_into_another(
    store: Store, tmp_path: Path, clock
) -> None:
    # Exported notes brought into a follow-up session were refused: "missing column text".
    from roundtable.export import export_minutes
    from roundtable.templates import get_template

    store.update_session(anonymous=False)  # names are exported only then
    ana = store.add_participant("Ana Lima", "marketing")
    rounds = store.rounds()
    store.add_note(rounds[1].id, "Weekly pipeline call, both teams", function="sales")
    store.add_note(
        rounds[2].id, "Leads wait days; nobody calls", function="marketing", participant_id=ana.id
    )
    out = export_minutes(store.snapshot(), "csv", tmp_path / "minutes.csv")
    with Store.create(
        tmp_path / "follow-up.roundtable",
        title="Follow-up",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
    ) as other:
        result = import_csv(other, out)
        assert result.notes == 2
        notes = other.notes()
        assert [(n.text, n.function) for n in notes] == [
            ("Weekly pipeline call, both teams", "sales"),
            ("Leads wait days; nobody calls", "marketing"),
        ]
        titles = {r.id: r.title for r in other.rounds()}
        assert [titles[n.round_id] for n in notes] == [rounds[1].title, rounds[2].title]
        assert [p.name for p in other.participants()] == ["Ana Lima"]


def test_a_round_can_be_named_by_its_title(store: Store, tmp_path: Path) -> None:
    title = store.rounds()[2].title
    path = _csv(tmp_path, f"round,text\n{title.upper()},Leads wait days for a call\n")
    import_csv(store, path)
    assert [n.round_id for n in store.notes()] == [store.rounds()[2].id]


def test_csv_minutes_go_into_the_round_of_their_title_not_its_number(
    store: Store, tmp_path: Path
) -> None:
    # Round 3 of one template is another round in another template: "Why it's broken" notes
    # from the CSV minutes went into a follow-up's "What we learned" without a word.
    assert store.rounds()[1].title == "What works"
    path = _csv(tmp_path, "round,round title,note\n4,What works,Weekly pipeline call\n")
    import_csv(store, path)
    assert [n.round_id for n in store.notes()] == [store.rounds()[1].id]


def test_csv_minutes_of_a_round_this_session_lacks_are_refused_with_the_way_out(
    store: Store, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "round,round title,note\n3,What we learned,Leads wait\n")
    with pytest.raises(CsvImportError) as err:
        import_csv(store, path)
    assert (
        "line 2: the file says round 3, “What we learned”, but round 3 here is"
        " “Why it's broken” and no round is called “What we learned”" in str(err.value)
    )
    assert store.notes() == []
    # Written in the round column, the round the user chose is taken as it is.
    import_csv(store, _csv(tmp_path, "round,round title,note\nwhat works,What we learned,X\n"))
    assert [n.round_id for n in store.notes()] == [store.rounds()[1].id]


def test_one_problem_of_many_rows_is_said_once_with_its_lines(store: Store, tmp_path: Path) -> None:
    rows = "".join(f"3,What we learned,Note {k}\n" for k in range(8))
    with pytest.raises(CsvImportError) as err:
        import_csv(store, _csv(tmp_path, "round,round title,note\n" + rows + "9,x,y\n"))
    message = str(err.value)
    assert "lines 2, 3, 4, 5, 6 and 3 more: the file says round 3" in message
    assert message.count("the file says") == 1
    assert "line 10: round '9' does not exist" in message


@pytest.mark.parametrize(
    "text",
    [
        # A text far longer than a note (a document pasted into one cell).
        'round,text\n2,"' + "word " * 1_000_000 + '"\n',
        # A quote opened and never closed, in a file long enough to run past the cell limit.
        'round,text\n2,"never closed\n' + "".join(f"3,row {i}\n" for i in range(20_000)),
    ],
)
def test_a_text_longer_than_a_cell_can_be_says_what_to_look_for(
    store: Store, tmp_path: Path, text: str
) -> None:
    # It read "line 2: field larger than field limit (131072)", the csv module's words.
    with pytest.raises(CsvImportError) as err:
        import_csv(store, _csv(tmp_path, text))
    message = str(err.value)
    assert "field limit" not in message
    assert "line 2: the text goes on for more than 131,072 characters" in message
    assert 'a quote (") that is never closed' in message and "a note has at most 500" in message
    assert store.note_count() == 0


def test_a_checked_file_holds_its_notes_and_what_to_say_of_them(
    store: Store, tmp_path: Path
) -> None:
    # One result, read the same by File > Import CSV and import-csv: the labels naming both
    # sides rode on a list subclass the window read with getattr, and the encoding beside it.
    path = _csv(
        tmp_path,
        "round,text,function\n1,Leads wait,RevOps\n1,Budgets differ,sales & marketing\n"
        "2,Handover,Sales & Marketing\n2,Forecast,SDR\n",
        "utf-8",
    )
    checked = read_csv_file(store, path)
    assert [n.function for n in checked.notes] == ["other", "other", "other", "sales"]
    assert (checked.encoding, checked.both_sides) == (
        "UTF-8",
        (("RevOps", 1), ("sales & marketing", 2)),
    )
    assert checked.said() == (
        "“RevOps” (1 note) and “sales & marketing” (2 notes) name both sales and marketing,"
        " so these 3 notes are counted as other."
    )
    assert store.note_count() == 0


def test_a_file_of_more_notes_than_a_session_holds_is_refused_whole(
    store: Store, tmp_path: Path, monkeypatch
) -> None:
    # 50,000 rows (1 MB, a whole CRM export) came in: the session then took 16 s to open
    # and 12 s to show that round, the window frozen each time.
    import roundtable.csv_import as csv_import

    monkeypatch.setattr(csv_import, "MAX_IMPORT_NOTES", 50)
    rows = "".join(f"2,Lead {i} waits\n" for i in range(51))
    with pytest.raises(CsvImportError) as err:
        import_csv(store, _csv(tmp_path, "round,text\n\n" + rows))
    said = str(err.value)
    assert "more than 50 notes" in said and "Nothing was imported" in said
    assert store.note_count() == 0
    rows = "".join(f"2,Lead {i} waits\n" for i in range(50))
    assert import_csv(store, _csv(tmp_path, "round,text\n\n" + rows)).notes == 50


def test_a_title_two_rounds_share_asks_for_the_number(store: Store, tmp_path: Path) -> None:
    # An agenda with "What works" twice: the file's "What works" was said not to exist.
    store.update_round(store.round_at(4).id, title="What works")
    with pytest.raises(CsvImportError) as err:
        import_csv(store, _csv(tmp_path, "round,text\nwhat works,Shared pipeline call\n"))
    assert "line 2: rounds 2 and 4 are both called 'what works'; use the number" in str(err.value)
    assert store.note_count() == 0


@pytest.mark.parametrize("heading", ["\ufeff\ufeffround", "\u200bround", "round\u200b "])
def test_invisible_characters_around_a_heading_are_read_past(
    store: Store, tmp_path: Path, heading: str
) -> None:
    # A file saved twice with a byte order mark, or a header copied from a web page, was
    # refused for a "missing column round" that the header plainly had.
    import_csv(store, _csv(tmp_path, f"{heading},text\n2,Leads wait\n"))
    assert [n.text for n in store.notes()] == ["Leads wait"]


def test_csv_minutes_of_a_title_two_rounds_share_ask_for_the_number(
    store: Store, tmp_path: Path
) -> None:
    # Round 5 is "Commitments"; the file's round 5 was "What works", which rounds 2 and 4
    # both are here: "no round is called “What works”", it said.
    store.update_round(store.round_at(4).id, title="What works")
    text = "round,round title,note\n5,What works,Shared pipeline call\n"
    with pytest.raises(CsvImportError) as err:
        import_csv(store, _csv(tmp_path, text))
    assert "here rounds 2 and 4 are called “What works”; write the number" in str(err.value)
    assert store.note_count() == 0


def test_a_session_without_rounds_says_so(tmp_path: Path) -> None:
    # Every row was "round '1' does not exist; use a round number from 1 to 0".
    with Store.create(tmp_path / "bare.roundtable", title="Bare") as bare:
        with pytest.raises(CsvImportError) as err:
            import_csv(bare, _csv(tmp_path, "round,text\n1,Leads wait\n"))
        assert "this session has no rounds yet" in str(err.value)
        assert "1 to 0" not in str(err.value)


def test_a_participant_in_capitals_joins_the_roster_written_as_a_name(
    store: Store, tmp_path: Path
) -> None:
    # "CARLA DE LUCA" from a transcriber's spreadsheet stayed in capitals on the roster,
    # the cards and the minutes; the roster box writes her Carla De Luca.
    ben = store.add_participant("Ben Okoro", "sales")
    path = _csv(
        tmp_path,
        "round,text,function,participant\n"
        "2,Half the contacts bounce,,BEN OKORO\n"
        "2,Leads wait days for a call,m,CARLA DE LUCA\n"
        "3,Nobody owns the webinar list,m,Carla De Luca\n"
        "3,Pricing page confuses buyers,s,JAN DE VRIES\n"
        "3,Our deck is too long,s,AJ Smith\n",
    )
    result = import_csv(store, path)
    assert result.new_participants == 3
    assert [p.name for p in store.participants()] == [
        "Ben Okoro",
        "Carla De Luca",
        "Jan de Vries",
        "AJ Smith",  # with lower-case letters: kept as typed
    ]
    notes = store.notes()
    assert notes[0].participant_id == ben.id
    assert notes[1].participant_id == notes[2].participant_id is not None
