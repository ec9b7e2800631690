"""What is typed in an editor open in place outlives a crash or a flat battery: a note being
edited on its card (F2), a theme being renamed, an action item's Text, Owner or Due cell.

Each was saved only when the editor was left (Enter, Tab, a click elsewhere, a normal
close), so a crash lost what was typed there. Now what is typed is kept with the note
line's draft (drafts.py: QSettings, a third of a second after typing pauses) and put back
when the session opens again: the same editor opens on it, as typed, and the status bar
says so; Enter saves it and Esc keeps what was stored, as before the crash.

Kept as a draft, not saved as typed: half a note or half a theme name would be on the wall
in front of the room and in the minutes ("Leads go c"); a half-typed owner ("An") or due
date ("fri") would be refused or read as another name or day; and only Enter says the
facilitator is done. (A vote count is saved as typing pauses instead: vote_table.py.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QComboBox, QDockWidget, QLineEdit, QWidget

# What the status bar calls an action item's cell (by its column's kind in the draft).
_CELLS = {"text": "text", "owner": "owner", "due": "due date"}


class TypedInPlace(QObject):
    """The editor open in place in a window, if any, and what to keep of it."""

    typing = Signal()  # typed in it: keep it once typing pauses
    closed = Signal()  # it closed (saved, or Esc): keep at once what is left to keep

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.open: tuple[QWidget, dict[str, Any], Callable[[], str], Callable[[], str]] | None
        self.open = None
        window.typed_in_place = self

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # A view hides an editor as it closes it (and deletes it later): its draft goes at
        # once, so Esc then a crash brings nothing back. (Hidden with its window, it is not.)
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isHidden():
            self.closed.emit()
        return False

    def kept(self) -> dict[str, Any] | None:
        """The open editor's place and text, when it holds something the file does not."""
        if self.open is None:
            return None
        editor, place, text, stored = self.open
        if not shiboken6.isValid(editor) or editor.isHidden():  # closed (a view hides it)
            self.open = None
            return None
        typed = text()
        if typed.strip() == stored().strip():
            return None
        return {**place, "text": typed}


def editing(
    view: QWidget,
    editor: QWidget,
    place: dict[str, Any],
    text: Callable[[], str],
    stored: Callable[[], str],
    changed: SignalInstance,
) -> None:
    """`editor` opened in place in `view` at `place` ({"kind": "note", "id": 4}, {"kind":
        "theme", ...}, {"kind": "action", "id": 2, "cell": "owner", "column": 1}); `text()` is
        what it holds, `stored()` what the file has there (read as it is kept: the editor opens
    before its text is set, and as a window closes, when the file may be closed already),
    `changed` is emitted as it is typed in."""
    widget: QWidget | None = view
    while widget is not None:
        found = getattr(widget, "typed_in_place", None)
        if isinstance(found, TypedInPlace):
            found.open = (editor, place, text, stored)
            changed.connect(found.typing)
            editor.installEventFilter(found)
            editor.destroyed.connect(found.closed)
            found.typing.emit()  # (an editor opened on a text put back has it to keep)
            return
        widget = widget.parentWidget()


def kept_in_place(window: Any) -> dict[str, Any] | None:
    found = getattr(window, "typed_in_place", None)
    return found.kept() if isinstance(found, TypedInPlace) else None


def put_back_in_place(window: Any, kept: object) -> str | None:
    """Open the editor kept in `kept` again on what was typed (once the window is shown);
    returns what the status bar says of it, or None when its note, theme or item is gone."""
    if not isinstance(kept, dict) or not isinstance(kept.get("text"), str):
        return None
    opener = {"note": _note, "theme": _theme, "action": _action}.get(str(kept.get("kind")))
    found = opener(window, kept, kept["text"]) if opener is not None else None
    if found is None:
        return None
    said, open_it = found
    _when_shown(window, open_it)
    return said


def _note(window: Any, kept: dict, text: str) -> tuple[str, Callable[[], None]] | None:
    note = next((n for n in window.store.notes() if n.id == kept.get("id")), None)
    if note is None or note.text == text:
        return None

    def open_it() -> None:
        window.show_round(note.round_id)
        window.board.setFocus()
        window.board.edit_again(note.id, text)

    return (
        "The note you were editing on its card when the session closed is open again, as"
        " you typed it: Enter saves it, Esc keeps the note as it was.",
        open_it,
    )


def _theme(window: Any, kept: dict, text: str) -> tuple[str, Callable[[], None]] | None:
    from ui.sensemaking.theme_name_kept import edit_again

    theme = next((t for t in window.store.themes() if t.id == kept.get("id")), None)
    tree = window.findChild(QWidget, "themeList")
    if theme is None or tree is None or theme.label == text.strip():
        return None

    def open_it() -> None:
        window.show_round(theme.round_id)
        _to_front(window, "themesDock")
        tree.drafts[theme.id] = text  # (put back by the editor as it opens: theme_name_kept)
        edit_again(tree, theme.id)

    return (
        "The theme name you were typing when the session closed is back in its editor:"
        f" Enter renames “{theme.label}”, Esc keeps that name.",
        open_it,
    )


def _action(window: Any, kept: dict, text: str) -> tuple[str, Callable[[], None]] | None:
    panel, column = window.findChild(QWidget, "actionsPanel"), kept.get("column")
    cell = _CELLS.get(str(kept.get("cell")))
    if panel is None or not isinstance(column, int) or cell is None:
        return None
    try:
        row = panel.model.row_of(kept.get("id"))
    except ValueError:  # deleted since
        return None
    action_id = kept["id"]

    def open_it() -> None:
        _to_front(window, "actionsDock")
        panel.delegate.drafts[(action_id, column)] = text  # the editor opens on it
        index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(action_id), column))
        panel.table.setCurrentIndex(index)
        panel.table.setFocus()
        panel.table.edit(index)
        editor = panel.table.indexWidget(index)
        line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
        if isinstance(line, QLineEdit):
            line.end(False)  # not selected: a key typed goes on what was typed, not over it

    what = panel.model.actions[row].text
    return (
        f"The {cell} you were typing for the action item “{what}” when the session closed is"
        " back in its cell: Enter saves it, Esc keeps what it had.",
        open_it,
    )


def _to_front(window: Any, dock_name: str) -> None:
    dock = window.findChild(QDockWidget, dock_name)
    if dock is not None:
        dock.show()
        dock.raise_()


class _Shown(QObject):
    """Runs `then` once its window is shown, on the next turn of the loop (the panels and
    the board laid out, the keyboard with the window)."""

    def __init__(self, window: Any, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if not getattr(self.window, "_closed", False):
            self.then()
        self.deleteLater()


def _when_shown(window: Any, then: Callable[[], None]) -> None:
    if window.isVisible():
        QTimer.singleShot(0, window, then)
    else:
        _Shown(window, then)
