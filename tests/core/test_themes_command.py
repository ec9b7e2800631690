"""`roundtable themes FILE --round N [--apply]`: what a facilitator reads and what is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.cli import main
from roundtable.clustering import semantic_available
from roundtable.round_themes import round_hints, round_input
from roundtable.store import Store
from roundtable.templates import get_template

# Round 3 of the default template asks what is broken; three plain themes, four notes each.
NOTES = [
    "Leads sit untouched for days before anyone calls them",
    "Nobody follows up on inbound leads within a day",
    "Slow follow-up on demo requests, sometimes a week",
    "Inbound leads wait too long for a first call",
    "The CRM data is a mess, duplicates everywhere",
    "Half the contact records in the CRM are out of date",
    "CRM fields are filled in differently by every rep",
    "We cannot trust the CRM reports because the data is dirty",
    "Marketing and sales argue about what counts as a qualified lead",
    "No shared definition of an MQL between the teams",
    "Sales rejects leads marketing calls qualified",
    "We never agreed on lead qualification criteria",
]


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "s.roundtable"
    with Store.create(
        path, title="Pipeline review", template=get_template("sales-marketing-roundtable")
    ) as store:
        rnd = store.round_at(3)
        for text in NOTES:
            store.add_note(rnd.id, text, function="sales")
    return path


def test_themes_prints_suggestions_and_changes_nothing(capsys, session: Path) -> None:
    code, out, err = run(capsys, "themes", session, "--round", 3)
    assert code == 0, err
    assert out.startswith("Round 3: Why it's broken — 12 notes; 0 themes already there")
    # Every note is listed exactly once under a numbered theme with a reason.
    for text in NOTES:
        assert out.count(f"   - {text}\n") == 1
    assert out.count("   why: ") >= 2
    with Store.open(session, read_only=True) as store:
        assert store.themes() == []


def test_apply_stores_themes_and_keeps_the_facilitators_own(capsys, session: Path) -> None:
    with Store.open(session) as store:
        rnd = store.round_at(3)
        notes = store.notes(rnd.id)
        mine = store.add_theme(rnd.id, "Data hygiene")
        store.assign_notes([notes[4].id], mine.id)
    code, out, err = run(capsys, "themes", session, "--round", 3, "--apply")
    assert code == 0, err
    assert "1 theme already there" in out and "Stored" in out
    with Store.open(session, read_only=True) as store:
        rnd = store.round_at(3)
        themes = store.themes(rnd.id)
        assert len(themes) >= 2
        assert store.theme(mine.id).label == "Data hygiene"
        assert store.note(notes[4].id).theme_id == mine.id
        assert store.note(notes[4].id).placement == "manual"
        placed = [n for n in store.notes(rnd.id) if n.theme_id is not None]
        assert len(placed) == len(NOTES)
        assert {n.placement for n in placed if n.id != notes[4].id} == {"auto"}
        # With the sentence model, the notes on lead qualification (few shared words) end up
        # together; the TF-IDF fallback (no model installed) cannot be asked that much.
        qualification = {store.note(n.id).theme_id for n in notes[8:]}
        assert mine.id not in qualification
        if semantic_available():
            assert len(qualification) == 1


def test_a_second_apply_says_there_is_nothing_to_store(capsys, session: Path) -> None:
    # It printed "Stored 1 themes in round 3." and listed notes already in their themes.
    code, _out, err = run(capsys, "themes", session, "--round", 3, "--apply")
    assert code == 0, err
    with Store.open(session, read_only=True) as store:
        before = [(n.id, n.theme_id, n.placement) for n in store.notes()]
        events = len(store.events())
    code, out, err = run(capsys, "themes", session, "--round", 3, "--apply")
    assert code == 0, err
    assert "Nothing to store: every note that fits a theme is already in one." in out
    assert "   - " not in out and "Stored" not in out
    with Store.open(session, read_only=True) as store:
        assert [(n.id, n.theme_id, n.placement) for n in store.notes()] == before
        assert len(store.events()) == events


def test_apply_never_moves_a_note_out_of_a_theme_it_is_already_in(capsys, session: Path) -> None:
    # A theme holding one hand-placed note and one from an accepted suggestion: --apply
    # moved the accepted one to another theme ("gains 1 note") without a word.
    with Store.open(session) as store:
        rnd = store.round_at(3)
        notes = store.notes(rnd.id)
        theme = store.add_theme(rnd.id, "Silos and communication", note_ids=[notes[0].id])
        store.assign_notes([notes[5].id], theme.id, placement="auto")  # accepted
        assert store.note(notes[5].id).placement == "auto"
        assert store.note(notes[0].id).placement == "manual"
    code, out, err = run(capsys, "themes", session, "--round", 3, "--apply")
    assert code == 0, err
    with Store.open(session, read_only=True) as store:
        assert store.note(notes[0].id).theme_id == theme.id
        assert store.note(notes[5].id).theme_id == theme.id
    assert notes[5].text not in out


def test_empty_round_and_bad_round_number(capsys, session: Path) -> None:
    code, out, _ = run(capsys, "themes", session, "--round", 2)
    assert code == 0 and "has no notes yet" in out
    code, _, err = run(capsys, "themes", session, "--round", 9)
    assert code == 2
    assert err.strip().endswith("has rounds 1 to 5, not 9.")
    assert err.count("\n") == 1


def test_missing_file_is_one_line(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "themes", tmp_path / "nope.roundtable", "--round", 1)
    assert code == 2 and "nope.roundtable" in err and "Traceback" not in err


def test_round_hints_follow_the_template_by_title_then_position(session: Path) -> None:
    template = get_template("sales-marketing-roundtable")
    with Store.open(session) as store:
        rnd = store.round_at(3)
        assert round_hints(template.name, rnd, 5) == template.rounds[2].hints
        assert round_input(store, rnd.id).hints == template.rounds[2].hints
        store.update_round(rnd.id, title="Blockers")
        renamed = store.round(rnd.id)
        # Same agenda shape: the position still finds the template's round.
        assert round_hints(template.name, renamed, 5) == template.rounds[2].hints
        # An agenda the template does not know gets no hints rather than wrong ones.
        assert round_hints(template.name, renamed, 6) == ()
        # Reworded, it is still the template's question there ...
        store.update_round(rnd.id, prompt="What gets in the way between sales and marketing?")
        assert round_hints(template.name, store.round(rnd.id), 5) == template.rounds[2].hints
        # ... but a question put in its place is not: its notes were forced into the old
        # question's hints ("our champion left mid-deal" became "Compensation").
        store.update_round(
            rnd.id, title="Lost after the demo", prompt="Where do we lose deals after the demo?"
        )
        assert round_hints(template.name, store.round(rnd.id), 5) == ()
        assert round_hints("no-such-template", renamed, 5) == ()
        assert round_hints(None, renamed, 5) == ()


def test_notes_left_out_of_every_theme_are_listed(tmp_path, capsys) -> None:
    # The output said "16 notes" and listed 11: the five emoji notes were not mentioned.
    from roundtable.cli import main
    from roundtable.store import Store
    from roundtable.templates import get_template

    path = tmp_path / "emoji.roundtable"
    with Store.create(
        path, title="Emoji", template=get_template("sales-marketing-roundtable")
    ) as st:
        rid = st.rounds()[1].id
        for text in (
            "Weekly pipeline review together",
            "Joint pipeline call on Mondays",
            "😬",
            "👍👍",
        ):
            st.add_note(rid, text, function="sales")
    assert main(["themes", str(path), "--round", "2"]) == 0
    out = capsys.readouterr().out
    assert "In no theme (2 notes: no words to group by, or none fit):\n   - 😬\n   - 👍👍" in out


def test_apply_on_a_file_open_elsewhere_says_that_themes_alone_still_reads_it(
    capsys, session: Path
) -> None:
    with Store.open(session):  # the facilitator has it open in the app
        code, _out, err = run(capsys, "themes", session, "--round", 3, "--apply")
        assert code == 2
        assert "already open in another Roundtable window" in err
        assert "`roundtable themes` without --apply" in err
        code, out, err = run(capsys, "themes", session, "--round", 3)
        assert code == 0, err  # as the message says: it reads a file open elsewhere
        assert out.startswith("Round 3: Why it's broken — 12 notes")
    with Store.open(session, read_only=True) as store:
        assert store.themes() == []
