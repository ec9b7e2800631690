"""The agenda's rows: each round's number, title, timebox and question, "▶" on the round
whose clock runs, and "✓" with the time it ran, muted, on a round that has ended. After
rounds were moved about, nothing told which of them had already run.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem

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
