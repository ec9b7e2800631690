"""Suggest themes (Ctrl+T) and Sort the rest (Ctrl+Shift+T): engine off the UI thread, preview.

Suggest themes hands the shown round's notes, its themes (every note already in a theme is
pinned, so accepted and hand-made themes stay as they are and keep their names), the
template's hints for the round and the stored note vectors to `suggest_themes` in a worker
thread, with a cancellable progress dialog. Sort the rest asks `sort_with_sureness` where
each ungrouped note belongs among the round's themes. Both show `SuggestionPreview`; what
the facilitator accepts is stored as one undo command.
"""

from __future__ import annotations

import concurrent.futures
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from roundtable.clustering import (
    MODEL_NAME,
    has_words,
    says_only_agreement,
    sort_with_sureness,
    suggest_themes,
    theme_hints,
)
from roundtable.jobs import Cancelled, Job
from roundtable.model import counted
from ui.background import ProgressRelay
from ui.sensemaking.after_preview import keyboard_after, show_the_themes
from ui.sensemaking.suggest_work import OffUiWork, members, round_hints
from ui.sensemaking.suggestion_commands import ApplySuggestions
from ui.sensemaking.suggestion_preview import ProposedGroup, SuggestionPreview, proposal_count
from ui.sensemaking.suggestion_words import (
    Naming,
    accepted_name,
    sort_reason,
    sorted_name,
    unique_names,
    wordless_words,
)


