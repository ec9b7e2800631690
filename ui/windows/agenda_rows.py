"""The agenda's rows: each round's number, title, timebox and question, "▶" on the round
whose clock runs, and "✓" with the time it ran, muted, on a round that has ended. After
rounds were moved about, nothing told which of them had already run.

`AgendaList` is the main window's part that fills the agenda and follows a row chosen in it
(a mixin; it expects store, agenda, entry, clock, _shown and show_round).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

from roundtable.model import Round
from ui.windows.contrast import legible

ENDED_GREY = "#6b6b6b"


def ran_for(seconds: float) -> str:
    """ "ran 12 min", "ran under 1 min": how long an ended round's clock ran."""
    return "ran under 1 min" if seconds < 60 else f"ran {round(seconds / 60)} min"


def agenda_row(agenda: QListWidget, number: int, r: Round, running: bool, now: float) -> Any:
    """One round's row; `running` if its clock is the session's."""
    ended = r.ended_at is not None and not r.is_running and not running
    mark = "▶ " if running else "✓ " if ended else ""
    kept = ", protected" if r.protected else ""
    ran = f", {ran_for(r.elapsed_at(now))}" if ended else ""
    item = QListWidgetItem(
        f"{mark}{number}. {r.title} ({r.timebox_s // 60} min{kept}{ran})\n{r.prompt}"
    )
    if ended:
        base = agenda.palette().color(QPalette.ColorRole.Base)
        item.setForeground(legible(ENDED_GREY, base))
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            f"Round {number}, {r.title}: ended, {ran_for(r.elapsed_at(now))}"
            f" of {r.timebox_s // 60} planned. {r.prompt}",
        )
    elif running:
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            f"Round {number}, {r.title}: on the clock, {r.timebox_s // 60} min. {r.prompt}",
        )
    return item


def fill_agenda(agenda: QListWidget, rounds: list[Round], current: int | None, now: float) -> None:
    """Redraw the agenda's rows (signals blocked by the caller)."""
    agenda.clear()
    for number, r in enumerate(rounds, 1):
        agenda.addItem(agenda_row(agenda, number, r, r.id == current, now))


class AgendaList:
    """The agenda list of the main window: filled from the store, a row chosen shows it."""

    store: Any
    agenda: QListWidget
    entry: Any
    clock: Any
    show_round: Any

    def _agenda_row(self, row: int) -> None:
        rounds = self.store.rounds()
        if 0 <= row < len(rounds):
            self.show_round(rounds[row].id)
            # A click goes back to typing notes; arrow keys stay in the agenda, so Up Up Up
            # moves three rounds (Enter or Esc then goes back to typing).
            if QApplication.mouseButtons() != Qt.MouseButton.NoButton or not self.agenda.hasFocus():
                self.entry.setFocus()

    def refresh_agenda(self) -> None:
        cur = self.store.session().current_round_id
        rounds = self.store.rounds()
        clock = next((r for r in rounds if r.id == cur), None)
        if clock is not None and clock.ended_at is not None and not clock.is_running:
            # After End session no round runs: the ▶ stayed on the last one as if it did,
            # and came back on it (its ✓ gone) once a round was added or moved below it.
            cur = None
        self.agenda.blockSignals(True)
        fill_agenda(self.agenda, rounds, cur, self.clock())
        if self._shown_row() is not None:
            self.agenda.setCurrentRow(self._shown_row())
        self.agenda.blockSignals(False)

    def _shown_row(self) -> int | None:
        ids = [r.id for r in self.store.rounds()]
        return ids.index(self._shown) if getattr(self, "_shown", None) in ids else None
