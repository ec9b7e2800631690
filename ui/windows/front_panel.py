"""The side panel in front (Themes, Votes or Action items) is the one in front again when
the session is opened again: after a restart the window always showed Themes, though the
group was working through its action items. Kept in QSettings by the file's path, as the
drafts are (drafts.py).

A follow-up opened for the first time shows the Action items panel: the facilitator starts
by going through the commitments carried over from last time, and it opened on an empty
Themes panel.

The choice is written as it is made, not only as the window closes: after the app was
killed in the closing round it came back on Themes, though Action items had been in front."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget


def _key(window: Any) -> str:
    return f"frontPanel/{Path(window.store.path).resolve().as_posix()}"


def _docked(window: Any) -> list[QDockWidget]:
    return [d for d in window.findChildren(QDockWidget) if not d.isFloating()]


def watch_front_panel(window: Any) -> None:
    """Remember which docked panel the facilitator brings to the front, from now on."""
    window.front_panel = ""
    for dock in _docked(window):
        dock.visibilityChanged.connect(
            lambda shown, d=dock: shown and not d.isFloating() and _note_front(window, d)
        )


def _note_front(window: Any, dock: QDockWidget) -> None:
    if window.front_panel == dock.objectName() or getattr(window, "_closed", False):
        return
    window.front_panel = dock.objectName()
    keep_front_panel(window)
    QSettings().sync()  # on disk now: a crash or a kill comes back to this panel


def keep_front_panel(window: Any) -> None:
    """Called as the window closes: the panel in front is kept for the next opening."""
    if getattr(window, "front_panel", ""):
        QSettings().setValue(_key(window), window.front_panel)


def restore_front_panel(window: Any) -> None:
    """Bring the panel that was in front when the session was last closed to the front."""
    name = QSettings().value(_key(window))
    if name is None and _carries_commitments(window.store):
        name = "actionsDock"  # never opened here before: last time's commitments first
    dock = next((d for d in _docked(window) if d.objectName() == name), None)
    if dock is not None:
        dock.raise_()


def _carries_commitments(store: Any) -> bool:
    """Whether this is a follow-up with any of last time's commitments still listed."""
    previous = store.session().follow_up_of
    if previous is None:
        return False
    carried = set(previous.carried_action_ids)
    return any(a.id in carried for a in store.actions())
