"""Work that follows the notes as they arrive: embedding them, and proposing their theme.

`NoteEmbedder` computes each new (or edited) note's sentence vector in a worker thread, a
few notes at a time, and keeps it in the store, so Suggest themes on a full round only
clusters. `LivePlacer` asks `sort_with_sureness` where the shown round's ungrouped notes
belong once the round has themes, shows the sure answers on the cards ("Suggested theme:
…"), and accepts one on Ctrl+Return or a double-click, as one undo command.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from roundtable.clustering import MODEL_NAME, embed_texts, semantic_available, sort_with_sureness
from roundtable.clustering import vector_to_bytes as to_bytes
from roundtable.clustering.embed import preload_tokenizer, remember
from roundtable.clustering.second import prepare
from roundtable.model import Change, counted
from ui.commands import brief
from ui.sensemaking.suggest_work import OffUiWork, members, round_hints
from ui.sensemaking.suggestion_commands import PlaceNotes

BATCH = 16  # notes per embedding run: small, so a burst of notes never queues a long job
# Both wait a moment after a change, so typing a note stays fast and a burst of notes is
# handled once: the embedder writes vectors once per batch, the placer sorts once per burst.
EMBED_DELAY_MS = 400
TYPING_PAUSE_S = 2.0  # a note within this long means the facilitator is still typing
PLACE_DELAY_MS = 150
# Notes that keep coming with no pause of PLACE_DELAY_MS (phones, a pasted list) still get
# proposals this long after the first. While they come nobody reads proposals, and sorting
# then must also embed every note the embedder has not reached (1 s for 130 notes).
PLACE_MOST_WAIT_S = 5.0


class NoteEmbedder(QObject):
    """Keeps a stored vector for every note, computed off the UI thread as notes arrive."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("noteEmbedder")
        self.window, self.store = window, window.store
        self.work = OffUiWork(self, alive=lambda: not getattr(window, "_closed", False))
        self.embedded: dict[int, str] = {}  # note id -> the text its stored vector is of
        self.pending: set[int] = set()
        self.running = False
        self.last_note_at = 0.0
        self.prepared = False  # the shown round's second vectors, once after opening
        self.enabled = semantic_available() and not window.store.read_only
        if not self.enabled:
            return
        preload_tokenizer()  # now, before the window shows: see its docstring
        stored = set(self.store.note_vectors(MODEL_NAME))
        for note in self.store.iter_all_notes():
            if note.id in stored:
                self.embedded[note.id] = note.text
            elif not note.deleted:
                self.pending.add(note.id)
        self.timer = QTimer(self, singleShot=True, interval=EMBED_DELAY_MS)
        self.timer.timeout.connect(self._next)
        window.signals.changed.connect(self._changed)
        self.timer.start()

    def _changed(self, change: Change) -> None:
        if change.kind in ("note_added", "note_updated", "note_restored") and (
            change.id or change.kind == "note_added"
        ):
            self.last_note_at = time.monotonic()
            if change.id:
                self.pending.add(change.id)
            else:  # many notes added at once (an import): those of the round not embedded
                self.pending.update(
                    n.id for n in self.store.notes(change.round_id) if n.id not in self.embedded
                )
            if not self.running:
                # Restarted by every note: a burst of notes is embedded once it ends. Timed
                # from the burst's first note, embedding ran while the notes still came and
                # took the CPU from them (the slowest one in twenty took 11-15 ms, not 8).
                self.timer.start()

    def _next(self) -> None:
        if self.running or getattr(self.window, "_closed", False):
            return
        if not self.pending and self.prepared:
            return
        batch: list[tuple[int, str]] = []
        rounds: set[int | None] = set()
        for nid in sorted(self.pending):
            self.pending.discard(nid)
            note = self.store.note(nid)
            if not note.deleted and self.embedded.get(nid) != note.text:
                batch.append((nid, note.text))
                rounds.add(note.round_id)
            if len(batch) == BATCH:
                break
        # A round written in two languages also needs the second model's vectors (loading it
        # takes a second): computed here too, so its first Suggest themes does not wait.
        if not self.prepared:
            self.prepared = True  # the round open when the file opened, its notes all embedded
            rounds.add(self.window.shown_round_id())
        round_texts = [[n.text for n in self.store.notes(rid)] for rid in rounds if rid is not None]
        if not batch and not round_texts:
            return
        self.running = True
        texts = [t for _, t in batch]

        def work() -> list[bytes]:
            blobs = [to_bytes(v) for v in embed_texts(texts)] if texts else []
            for each in round_texts:
                prepare(each)
            return blobs

        self.work.start(work, then=self._store(batch))

    def _store(self, batch: list[tuple[int, str]]):
        def done(future) -> None:
            self.running = False
            try:
                blobs = future.result()
            except Exception:  # noqa: BLE001 (no vector only means: embedded at suggestion time)
                return
            if not batch:
                self._next()
                return
            kept = self.store.set_note_vectors(
                MODEL_NAME, {nid: b for (nid, _), b in zip(batch, blobs, strict=True)}
            )
            if not kept:
                # A full disk: the vectors are only a head start (suggestions embed what they
                # lack), and the notes' own saves say what is wrong. It was a traceback.
                return
            self.embedded.update(dict(batch))
            if time.monotonic() - self.last_note_at < TYPING_PAUSE_S:
                # The facilitator is typing: a backlog (a file opened without vectors)
                # waits between batches so it never competes with Enter.
                self.timer.start()
            else:
                self._next()

        return done

    @property
    def idle(self) -> bool:
        return not self.running and not self.pending


