"""A session open read-only (write-protected, on a read-only share, or open in another
window): everything that would change it is switched off, and its keys say why. The reason
stays in the status bar for as long as it holds: said once as the window opened, it was
gone after the next message."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

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
    "openQuestionAction",
    "editRoundAction",
    "addRoundAction",
    "peopleAction",
    "anonymousAction",
    "sessionDetailsAction",
    "removeRoundAction",
    "moveRoundUpAction",
    "moveRoundDownAction",
    "moveNotesNextAction",
    "moveNotesPrevAction",
    "importCsvAction",
    "phonesAction",
    "letInAction",
    "letAllInAction",
    "dropHeldAction",
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


# The reason's share of the status bar at most (cut with "…" beyond it, whole in its
# tooltip): the messages need the rest. "Read-only: Open for editing in another Roundtable
# window." fits whole in a 1280-pixel window.
REASON_SHARE = 0.3


class ReasonLabel(QLabel):
    """ "Read-only: <reason>" at the right of the status bar, in the colours of the board's
    filter banner; the window's FollowWriter hides it once the file is free to edit."""

    def __init__(self, reason: str, hint: str, bar: QWidget) -> None:
        super().__init__()
        self.setObjectName("readOnlyReason")
        self.whole = f"Read-only: {reason}"
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(f"{self.whole}{hint}")
        self.setStyleSheet(
            "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c36a;"
            " border-radius: 3px; padding: 1px 6px; }"
        )
        # Its own height in a bar grown for a long message, not a block of yellow.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.bar = bar
        bar.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.bar and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        padding = 2 * 8
        room = max(80, int(self.bar.width() * REASON_SHARE)) - padding
        self.setText(self.fontMetrics().elidedText(self.whole, Qt.TextElideMode.ElideRight, room))


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
    window.read_only_reason = ReasonLabel(reason, hint, window.statusBar())
    window.statusBar().addPermanentWidget(window.read_only_reason)
    window.show_status(f"Read-only: {reason}{hint}")  # and how to change a copy
