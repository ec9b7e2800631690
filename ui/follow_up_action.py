"""File > Follow-up session… (Ctrl+Shift+F): the next meeting of the group, made from the
session open in this window.

Once a session has ended, the facilitator sets up the follow-up there and then: the same
people and the open commitments carried over for review, made by the core's
`create_follow_up` as the start screen's "Follow up a session…" makes it. It asks only the
title and where the file goes (beside this one), opens the follow-up in a new window and
says what was carried over. It reads this session and never writes to it, so it works from
a read-only window too. A session no round of which has started is refused: there is
nothing yet to follow up, and the window is most often the new follow-up itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMessageBox

from roundtable.follow_up import create_follow_up, follow_up_title
from roundtable.model import InvalidInput, counted
from roundtable.room_language import written_language
from roundtable.store import SessionFileError, Store
from ui.export_action import writable_folder
from ui.windows.dialogs import choose_new_file, free_name, open_session, safe_file_name

KEYS = "Ctrl+Shift+F"


def carried_over(earlier: str, people: int, items: int, more: str = "", questions: int = 0) -> str:
    """What a new follow-up's window says first: what came over, and the roll call to do."""
    asked = f", {counted(questions, 'open question')}" if questions else ""
    return (
        f"Follow-up of {earlier}: {counted(people, 'participant')}{asked} and"
        f" {counted(items, 'open action item')} carried over{more}."
        " Tick who came under Here in Session > People (Ctrl+Shift+P); anyone who gets"
        " a note counts as here."
    )


def has_started(store: Store) -> bool:
    """Whether any round of the session has run (or been ended)."""
    return any(r.started_at or r.ended_at or r.elapsed_s for r in store.rounds())


def default_title(store: Store) -> str:
    """The title offered for a follow-up of the session in `store`, in the language of its
    agenda or notes as the core names it ("Folgetermin: …" in a German room), never doubled."""
    language, _agenda = written_language(store.rounds(), (n.text for n in store.notes()))
    return follow_up_title(store.session().title, language)


class FollowUpMaker:
    """Owns File > Follow-up session… of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.action = QAction("&Follow-up session…", window)
        self.action.setObjectName("followUpAction")
        self.action.setShortcut(QKeySequence(KEYS))
        self.action.setStatusTip(
            "A new session for the same people, this one's open action items carried over"
        )
        self.action.triggered.connect(self.start)
        self.opened: QMainWindow | None = None  # the follow-up's window, once opened

    def start(self) -> Path | None:
        """Ask the title and the file, make the follow-up, open it; the new file or None."""
        store = self.window.store  # type: ignore[attr-defined]
        session = store.session()
        if not has_started(store):
            self._refuse(
                f"“{session.title}” has not started yet: there is nothing to follow up."
                " Its people and action items are all still here; Ctrl+Space starts its"
                " first round.\n\nTo follow it up anyway, use Follow up a session… on the"
                " start screen (Ctrl+N)."
            )
            return None
        title = self._ask_title(default_title(store))
        if title is None:
            return None
        here = Path(store.path)
        folder = writable_folder(here.parent)
        chosen = choose_new_file(
            self.window, "New follow-up session", free_name(folder / safe_file_name(title))
        )
        if chosen is None:
            return None
        path, existing = chosen
        if not existing:
            try:
                create_follow_up(here, path, title=title)
            except (InvalidInput, SessionFileError) as err:
                self._refuse(f"{err}\n\nNothing was changed in this session.")
                return None
        win = open_session(path, self.window, clock=self.window.clock)  # type: ignore[attr-defined]
        if win is None or win is self.window:  # (the name of this very file was chosen)
            return None
        win.show()
        self.opened = win
        others = getattr(self.window, "_others", [])
        self.window._others = [*others, win]  # type: ignore[attr-defined]
        if existing:
            return path
        with Store.open(path, read_only=True) as new:
            people, items = len(new.participants()), len(new.actions())
            questions = new.open_question_count()
        win.statusBar().showMessage(carried_over(session.title, people, items, questions=questions))
        # Away from this session's folder (a USB stick or a share that cannot be written
        # to sends it to the home folder), the name alone sent the organizer to look for it
        # beside this file.
        where = "" if path.parent == here.parent else f" in {path.parent}"
        self.window.show_status(  # type: ignore[attr-defined]
            f"Made the follow-up {path.name}{where} ({counted(people, 'participant')},"
            f" {counted(items, 'open action item')}"
            + (f", {counted(questions, 'open question')}" if questions else "")
            + ") and opened it in a new window;"
            " this session is unchanged."
        )
        return path

    def _ask_title(self, suggested: str) -> str | None:
        """The follow-up's title, as typed (the suggestion when left as it is), or None."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("followUpTitleDialog")
        dialog.setWindowTitle("Follow-up session")
        dialog.setLabelText("Title of the follow-up session:")
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(suggested)
        dialog.resize(max(dialog.sizeHint().width(), 480), dialog.sizeHint().height())
        while dialog.exec():
            title = " ".join(dialog.textValue().split())
            if title:
                return title
            dialog.setLabelText("Give the follow-up a title (it cannot be empty):")
        return None

    def _refuse(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Cannot make the follow-up", text, parent=self.window
        )
        box.setObjectName("followUpRefused")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a title is shown as typed
        box.exec()


def install(window: QMainWindow) -> FollowUpMaker:
    """Add File > Follow-up session… (Ctrl+Shift+F) to `window`, after Save a copy."""
    maker = FollowUpMaker(window)
    window.menu("File").addAction(maker.action)  # type: ignore[attr-defined]
    window.addAction(maker.action)
    window._follow_up = maker  # type: ignore[attr-defined]
    return maker