class LivePlacer(QObject):
    """Proposes a theme for each ungrouped note of the shown round once it has themes."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("livePlacer")
        self.window, self.store = window, window.store
        self.work = OffUiWork(self, alive=lambda: not getattr(window, "_closed", False))
        self.proposals: dict[int, int] = {}  # note id -> theme id
        self.embedder: NoteEmbedder | None = None  # (set by install)
        self.running = False
        self.stale = False
        self.stale_since = 0.0
        self.timer = QTimer(self, singleShot=True, interval=PLACE_DELAY_MS)
        self.timer.timeout.connect(self._run)
        self.accept_action = QAction("&Accept suggested theme", window, objectName="acceptProposal")
        self.accept_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.accept_action.triggered.connect(self.accept_selected)
        window.menu("Themes").addAction(self.accept_action)
        window.addAction(self.accept_action)
        window.board.proposal_accepted.connect(self.accept)
        window.signals.notes_changed.connect(self._round_changed)
        window.signals.themes_changed.connect(self._round_changed)
        window.round_shown.connect(lambda _rid: self.schedule())
        self.schedule()

    def _round_changed(self, round_id: int) -> None:
        if round_id == self.window.shown_round_id():
            self.schedule()

    def schedule(self) -> None:
        """Re-propose soon: once a burst of changes ends, or PLACE_MOST_WAIT_S after its first.

        Each change restarts the wait, as the embedder's does. Timed from the burst's first
        note, sorting a round of 150 loose notes (50-90 ms, holding Python's lock) ran while
        the notes still came, and a note typed then reached the board 10-80 ms late.
        """
        if self.running:
            self.stale = True
        elif not self.stale:
            self.stale = True
            self.stale_since = time.monotonic()
            self.timer.start()
        elif time.monotonic() - self.stale_since < PLACE_MOST_WAIT_S:
            self.timer.start()

    def _run(self) -> None:
        self.stale = False
        rid = self.window.shown_round_id()
        if rid is None or getattr(self.window, "_closed", False):
            return
        themes = self.store.themes(rid)
        if not themes and not self.proposals:
            return  # nothing to propose into, nothing shown to clear
        notes = self.store.notes(rid)
        loose = [n for n in notes if n.theme_id is None]
        if not themes or not loose:
            self._show(rid, {}, {})
            return
        grouped = members(notes)
        names = {}
        for t in themes:
            name = t.label if t.label not in names else f"{t.label} ({t.id})"
            names[name] = t
        examples = {name: [n.text for n in grouped.get(t.id, [])] for name, t in names.items()}
        template = self.store.session().template
        hints = round_hints(self.store, rid) or None  # as Sort the rest judges them
        texts = [n.text for n in loose]
        ids = [n.id for n in loose]
        known = self._stored_vectors(notes)
        self.running = True

        def work() -> list[str | None]:
            remember(known)  # the file's vectors: not embedded again
            # Only sure places, those Sort the rest ticks: with one theme begun ("Pay plans"),
            # 17 of a round's 40 cards read "→ Pay plans?", "2 marketers for 60 lenders" too.
            return [
                name if sure else None
                for name, sure in sort_with_sureness(
                    texts, examples, template=template, hints=hints
                )
            ]

        self.work.start(work, then=lambda f: self._placed(f, rid, ids, names))

    def _stored_vectors(self, notes: list) -> dict[str, bytes]:
        """The round's vectors in the file (text -> bytes), of the notes whose vector the
        embedder knows to be of their text as it is now."""
        embedded = self.embedder.embedded if self.embedder is not None else {}
        stored = self.store.note_vectors(MODEL_NAME, [n.id for n in notes])
        return {
            n.text: stored[n.id] for n in notes if n.id in stored and embedded.get(n.id) == n.text
        }

    def _placed(self, future, round_id: int, ids: list[int], names: dict) -> None:
        self.running = False
        try:
            places = future.result()
        except Exception:  # noqa: BLE001 (no proposal is a fine answer)
            places = [None] * len(ids)
        found = {nid: names[p] for nid, p in zip(ids, places, strict=True) if p is not None}
        if self.stale:
            self.stale = False
            self.schedule()
        self._show(round_id, {nid: t.id for nid, t in found.items()}, found)

    def _show(self, round_id: int, places: dict[int, int], themes: dict) -> None:
        if round_id != self.window.shown_round_id():
            return
        live = {n.id for n in self.store.notes(round_id) if n.theme_id is None}
        self.proposals = {n: t for n, t in places.items() if n in live}
        self.window.board.set_proposals({n: themes[n].label for n in self.proposals})

    def _still_loose(self, note_id: int) -> bool:
        note = self.store.note(note_id)
        return note.theme_id is None and not note.deleted

    def accept(self, note_id: int) -> None:
        """Put a note in its proposed theme (double-click on the card)."""
        self.accept_notes([note_id])

    def accept_selected(self) -> None:
        """Ctrl+Return: from the capture line, the proposal of the note just typed; on the
        board, the selected notes' proposals (with no card selected, the newest note's). From
        the line it took a card selected long before, off screen, and moved that one instead."""
        if self.window.entry.hasFocus():
            # Only the note just typed: while its own proposal was still being worked out
            # (or when none fits it), an older note's proposal was accepted in its place.
            rid = self.window.shown_round_id()
            notes = self.store.notes(rid) if rid is not None else []
            newest = max((n.id for n in notes), default=None)
            if newest is None or newest not in self.proposals:
                self.window.show_status("No suggested theme for the note just typed.")
                return
            self.accept_notes([newest], show=True)
            return
        selected = self.window.selected_note_ids()
        chosen = [n for n in selected if n in self.proposals]
        if selected and not chosen:
            # The selected card shows no proposal: another card (the newest with one, maybe
            # off screen) went into a theme in its place.
            self.window.show_status(
                f"No suggested theme for the selected {'note' if len(selected) == 1 else 'notes'}"
                " (Ctrl+G groups them by hand)."
            )
            return
        if not chosen and self.proposals:
            chosen = [max(self.proposals)]
        if not chosen:
            self.window.show_status("No suggested theme to accept.")
            return
        self.accept_notes(chosen)

    def accept_notes(self, note_ids: list[int], *, show: bool = False) -> None:
        """Put notes in their proposed themes; `show`: scroll the board to them where they
        went (a key moved them, as Ctrl+G does; a double-click leaves the board as it is)."""
        # Proposals are a sort behind the board: a note placed by hand (or deleted) since
        # then is left as it is (Ctrl+Return moved it into the proposed theme, as "auto").
        places = {
            n: self.proposals[n] for n in note_ids if n in self.proposals and self._still_loose(n)
        }
        if not places:
            if any(n in self.proposals for n in note_ids):
                self.window.show_status("No suggested theme to accept: the note is in a theme.")
            return
        labels = sorted({self.store.theme(t).label for t in places.values()})
        self.proposals = {n: t for n, t in self.proposals.items() if n not in places}
        self.window.board.set_proposals(
            {n: self.store.theme(t).label for n, t in self.proposals.items()}
        )
        # Named as grouping by hand is ("Put 1 note into “Greek”"): "Accept suggested theme
        # Time and resources" ran the theme's name into the words around it, and Edit > Undo
        # did not say which note would go back.
        into = ", ".join(f"“{brief(label)}”" for label in labels)
        if len(places) == 1:
            text = self.store.note(next(iter(places))).text
            step = f"Put “{brief(text)}” into {into}"
            what = f"“{text if len(text) <= 50 else text[:49] + '…'}”"
        else:
            step = f"Put {counted(len(places), 'note')} into {into}"
            what = counted(len(places), "note")
        command = PlaceNotes(self.store, places, step)
        command.batch = self.window.signals.batch
        self.window.undo_stack.push(command)
        self.window.show_status(f"{what} placed in {into} (Ctrl+Z undoes).")
        if show:
            board, moved = self.window.board, list(places)
            self.window.redraws.after_board(lambda: board.show_cards(moved))


def install(window: Any, suggester: Any) -> tuple[NoteEmbedder, LivePlacer]:
    """Start background embedding and live placement for `window`."""
    embedder = NoteEmbedder(window)
    placer = LivePlacer(window)
    placer.embedder = embedder
    suggester.embedder, suggester.placer = embedder, placer
    return embedder, placer
