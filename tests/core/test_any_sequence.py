"""Any sequence of what a facilitator does (notes typed, edited, deleted and restored; themes
made, renamed, merged, deleted and restored; dots typed; action items; rounds started and
stopped), with the file closed and opened again at any point: what was saved is what opens,
a refused step changes nothing, and the session always holds together (every note's theme is
a theme of its round; no count above the cap). A rescued copy of the file is the same session.

Generated sequences (hypothesis stateful testing), derandomised in the normal run.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from roundtable.follow_up import create_follow_up
from roundtable.model import InvalidInput
from roundtable.snapshot import SessionSnapshot
from roundtable.store import Store
from roundtable.store.board import MAX_VOTES
from roundtable.store.rescue import rescue
from roundtable.templates import get_template
from tests.conftest import FakeClock

TEMPLATE = get_template("sales-marketing-roundtable")
texts = st.text(st.sampled_from(list("ab xé中🙂-'=@,")), min_size=0, max_size=12)
functions = st.sampled_from(["sales", "marketing", "other"])
picks = st.integers(min_value=0, max_value=10_000)


def seen(snap: SessionSnapshot) -> SessionSnapshot:
    """A snapshot as a reader sees it, wherever its file is."""
    return dataclasses.replace(snap, path=Path("session.roundtable"))


class Facilitator(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.path = Path(self.folder.name) / "s.roundtable"
        self.clock = FakeClock()
        self.store = Store.create(
            self.path, title="Any sequence", template=TEMPLATE, clock=self.clock
        )
        self.deleted_notes: list[int] = []
        self.copies = 0
        self.deleted_themes: list[tuple[int, list[int]]] = []

    def teardown(self) -> None:
        self.store.close()
        self.folder.cleanup()

    # ----- helpers ---------------------------------------------------------------------

    def _round(self, pick: int) -> int:
        rounds = self.store.rounds()
        return rounds[pick % len(rounds)].id

    def _note(self, pick: int) -> int | None:
        notes = self.store.notes()
        return notes[pick % len(notes)].id if notes else None

    def _theme(self, pick: int) -> int | None:
        themes = self.store.themes()
        return themes[pick % len(themes)].id if themes else None

    def _refusable(self, step) -> None:
        """Do `step`; a refusal (InvalidInput) must leave the session as it was."""
        self.clock.advance(1)
        before = self.store.snapshot()
        try:
            step()
        except InvalidInput as exc:
            assert str(exc)
            assert self.store.snapshot() == before

    # ----- what the facilitator does ---------------------------------------------------

    @rule(pick=picks, text=texts, function=functions)
    def type_a_note(self, pick: int, text: str, function: str) -> None:
        rid = self._round(pick)
        self._refusable(lambda: self.store.add_note(rid, text, function=function))

    @rule(name=texts, function=functions)
    def add_a_person(self, name: str, function: str) -> None:
        self._refusable(lambda: self.store.add_participant(name, function))

    @rule(pick=picks, person=picks, text=texts)
    def type_a_named_note(self, pick: int, person: int, text: str) -> None:
        people = self.store.participants()
        if people:
            who = people[person % len(people)]
            rid = self._round(pick)
            self._refusable(
                lambda: self.store.add_note(rid, text, function=who.function, participant_id=who.id)
            )

    @rule(pick=picks)
    def take_a_person_off_the_roster(self, pick: int) -> None:
        people = self.store.participants()
        if people:
            pid = people[pick % len(people)].id
            self._refusable(lambda: self.store.remove_participant(pid))

    @rule(pick=picks, text=texts)
    def edit_a_note(self, pick: int, text: str) -> None:
        nid = self._note(pick)
        if nid is not None:
            self._refusable(lambda: self.store.update_note(nid, text=text))

    @rule(pick=picks)
    def delete_a_note(self, pick: int) -> None:
        nid = self._note(pick)
        if nid is not None:
            self._refusable(lambda: self.store.delete_note(nid))
            self.deleted_notes.append(nid)

    @precondition(lambda self: self.deleted_notes)
    @rule()
    def restore_the_last_deleted_note(self) -> None:
        nid = self.deleted_notes.pop()
        self._refusable(lambda: self.store.restore_note(nid))

    @rule(pick=picks, label=texts, count=st.integers(0, 3))
    def make_a_theme(self, pick: int, label: str, count: int) -> None:
        rid = self._round(pick)
        ids = [n.id for n in self.store.notes(rid)][:count]
        self._refusable(lambda: self.store.add_theme(rid, label, note_ids=ids))

    @rule(note=picks, theme=picks, out=st.booleans())
    def move_a_note(self, note: int, theme: int, out: bool) -> None:
        nid, tid = self._note(note), self._theme(theme)
        if nid is not None:
            self._refusable(lambda: self.store.assign_notes([nid], None if out else tid))

    @rule(pick=picks, label=texts)
    def rename_a_theme(self, pick: int, label: str) -> None:
        tid = self._theme(pick)
        if tid is not None:
            self._refusable(lambda: self.store.rename_theme(tid, label))

    @rule(keep=picks, other=picks)
    def merge_two_themes(self, keep: int, other: int) -> None:
        a, b = self._theme(keep), self._theme(other)
        if a is not None and b is not None and a != b:
            self._refusable(lambda: self.store.merge_themes(a, b))

    @rule(pick=picks)
    def delete_a_theme(self, pick: int) -> None:
        tid = self._theme(pick)
        if tid is not None:
            self.clock.advance(1)
            self.deleted_themes.append((tid, self.store.delete_theme(tid)))

    @precondition(lambda self: self.deleted_themes)
    @rule()
    def restore_the_last_deleted_theme(self) -> None:
        tid, note_ids = self.deleted_themes.pop()
        # Notes deleted or moved since stay where they are now, as the app's undo does.
        free = {n.id for n in self.store.notes() if n.theme_id is None}
        self._refusable(lambda: self.store.restore_theme(tid, [n for n in note_ids if n in free]))

    @rule(pick=picks, function=st.sampled_from(["sales", "marketing"]), count=st.integers(-1, 120))
    def type_dots(self, pick: int, function: str, count: int) -> None:
        tid = self._theme(pick)
        if tid is not None:
            self._refusable(lambda: self.store.set_votes(tid, function, count))

    @rule(text=texts, owner=texts, due=st.none() | st.dates(date(2020, 1, 1), date(2040, 1, 1)))
    def add_an_action_item(self, text: str, owner: str, due: date | None) -> None:
        self._refusable(lambda: self.store.add_action(text, owner=owner, due=due))

    @rule(pick=picks, status=st.sampled_from(["open", "done", "dropped", "maybe"]))
    def tick_an_action_item(self, pick: int, status: str) -> None:
        actions = self.store.actions()
        if actions:
            aid = actions[pick % len(actions)].id
            self._refusable(lambda: self.store.update_action(aid, status=status))

    @rule(pick=picks, how=st.sampled_from(["start", "pause", "finish"]))
    def run_the_clock(self, pick: int, how: str) -> None:
        rid = self._round(pick)
        step = {"start": self.store.start_round, "pause": self.store.pause_round}.get(
            how, self.store.finish_round
        )
        self._refusable(lambda: step(rid))

    @rule()
    def close_and_open_again(self) -> None:
        saved = seen(self.store.snapshot())
        self.store.close()
        self.store = Store.open(self.path, clock=self.clock)
        assert seen(self.store.snapshot()) == saved

    @rule()
    def sit_idle_and_copy_the_file_alone(self) -> None:
        # Lunch: the file alone is the whole session, and its copy opens without a warning.
        assert self.store.idle_clear()
        said, kept = self._copy_of_the_file_alone()
        assert said is None and kept == seen(self.store.snapshot())

    @rule()
    def rescue_a_copy(self) -> None:
        self.copies += 1
        copy = self.path.with_name(f"copy-{self.copies}.roundtable")
        self.store.checkpoint()
        rescue(self.path, copy)
        with Store.open(copy, read_only=True) as kept:
            assert seen(kept.snapshot()) == seen(self.store.snapshot())

    @rule()
    def follow_up_the_session(self) -> None:
        self.copies += 1
        later = self.path.with_name(f"follow-up-{self.copies}.roundtable")
        snap = self.store.snapshot()
        create_follow_up(self.path, later)
        with Store.open(later, read_only=True) as new:
            carried = new.actions()
            assert len(carried) == sum(a.status == "open" for a in snap.actions)
            assert all(a.status == "open" for a in carried)
            assert [p.name for p in new.participants()] == [p.name for p in snap.participants]

    def _copy_of_the_file_alone(self) -> tuple[str | None, SessionSnapshot]:
        """What a copy of the session file alone (its -wal left behind) says as it opens,
        and what it holds."""
        self.copies += 1
        copy = self.path.parent / f"alone-{self.copies}" / self.path.name
        copy.parent.mkdir()
        shutil.copyfile(self.path, copy)
        with Store.open(copy, read_only=True) as alone:
            return alone.left_open_text, seen(alone.snapshot())

    # ----- what always holds -------------------------------------------------------------

    @invariant()
    def a_copy_of_the_file_alone_is_whole_or_says_it_may_not_be(self) -> None:
        said, kept = self._copy_of_the_file_alone()
        assert said is not None or kept == seen(self.store.snapshot())

    @invariant()
    def it_holds_together(self) -> None:
        snap = self.store.snapshot()
        themes = {t.id: t for t in snap.themes}
        people = {p.id for p in snap.participants}
        for note in snap.notes:
            assert note.participant_id is None or note.participant_id in people, note
            assert note.text and note.text == note.text.strip()
            if note.theme_id is not None:
                assert note.theme_id in themes, note
                assert themes[note.theme_id].round_id == note.round_id, note
        assert all(0 <= v.count <= MAX_VOTES for v in snap.votes)


Facilitator.TestCase.settings = settings(
    max_examples=int(os.environ.get("SEQUENCES", "15")), stateful_step_count=25, deadline=None
)
test_any_sequence_of_steps = Facilitator.TestCase
