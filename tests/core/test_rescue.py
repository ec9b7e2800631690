"""A rescued copy of a damaged session always opens, with every note it could read reachable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from roundtable.demo import write_demo
from roundtable.store import SessionFileError, Store
from roundtable.store import rescue as rescue_module
from roundtable.store.rescue import rescue


def wipe_table(path: Path, table: str) -> None:
    """Zero the root page of `table`, as a 4 KB overwrite of the file did to the rounds."""
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = bytes(size)
    path.write_bytes(bytes(data))


def dangling_references(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()


def test_rounds_that_could_not_be_read_get_stand_ins_that_keep_their_notes(
    tmp_path: Path,
) -> None:
    # A tester's file lost its rounds page: the rescue copied 61 notes and 0 rounds, and the
    # copy then failed to open in the app ("Unexpected error"); every note was unreachable.
    damaged = write_demo(tmp_path / "demo.roundtable")
    with Store.open(damaged, read_only=True) as before:
        ids = [r.id for r in before.rounds()]
        notes = {i: [n.text for n in before.notes(i)] for i in ids}
        themes = {i: [t.label for t in before.themes(i)] for i in ids}
        actions = [(a.text, a.theme_id) for a in before.actions()]
        current = before.session().current_round_id
    wipe_table(damaged, "rounds")
    copy = tmp_path / "copy.roundtable"

    result = rescue(damaged, copy)

    assert result.rows["rounds"] == 0 and "rounds" in result.cut_short
    assert f"{len(ids)} rounds could not be read; stand-ins made for them" in result.summary()
    assert dangling_references(copy) == []
    with Store.open(copy) as kept:
        rounds = kept.rounds()
        assert [r.id for r in rounds] == ids
        assert [r.position for r in rounds] == list(range(1, len(ids) + 1))
        assert [r.title for r in rounds] == [f"Round {p} (rescued)" for p in range(1, 6)]
        assert all("could not be read" in r.prompt for r in rounds)
        assert {r.timebox_s for r in rounds} == {600}
        assert {i: [n.text for n in kept.notes(i)] for i in ids} == notes
        assert {i: [t.label for t in kept.themes(i)] for i in ids} == themes
        assert [(a.text, a.theme_id) for a in kept.actions()] == actions
        assert kept.session().current_round_id == current
        assert kept.round(current).title.endswith("(rescued)")
        kept.snapshot()
        kept.add_note(ids[0], "and the session goes on")


def test_a_stand_in_is_made_only_for_rounds_something_kept_refers_to(
    store: Store, session_path: Path, tmp_path: Path
) -> None:
    # Rounds with nothing left in them are not guessed at; the session's current round, when
    # it is one of those, is no longer set (the window then shows the first round).
    second, fourth = store.round_at(2), store.round_at(4)
    store.add_note(second.id, "Shared pipeline call")
    store.set_current_round(fourth.id)
    store.close()
    wipe_table(session_path, "rounds")
    copy = tmp_path / "copy.roundtable"

    result = rescue(session_path, copy)

    assert "1 round could not be read; a stand-in made for it" in result.summary()
    assert dangling_references(copy) == []
    with Store.open(copy) as kept:
        assert [(r.id, r.position, r.title) for r in kept.rounds()] == [
            (second.id, 1, "Round 1 (rescued)")
        ]
        assert [n.text for n in kept.notes(second.id)] == ["Shared pipeline call"]
        assert kept.session().current_round_id is None


def test_notes_whose_theme_could_not_be_read_stay_as_ungrouped_notes(tmp_path: Path) -> None:
    damaged = write_demo(tmp_path / "demo.roundtable")
    with Store.open(damaged, read_only=True) as before:
        notes = sorted(n.text for n in before.notes())
        grouped = sum(1 for n in before.notes() if n.theme_id is not None)
        votes = len(before.db.execute("SELECT 1 FROM votes").fetchall())
        actions = [a.text for a in before.actions()]
    wipe_table(damaged, "themes")
    copy = tmp_path / "copy.roundtable"

    result = rescue(damaged, copy)

    summary = result.summary()
    assert f"{grouped} notes lost their theme and are ungrouped" in summary
    assert f"{votes} votes for themes that could not be read were left out" in summary
    assert dangling_references(copy) == []
    with Store.open(copy) as kept:
        assert sorted(n.text for n in kept.notes()) == notes
        assert all(n.theme_id is None for n in kept.notes())
        assert [a.text for a in kept.actions()] == actions
        assert all(a.theme_id is None for a in kept.actions())
        kept.snapshot()


def test_notes_whose_author_could_not_be_read_keep_their_function(tmp_path: Path) -> None:
    damaged = write_demo(tmp_path / "demo.roundtable")
    with Store.open(damaged, read_only=True) as before:
        notes = sorted((n.text, n.function) for n in before.notes())
    wipe_table(damaged, "participants")
    copy = tmp_path / "copy.roundtable"

    result = rescue(damaged, copy)

    assert f"{len(notes)} notes lost who wrote them" in result.summary()
    assert dangling_references(copy) == []
    with Store.open(copy) as kept:
        assert sorted((n.text, n.function) for n in kept.notes()) == notes
        kept.snapshot()


def test_an_undamaged_file_is_copied_without_stand_ins(
    store: Store, session_path: Path, tmp_path: Path
) -> None:
    store.add_note(store.round_at(2).id, "Shared pipeline call")
    store.close()

    result = rescue(session_path, tmp_path / "copy.roundtable")

    assert "could not be read" not in result.summary()
    assert "stand-in" not in result.summary()


def test_a_session_whose_own_row_could_not_be_read_gets_a_stand_in(tmp_path: Path) -> None:
    damaged = write_demo(tmp_path / "demo.roundtable")
    wipe_table(damaged, "session")
    copy = tmp_path / "copy.roundtable"

    result = rescue(damaged, copy)

    assert "now titled 'Rescued session'" in result.summary()
    with Store.open(copy) as kept:
        assert kept.session().title == "Rescued session"
        assert kept.note_count() == 61 and len(kept.rounds()) == 5
        kept.snapshot()


def test_a_file_cut_short_gives_up_the_rows_on_the_pages_it_still_has(tmp_path: Path) -> None:
    # A copy that stopped two thirds of the way (a download, a pulled stick) was "too damaged
    # to rescue: its list of tables is gone", though the list and most pages were all there:
    # SQLite refuses every page of a file shorter than its header says.
    damaged = write_demo(tmp_path / "demo.roundtable")
    with Store.open(damaged) as store:
        first = store.round_at(2)
        for i in range(300):
            store.add_note(first.id, f"Note {i} typed in the second round")
        rounds = [(r.id, r.title) for r in store.rounds()]
        people = len(store.participants())
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) * 2 // 3])
    copy = tmp_path / "copy.roundtable"

    result = rescue(damaged, copy)

    assert damaged.read_bytes() == data[: len(data) * 2 // 3]
    assert result.rows["rounds"] == len(rounds) and result.rows["participants"] == people
    assert result.rows["notes"] > 100
    assert "notes" in result.cut_short
    with Store.open(copy) as kept:
        assert [(r.id, r.title) for r in kept.rounds()] == rounds
        assert sum(len(kept.notes(i)) for i, _ in rounds) == result.rows["notes"]
        assert any(n.text.startswith("Note ") for n in kept.notes(first.id))
        assert kept.session().title == "Sales and marketing roundtable: closing the gap"


def test_a_copy_that_cannot_be_written_is_one_clear_refusal(tmp_path: Path, monkeypatch) -> None:
    # A folder the copy cannot be made in (read-only, a full disk) was a traceback from
    # `roundtable rescue -o`; it is now the error a user reads, naming the place.
    damaged = write_demo(tmp_path / "demo.roundtable")
    out = tmp_path / "copy.roundtable"
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if Path(str(target)) == out:
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(rescue_module.sqlite3, "connect", connect)
    with pytest.raises(SessionFileError, match="copy.roundtable cannot be written"):
        rescue(damaged, out)
    assert not out.exists()


def test_the_summary_counts_in_words_that_agree(tmp_path: Path) -> None:
    # "Copied into …: 1 participants, 0 actions": every table had its plural.
    with Store.create(tmp_path / "small.roundtable", title="Small") as store:
        store.add_participant("Ana Lopez", function="sales")
    result = rescue(tmp_path / "small.roundtable", tmp_path / "copy.roundtable")
    summary = result.summary()
    assert "1 participant," in summary and "0 actions" in summary, summary
    assert "1 participants" not in summary


def test_notes_whose_pages_are_gone_are_rebuilt_from_the_history(tmp_path: Path) -> None:
    # A file whose notes table could not be read was rescued with 0 notes, though the
    # session's history (the events table) held every typed note and what became of it.
    damaged = tmp_path / "typed.roundtable"
    write_demo(damaged)
    with Store.open(damaged) as store:
        first, second = store.round_at(2), store.round_at(3)
        kept = store.add_note(first.id, "Leads wait four days", function="sales")
        edited = store.add_note(first.id, "Nobody owns the handoff", function="marketing")
        store.update_note(edited.id, text="Nobody owns the handover")
        moved = store.add_note(first.id, "Budget talks start late", function="sales")
        store.update_note(moved.id, round_id=second.id)
        gone = store.add_note(first.id, "Typed by mistake", function="other")
        store.delete_notes([gone.id])
        expected = {
            n.id: (n.round_id, n.text, n.function, n.deleted_at is not None)
            for n in store.notes(include_deleted=True)
        }
    wipe_table(damaged, "notes")
    copy = tmp_path / "copy.roundtable"

    result = rescue(damaged, copy)

    assert "notes" in result.cut_short
    assert result.rows["notes"] >= 4
    assert "rebuilt from the session's history" in result.summary()
    assert dangling_references(copy) == []
    with Store.open(copy) as rescued:
        notes = {
            n.id: (n.round_id, n.text, n.function, n.deleted_at is not None)
            for n in rescued.notes(include_deleted=True)
        }
        for note in (kept, edited, moved, gone):
            assert notes[note.id] == expected[note.id]
        assert [n.text for n in rescued.notes(second.id)][-1] == "Budget talks start late"
        assert "Typed by mistake" not in [n.text for n in rescued.notes(first.id)]
        rescued.add_note(first.id, "and the session goes on")
