"""Session > Anonymous notes (Ctrl+Alt+W): anonymity switched after the session was made.

The facilitator decides mid-session that the room will speak more freely without names, or
the organizer makes the session anonymous before the minutes go out. The note keeps its
writer (the store does not forget who said it); the wall, the phones and the minutes read
the session's setting as they draw, so the notes taken before the switch follow it. This
module makes the views that keep a copy of the setting follow it too: the wall and the
board's writers' names.

Going anonymous is one undoable step. Showing names asks first: the room was told its notes
go up without names, and the notes typed with @name since then would show whose they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from roundtable.anonymity import RecordedWriters, recorded_writers
from roundtable.model import counted
from ui.commands import SetAnonymous

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

KEYS = "Ctrl+Alt+W"  # beside Ctrl+Shift+W, the writers' names on the laptop's cards


def recorded(window: MainWindow) -> RecordedWriters:
    """The session's notes with a writer recorded: on the board, on the tray, deleted."""
    return recorded_writers(window.store.notes(include_held=True, include_deleted=True))


def whose_names_would_show(writers: RecordedWriters) -> str:
    """What showing names again shows, by where the notes are: the question's middle."""
    if not writers.total:
        return "No note has a writer recorded yet; notes from now on show their writer's name."
    lines = ["Showing names would say who wrote:"]
    if board := writers.on_board:
        lines.append(
            f"• {counted(board, 'note')} on the board: on the wall, the cards and in the minutes"
        )
    if held := writers.held:
        them = "it" if held == 1 else "them"
        lines.append(
            f"• {counted(held, 'note')} waiting on the phone tray: in the tray now, and on the"
            f" board once you let {them} in"
        )
    if deleted := writers.deleted:
        them = "it" if deleted == 1 else "them"
        lines.append(
            f"• {counted(deleted, 'deleted note')}: in Edit > Deleted notes now, and on the"
            f" board if you restore {them}"
        )
    return "\n".join(lines)


def ask_to_show_names(window: MainWindow) -> bool:
    """Yes to showing writers' names in a session the room was told is anonymous."""
    whose = whose_names_would_show(recorded(window))
    answer = QMessageBox.question(
        window,
        "Show writers' names?",
        f"The room was told this session is anonymous.\n\n{whose}\n\nNotes sent from phones"
        " while it was anonymous stay without a name.\n\nShow writers' names?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def install(window: MainWindow) -> None:
    action = QAction("Anonymous notes", window, checkable=True)
    action.setObjectName("anonymousAction")
    action.setShortcut(QKeySequence(KEYS))
    action.setChecked(window.store.session().anonymous)
    shown = {"anonymous": window.store.session().anonymous}

    def switch(on: bool) -> None:
        # The box follows the store (session_changed below), never the click alone.
        action.setChecked(shown["anonymous"])
        if on == shown["anonymous"]:
            return
        if not on and not ask_to_show_names(window):
            window.show_status("The session stays anonymous: no writer's name shows.")
            return
        window.undo_stack.push(SetAnonymous(window.store, on))
        if window.store.session().anonymous != on:
            return  # refused (a read-only file): the stack said why
        # Said after the step: a message said while it is done is taken as the last one's.
        if on:
            # The file is what gets mailed on: say it still knows the writers, and the way out.
            kept = (
                " The file still records who wrote which note: File > Save a copy without"
                " writers… makes a copy to send on."
                if recorded(window).total  # (a note on the tray or deleted has one too)
                else ""
            )
            window.show_status(
                "Notes are anonymous now: the wall, the cards, the phones and the minutes"
                " show no writer's name, for the notes already taken too (Ctrl+Z switches"
                f" back).{kept}"
            )
        else:
            window.show_status(
                "Notes show writers' names now: on the wall, the cards and in the minutes"
                f" (Session > Anonymous notes, {KEYS}, hides them again)."
            )

    def follow() -> None:
        anonymous = window.store.session().anonymous
        if anonymous == shown["anonymous"]:
            return  # another setting changed (the title, the dots)
        shown["anonymous"] = anonymous
        action.setChecked(anonymous)
        wall = window.presenter.wall
        wall.show_names = not anonymous
        wall.rebuild()
        names = window.findChild(QAction, "writerNamesAction")
        if names is not None:
            names.setChecked(not anonymous)

    action.triggered.connect(switch)
    window.signals.session_changed.connect(follow)
    window.menu("Session").addSeparator()  # (the session's own settings, after its rounds)
    window.menu("Session").addAction(action)
    window.addAction(action)
