"""The example session: a finished roundtable in the user's data folder, written on first use,
opened on its fullest round with a line saying that it is the example."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtWidgets import QLabel

from ui.windows.contrast import ink


def example_path() -> Path:
    return Path(platformdirs.user_data_dir("roundtable")) / "example.roundtable"


def show_fullest_round(win: Any) -> None:
    """Show the round with the most themes (the first of equals): the example session is
    finished, and its last round (two commitments) would show a newcomer almost nothing.

    The window also says, for as long as it is open, that this is the example."""
    rounds = win.store.rounds()
    if rounds:
        counts = [len(win.store.themes(r.id)) for r in rounds]
        win.show_round(rounds[counts.index(max(counts))].id)
    note = QLabel(EXAMPLE_NOTE, objectName="exampleNote")
    note.setStyleSheet(f"color: {ink('#0b4f9c', note)}; padding: 0 6px;")
    win.statusBar().addPermanentWidget(note)


EXAMPLE_NOTE = "Example session: a finished roundtable to look around in. Ctrl+N starts your own."


def ensure_example() -> Path:
    """The example session in the user's data folder, written on first use."""
    path = example_path()
    if not path.exists():
        from roundtable.demo import write_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        write_demo(path)
    return path
