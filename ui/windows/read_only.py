"""A session open read-only (write-protected, on a read-only share, or open in another
window): everything that would change it is switched off, and its keys say why."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

# What a read-only window must not offer: each of these would change the session (and a
# change refused by the store used to fail silently after saying it was done).
CHANGING_ACTIONS = (
    "startAction",
    "nextAction",
    "replanAction",
    "addMinuteAction",
    "addFiveAction",
    "editNoteAction",
    "deleteNoteAction",
    "editRoundAction",
    "addRoundAction",
    "peopleAction",
    "removeRoundAction",
    "moveRoundUpAction",
    "moveRoundDownAction",
    "moveNotesNextAction",
    "moveNotesPrevAction",
    "importCsvAction",
    "groupNotesAction",
    "ungroupNotesAction",
    "mergeThemesAction",
    "suggestThemesAction",
    "sortRestAction",
    "acceptProposal",
    "newActionAction",
    "actionFromThemeAction",
    "actionFromNoteAction",
    "actionThemeAction",
    "renameThemeAction",
    "deleteThemeAction",
    "themeUpAction",
    "themeDownAction",
    "mergeThemesListAction",
    "rankByVotesAction",
)
# (Edit > Deleted notes stays: it lists them and offers no Restore in a read-only file.)
CHANGING_BUTTONS = ("suggestThemesButton", "sortRestButton")


def copy_hint(reason: str) -> str:
    """How to get a file one can change: a copy (File > Save a copy). Not for a file from a
    newer version of the app, whose copy would be read-only here too."""
    if "newer version" in reason:
        return ""
    return " To change a copy of it: File > Save a copy (Ctrl+Shift+S)."


def lock_read_only(window) -> None:
    """A read-only file: nothing to type into, no timer to start; the reason stays shown,
    with how to get a copy that can be changed."""
    reason = window.store.read_only_reason or ""
    hint = copy_hint(reason)
    window.entry.setEnabled(False)
    window.entry.setPlaceholderText(f"Read-only: {reason}")  # (no room there for the hint)
    said: dict[str, list[str]] = {}
    for name in CHANGING_ACTIONS:
        action = window.findChild(QAction, name)
        if action is not None:
            action.setEnabled(False)
            for keys in action.shortcuts():
                said.setdefault(keys.toString(), []).append(
                    action.text().replace("&", "").rstrip("…")
                )
    # Their keys say why nothing happens (Del and F2 on a card did nothing, silently).
    window._read_only_keys = []
    for keys, names in said.items():
        key = QShortcut(QKeySequence(keys), window)
        what = " / ".join(dict.fromkeys(names))
        key.activated.connect(
            lambda what=what: window.show_status(
                f"{what}: not in a read-only window. {reason}{hint}"
            )
        )
        window._read_only_keys.append(key)
    for button in (
        window.start_btn,
        window.next_btn,
        window.replan_btn,
        window.add1_btn,
        window.add5_btn,
    ):
        button.setEnabled(False)
    for name in CHANGING_BUTTONS:
        for button in window.findChildren(QPushButton, name):
            button.setEnabled(False)
    window.show_status(f"Read-only: {reason}{hint}")  # with the rest said as it opens
