"""Undo survives a restart (the design's battery-dies walkthrough): the changes made before
the window closed are taken back one by one after it opens again, in order, exactly."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from roundtable.store import Store
from tests.ui.conftest import shown_window
from ui.commands import DeleteNotes, EditRound, RoundTimerCommand, UpdateNote
from ui.sensemaking.action_commands import AddAction, UpdateAction
from ui.sensemaking.theme_commands import GroupNotes, MergeThemes, RenameTheme
from ui.sensemaking.vote_commands import SetDotsPerPerson, SetVotes
from ui.windows.people import EditRoster, RosterChanges


def state(store: Store) -> tuple:
    """What a facilitator sees, without timestamps (an undone note is deleted softly, so
    live notes only)."""
    notes = tuple((n.id, n.text, n.function, n.participant_id, n.theme_id) for n in store.notes())
    themes = tuple(
        (t.id, t.label, t.origin, tuple(store.theme_votes(t.id).items())) for t in store.themes()
    )
    actions = tuple((a.id, a.text, a.owner, a.due, a.status) for a in store.actions())
    people = tuple((p.id, p.name, p.function, p.absent) for p in store.participants())
    rounds = tuple(
        (r.id, r.title, r.timebox_s, r.protected, r.elapsed_s, r.running_since is not None)
        for r in store.rounds()
    )
    info = store.session()
    return notes, themes, actions, people, rounds, info.dots_per_person, info.current_round_id


def test_every_kind_of_change_is_undone_after_a_restart(qtbot, session_file, fake_clock):
    win = shown_window(qtbot, session_file, fake_clock)
    store = win.store
    seen = [state(store)]

    def step(command) -> None:
        assert win._run(command)
        seen.append(state(store))

    for text in ("s: Leads wait four days @Ana Lopez", "m: Nobody reads the launch mail", "x"):
        qtbot.keyClicks(win.entry, text)
        qtbot.keyClick(win.entry, Qt.Key.Key_Return)
        seen.append(state(store))
    rid = win.shown_round_id()
    first, second, third = (n.id for n in store.notes(rid))
    step(UpdateNote(store, second, "Edit note", text="Nobody reads the launch mails"))
    step(GroupNotes(store, rid, [first], label="Follow-up"))
    step(GroupNotes(store, rid, [second], label="Mails"))
    follow_up, mails = (t.id for t in store.themes(rid))
    step(RenameTheme(store, follow_up, "Slow follow-up"))
    step(SetVotes(store, follow_up, "sales", 4))
    step(SetDotsPerPerson(store, 5))
    step(MergeThemes(store, follow_up, mails))
    step(DeleteNotes(store, [third]))
    step(AddAction(store, "Call back within a day", owner="Ana Lopez", owner_function="sales"))
    step(UpdateAction(store, store.actions()[0].id, "Due date", due=date(2027, 1, 8)))
    ben = store.find_participant("Ben Okafor")
    step(
        EditRoster(
            store,
            RosterChanges(
                updates={ben.id: {"absent": True}}, adds=[{"name": "Cy", "function": "other"}]
            ),
        )
    )
    step(EditRound(store, store.rounds()[3].id, protected=False, timebox_s=20 * 60))
    step(RoundTimerCommand(store, "Start", "start", store.rounds()[0].id))
    assert win.undo_stack.count() == len(seen) - 1 == 16
    win.close()  # the battery dies (the history is written as the window closes)

    again = shown_window(qtbot, session_file, fake_clock)
    assert again.undo_stack.count() == 16
    assert again.undo_stack.undoText() == "Start"
    for expected in reversed(seen[:-1]):
        again.undo_stack.undo()
        assert state(again.store) == expected
    assert not again.undo_stack.canUndo()
    again.close()


def test_suggestions_imports_and_agenda_changes_are_undone_after_a_restart(
    qtbot, session_file, fake_clock
):
    from roundtable.store import NewNote
    from ui.commands import AddRound, MoveRound, RemoveRound, SetTimeboxes
    from ui.import_action import ImportNotes
    from ui.sensemaking.action_commands import DeleteAction
    from ui.sensemaking.theme_commands import (
        ApplySuggestions,
        DeleteTheme,
        MoveTheme,
        OrderThemes,
        PlaceNotes,
        UngroupNotes,
    )
    from ui.windows.deleted_notes import RestoreNotes

    win = shown_window(qtbot, session_file, fake_clock)
    store = win.store
    rid = win.shown_round_id()
    seen = [state(store)]

    def step(command) -> None:
        assert win._run(command)
        seen.append(state(store))

    step(
        ImportNotes(
            store,
            [
                NewNote(rid, "Leads wait", "sales", participant_name="Dana Roy"),
                NewNote(rid, "Mails unread", "marketing"),
                NewNote(rid, "No shared list", "other"),
                NewNote(rid, "Pricing unclear", "sales"),
            ],
            "paper.csv",
        )
    )
    a, b, c, d = (n.id for n in store.notes(rid))
    step(ApplySuggestions(store, rid, [("Follow-up", [a, b], None), ("Data", [c], None)]))
    follow_up, data = (t.id for t in store.themes(rid))
    step(PlaceNotes(store, {d: data}))
    step(UngroupNotes(store, [b]))
    step(MoveTheme(store, data, 0))
    step(OrderThemes(store, rid, [follow_up, data], "Rank by votes"))
    step(DeleteTheme(store, data))
    step(DeleteNotes(store, [d]))
    step(RestoreNotes(store, [d]))
    step(AddAction(store, "Write the lead rules", owner="Dana Roy"))
    step(DeleteAction(store, store.actions()[0].id))
    step(AddRound(store, "Parking lot", "What did we not get to?", 300, protected=True))
    extra = store.rounds()[-1].id
    step(MoveRound(store, extra, 2))
    step(SetTimeboxes(store, "Re-plan", {store.rounds()[3].id: 900}))
    step(RemoveRound(store, extra))
    count = len(seen) - 1
    assert win.undo_stack.count() == count
    win.close()

    again = shown_window(qtbot, session_file, fake_clock)
    assert again.undo_stack.count() == count
    for expected in reversed(seen[:-1]):
        again.undo_stack.undo()
        assert state(again.store) == expected
    again.close()


def test_a_merge_of_three_themes_is_one_undo_after_a_restart(qtbot, session_file, fake_clock):
    win = shown_window(qtbot, session_file, fake_clock)
    store = win.store
    rid = win.shown_round_id()
    ids = [store.add_note(rid, text).id for text in ("Leads wait", "Calls late", "No callback")]
    themes = [store.add_theme(rid, f"Theme {k}", note_ids=[nid]).id for k, nid in enumerate(ids)]
    before = state(store)
    win.undo_stack.beginMacro("Merge 3 themes")
    for other in themes[1:]:
        assert win._run(MergeThemes(store, themes[0], other))
    win.undo_stack.endMacro()
    assert [n.theme_id for n in store.notes(rid)] == [themes[0]] * 3
    win.close()
    again = shown_window(qtbot, session_file, fake_clock)
    assert again.undo_stack.count() == 1 and again.undo_stack.undoText() == "Merge 3 themes"
    again.undo_stack.undo()
    assert state(again.store) == before
    again.close()


def test_a_history_the_file_no_longer_matches_is_dropped(qtbot, session_file, fake_clock):
    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.keyClicks(win.entry, "Pricing page confuses buyers")
    qtbot.keyClick(win.entry, Qt.Key.Key_Return)
    rid = win.shown_round_id()
    assert win._run(GroupNotes(win.store, rid, [win.store.notes(rid)[0].id], label="Pricing"))
    win.close()
    # Notes from another device after the close still leave the history usable ...
    with Store.open(session_file) as other:
        other.add_note(rid, "Sent from a phone", source="device")
    again = shown_window(qtbot, session_file, fake_clock)
    assert again.undo_stack.count() == 2
    again.close()
    # ... but a change the history does not know (a theme renamed elsewhere) drops it:
    # undoing over it could put back what that change replaced.
    with Store.open(session_file) as other:
        other.rename_theme(other.themes(rid)[0].id, "Price")
    last = shown_window(qtbot, session_file, fake_clock)
    assert last.undo_stack.count() == 0
    assert [t.label for t in last.store.themes(rid)] == ["Price"]
    last.close()


def test_a_damaged_history_only_means_no_undo(qtbot, session_file, fake_clock):
    with Store.open(session_file) as store:
        store.save_undo_history('[{"c": "os:system", "text": "x", "children": [], "v": {}}]', 0)
    win = shown_window(qtbot, session_file, fake_clock)
    assert win.undo_stack.count() == 0
    qtbot.keyClicks(win.entry, "Still works")
    qtbot.keyClick(win.entry, Qt.Key.Key_Return)
    assert win.undo_stack.count() == 1
    win.close()