class Suggester(QObject):
    """Owns the Suggest themes and Sort the rest actions of one main window."""

    def __init__(self, window: Any, panel: Any) -> None:
        super().__init__(window)
        self.setObjectName("themeSuggester")
        self.window, self.store = window, window.store
        self.work = OffUiWork(self, alive=lambda: not getattr(window, "_closed", False))
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.preview: SuggestionPreview | None = None
        self._placed = False
        self.suggest_action = self._action(
            "&Suggest themes", "Ctrl+T", self.suggest, "suggestThemesAction"
        )
        self.sort_action = self._action(
            "Sort the &rest into themes", "Ctrl+Shift+T", self.sort_rest, "sortRestAction"
        )
        self.button = QPushButton("Suggest themes", objectName="suggestThemesButton")
        self.button.setToolTip("Group the round's notes into themes (Ctrl+T); preview first")
        self.button.clicked.connect(self.suggest)
        self.sort_button = QPushButton("Sort the rest", objectName="sortRestButton")
        self.sort_button.setToolTip("Propose a theme for every ungrouped note (Ctrl+Shift+T)")
        self.sort_button.clicked.connect(self.sort_rest)
        panel.buttons.addWidget(self.button)
        panel.buttons.addWidget(self.sort_button)
        window.toolbar.addAction(self.suggest_action)
        window.toolbar.widgetForAction(self.suggest_action).setObjectName("suggestThemesToolButton")
        window.destroyed.connect(self._closed)

    def _action(self, text: str, keys: str, slot, name: str) -> QAction:
        action = QAction(text, self.window, objectName=name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.menu("Themes").addAction(action)
        self.window.addAction(action)
        return action

    def _closed(self) -> None:
        self.work.closed = True
        if self.job is not None:
            self.job.cancel()

    @property
    def busy(self) -> bool:
        return self.job is not None

    # ----- Suggest themes -------------------------------------------------------------------

    def suggest(self) -> None:
        """Start the engine on the shown round; the preview opens when it is done."""
        rid = self.window.shown_round_id()
        if rid is None or self.busy:
            return
        notes = self.store.notes(rid)
        if not notes:
            self.window.show_status("This round has no notes to group yet.")
            return
        themes = self.store.themes(rid)
        grouped = members(notes)
        pinned = {t.id: (t.label, [n.id for n in grouped.get(t.id, [])]) for t in themes}
        if all(n.theme_id is not None for n in notes):
            self.window.show_status("Every note is already in a theme.")
            return
        plain = [(n.id, n.text) for n in notes]
        vectors = self.store.note_vectors(MODEL_NAME, [n.id for n in notes])
        hints = round_hints(self.store, rid)
        rnd = self.store.round(rid)
        names = [p.name for p in self.store.participants()]
        job = self._begin("Suggesting themes…", "suggestProgress")

        def run() -> list:
            return suggest_themes(
                plain,
                pinned=pinned,
                hints=hints,
                vectors=vectors,
                progress=job.progress,
                question=f"{rnd.title}. {rnd.prompt}",
                names=names,
            )

        self.work.start(run, then=lambda f: self._suggested(f, rid, {n.id: n for n in notes}))

    def _begin(self, text: str, name: str) -> Job:
        relay = ProgressRelay(self)
        self.job = job = relay.job()
        self.progress = QProgressDialog(text, "Cancel", 0, 0, self.window)
        self.progress.setObjectName(name)
        self.progress.setWindowTitle("Themes")
        self.progress.setMinimumDuration(400)  # a quick run should not flash a dialog
        self.progress.canceled.connect(job.cancel)
        relay.progressed.connect(self._progressed)
        self.button.setEnabled(False)
        self.sort_button.setEnabled(False)
        self.window.show_status(text)
        return job

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _end(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.button.setEnabled(True)
        self.sort_button.setEnabled(True)

    def _result(self, future: concurrent.futures.Future, what: str) -> Any:
        """The worker's result, or None after telling the user why there is none."""
        self._end()
        try:
            return future.result()
        except Cancelled:
            self.window.show_status(f"{what} cancelled; nothing changed.")
        except Exception as err:  # noqa: BLE001 (the engine failing must not lose the session)
            QMessageBox.warning(self.window, what, f"{what} did not work: {err}")
        return None

    def _suggested(self, future, round_id: int, notes: dict) -> None:
        found = self._result(future, "Suggest themes")
        if found is None:
            return
        groups = []
        for s in found:
            shown = [
                (
                    nid,
                    notes[nid].text,
                    s.existing_theme_id is not None and notes[nid].theme_id == s.existing_theme_id,
                )
                for nid in s.note_ids
                if nid in notes
            ]
            group = ProposedGroup(s.label, tuple(shown), s.reason, s.existing_theme_id)
            if group.new_note_ids:
                groups.append(group)
        # Notes without a word (emoji, marks) or that only agree ("+1") are left for the
        # facilitator: say so.
        wordless = sum(
            1
            for n in notes.values()
            if n.theme_id is None and (not has_words(n.text) or says_only_agreement(n.text))
        )
        left = (
            f" {counted(wordless, 'note')} without a topic (“+1”, “same”, emoji only)"
            + (" stays" if wordless == 1 else " stay")
            + " ungrouped for you to place."
            if wordless
            else ""
        )
        if not groups:
            self.window.show_status(
                ("No new themes to suggest." + left)
                if wordless
                else "No new themes to suggest: the notes are where they fit."
            )
            return
        self._show(SuggestionPreview(groups, self.window), round_id, accepted_name)
        if left:
            self.window.show_status(self.window.statusBar().currentMessage() + left)

    def _show(self, preview: SuggestionPreview, round_id: int, named: Naming) -> None:
        if self.preview is not None:
            self.preview.close()
        self.preview = preview
        offered = list(preview.groups)
        preview.chosen.connect(lambda groups: self._accept(round_id, groups, offered, named))
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.setWindowModality(Qt.WindowModality.WindowModal)
        preview.finished.connect(lambda _r: setattr(self, "preview", None))
        self._placed = False  # set by _accept when the choice changed the round
        preview.finished.connect(lambda _r: self._keyboard_after())
        preview.open()
        notes = sum(len(g.new_note_ids) for g in preview.groups)
        self.window.show_status(
            f"{proposal_count(preview.groups).capitalize()} proposed for"
            f" {counted(notes, 'note')}:"
            " accept all, accept the ticked ones, or discard."
        )

    def _keyboard_after(self) -> None:
        placed = self._placed
        # After the board's and the Themes panel's redraws (a big round redraws them later).
        self.window.redraws.after_board_turn(lambda: keyboard_after(self.window, placed))

    def _accept(
        self,
        round_id: int,
        groups: list[ProposedGroup],
        offered: list[ProposedGroup],
        named: Naming,
    ) -> None:
        if not groups:
            self.window.show_status("Suggestions discarded; nothing changed.")
            return
        # Notes and themes deleted while the engine ran or the preview was open drop out, and
        # so do notes placed by hand meanwhile (the store keeps them where they are): they
        # were counted as placed, and a new theme of only such notes was made empty.
        live = {n.id for n in self.store.notes(round_id) if n.placement != "manual"}
        themes = {t.id for t in self.store.themes(round_id)}
        chosen = [
            (g.label, [n for n in g.new_note_ids if n in live], g.existing_theme_id)
            for g in groups
            if g.existing_theme_id is None or g.existing_theme_id in themes
        ]
        chosen = [c for c in chosen if c[1]]
        if not chosen:
            self.window.show_status(
                "Nothing changed: those notes have been placed by hand or deleted meanwhile."
            )
            return
        command = ApplySuggestions(self.store, round_id, chosen, named(chosen, offered))
        command.batch = self.window.signals.batch
        command.selected_before = self.window.selected_note_ids()
        self.window.undo_stack.push(command)
        self._placed = True
        placed = sum(len(c[1]) for c in chosen)
        made = sum(1 for c in chosen if c[2] is None)
        joined = len(chosen) - made
        parts = [counted(made, "new theme")] if made else []
        parts += [f"{counted(joined, 'theme')} already there"] if joined else []
        # "4 themes accepted" was said when the notes went into themes that existed. How many
        # are left is said too: "2 notes placed: 2 themes already there." after Sort the rest
        # left the facilitator to count the ungrouped cards for what to do next.
        left = sum(1 for n in self.store.notes(round_id) if n.theme_id is None)
        stay = "stays" if left == 1 else "stay"
        rest = f"; {counted(left, 'note')} {stay} ungrouped" if left else ""
        said = f"{counted(placed, 'note')} placed in {' and '.join(parts)}{rest}."
        self.window.show_status(said)

        def show() -> None:
            # The board shows the themes; the notes it scrolled past are said to be there.
            scrolled = show_the_themes(self.window.board)
            if scrolled and self.window.statusBar().currentMessage() == said:
                self.window.show_status(f"{said[:-1]}, above the themes.")

        self.window.redraws.after_board(show)

    # ----- Sort the rest --------------------------------------------------------------------

    def sort_rest(self) -> None:
        """Propose a theme for every ungrouped note of the shown round, as a preview."""
        rid = self.window.shown_round_id()
        if rid is None or self.busy:
            return
        notes = self.store.notes(rid)
        themes = self.store.themes(rid)
        loose = [n for n in notes if n.theme_id is None]
        if not themes or not loose:
            self.window.show_status(
                "Start a few themes first (Ctrl+G)." if not themes else "No ungrouped notes."
            )
            return
        grouped = members(notes)
        by_name = dict(zip(unique_names([t.label for t in themes]), themes, strict=True))
        examples = {name: [n.text for n in grouped.get(t.id, [])] for name, t in by_name.items()}
        template = self.store.session().template
        # The round's own hints (all the template's when it has none): "Pay plans" was
        # judged with a spare question's "A joint account plan".
        hints = round_hints(self.store, rid) or None
        texts = [n.text for n in loose]
        self._begin("Sorting the rest into themes…", "sortProgress")
        self.work.start(
            lambda: (
                sort_with_sureness(texts, examples, template=template, hints=hints),
                theme_hints(examples, template=template, hints=hints, texts=texts),
            ),
            then=lambda f: self._sorted(f, rid, loose, by_name, examples),
        )

    def _sorted(self, future, round_id: int, loose: list, by_name: dict, examples: dict) -> None:
        found = self._result(future, "Sort the rest")
        if found is None:
            return
        places, hinted = found
        groups: dict[str, list] = {}
        unsure, wordless = [], []
        less_sure: set[int] = set()
        for note, (name, sure) in zip(loose, places, strict=True):
            if name is None and (not has_words(note.text) or says_only_agreement(note.text)):
                # Nothing to sort by ("👍", "+1"): not a note the app weighed and was unsure of.
                wordless.append(note.text)
            elif name is None:
                unsure.append(note.text)
            else:
                groups.setdefault(name, []).append(note)
                if not sure:
                    less_sure.add(note.id)
        proposed = [
            ProposedGroup(
                by_name[name].label,
                tuple((n.id, n.text, False) for n in notes),
                # A theme with no notes yet is matched by its name (it said "the notes
                # already in" a theme that had none).
                sort_reason(by_name[name].label, bool(examples.get(name)), hinted.get(name)),
                by_name[name].id,
                frozenset(n.id for n in notes if n.id in less_sure),
            )
            for name, notes in groups.items()
        ]
        if not proposed:
            self.window.show_status(
                wordless_words(wordless)
                if wordless and not unsure
                else "No ungrouped note clearly fits a theme yet."
            )
            return
        placed = sum(len(g.notes) for g in proposed)
        preview = SuggestionPreview(
            proposed,
            self.window,
            title="Sort the rest",
            intro=f"Proposed places for {placed} of the {counted(len(loose), 'ungrouped note')}"
            + (
                f"; {counted(len(less_sure), 'less sure place')} left unticked (tick what you"
                " agree with)"
                if less_sure
                else ""
            )
            + (f"; {len(unsure)} not sure enough to place" if unsure else "")
            + (
                f"; {len(wordless)} without words to sort by (emoji, “+1”)"
                f" {'stays' if len(wordless) == 1 else 'stay'} for you to place"
                if wordless
                else ""
            )
            + ".",
            left_out=unsure,
            wordless=wordless,
        )
        self._show(preview, round_id, sorted_name)


def install(window: Any, controller: Any) -> Suggester:
    """Add Suggest themes and Sort the rest; start background embedding and live placement."""
    suggester = Suggester(window, controller.panel)
    from ui.sensemaking.suggest_live import install as install_live

    install_live(window, suggester)
    return suggester
