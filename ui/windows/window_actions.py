"""The main window's own menu entries and their shortcuts (File, Edit, Session, Round, View,
Help).

Features add theirs from `ui.extensions` through `window.menu(...)`; this module builds
only the entries that belong to the window itself, so the window module stays about layout
and wiring. Every entry is also added to the window, so its shortcut works wherever the
focus is in it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ui.windows import open_questions
from ui.windows.deleted_notes import show_deleted_notes
from ui.windows.guide_window import show_guide
from ui.windows.help_dialog import show_about, show_shortcuts
from ui.windows.people import edit_people

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

WRITER_NAMES_KEYS = "Ctrl+Shift+W"


def as_typed(text: str) -> str:
    """User text (a title, a theme name) for a button or menu entry: Qt reads "&" there as
    the mark of a keyboard shortcut ("Sales & marketing" showed as "Sales _marketing")."""
    return text.replace("&", "&&")


def add_action(
    window: MainWindow,
    menu: str,
    text: str,
    keys: str | QKeySequence.StandardKey | None,
    slot: Callable[..., object],
    name: str,
) -> QAction:
    """One menu entry with its shortcut (None: no shortcut), named `name`."""
    a = QAction(text, window)
    a.setObjectName(name)
    if keys:
        a.setShortcut(QKeySequence(keys))
    a.triggered.connect(slot)
    window.menu(menu).addAction(a)
    window.addAction(a)
    return a


def build_actions(window: MainWindow) -> None:
    """Add the window's own menu entries, each with its shortcut and an objectName."""
    add_action(
        window, "File", "&Close", QKeySequence.StandardKey.Close, window.close, "closeAction"
    )
    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    undo.setObjectName("undoAction")
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    redo.setObjectName("redoAction")
    window.menu("Edit").addActions([undo, redo])
    add_action(window, "Edit", "Edit note", "F2", window.edit_note, "editNoteAction")
    add_action(window, "Edit", "Delete notes", "Del", window.delete_notes, "deleteNoteAction")
    add_action(
        window,
        "Edit",
        "Mark open question",
        open_questions.KEYS,
        lambda: open_questions.toggle_open_question(window),
        "openQuestionAction",
    )
    for i, fn in enumerate(("sales", "marketing", "other"), 1):
        add_action(
            window,
            "Edit",
            f"Function: {fn}",
            f"Ctrl+{i}",
            lambda _=False, fn=fn: window.switch_function(fn),
            f"function{fn}",
        )
    add_action(
        window, "File", "&Open…", QKeySequence.StandardKey.Open, window.open_other, "openAction"
    )
    add_action(
        window,
        "File",
        "&Start screen (new session)…",
        "Ctrl+N",
        window.show_start,
        "startScreenAction",
    )
    edit_round = add_action(
        window,
        "Session",
        "Edit round…",
        "Ctrl+Shift+E",
        window.edit_round,
        "editRoundAction",
    )
    add_action(window, "Session", "Add round", "Ctrl+Shift+N", window.add_round, "addRoundAction")
    add_action(
        window, "Session", "People…", "Ctrl+Shift+P", lambda: edit_people(window), "peopleAction"
    )
    add_action(
        window,
        "Session",
        "Remove round",
        "Ctrl+Shift+Del",
        window.remove_round,
        "removeRoundAction",
    )
    add_action(
        window,
        "Session",
        "Move round up",
        "Alt+Up",
        lambda: window.move_round(-1),
        "moveRoundUpAction",
    )
    add_action(
        window,
        "Session",
        "Move round down",
        "Alt+Down",
        lambda: window.move_round(1),
        "moveRoundDownAction",
    )
    add_action(
        window,
        "Edit",
        "Move notes to next round",
        "Ctrl+Shift+Right",
        lambda: window._move_to_neighbour(1),
        "moveNotesNextAction",
    )
    add_action(
        window,
        "Edit",
        "Move notes to previous round",
        "Ctrl+Shift+Left",
        lambda: window._move_to_neighbour(-1),
        "moveNotesPrevAction",
    )
    window.menu("Edit").addSeparator()
    add_action(
        window,
        "Edit",
        "Deleted notes…",
        "Ctrl+Shift+D",
        lambda: show_deleted_notes(window),
        "deletedNotesAction",
    )
    add_action(window, "Round", "Start / pause", "Ctrl+Space", window.toggle_round, "startAction")
    nxt = add_action(window, "Round", "Next round", "Ctrl+Right", window.next_round, "nextAction")
    nxt.setAutoRepeat(False)  # a key held down must not run through the agenda
    for minutes, keys, name in (
        (1, "Ctrl+Up", "addMinuteAction"),
        (5, "Ctrl+Shift+Up", "addFiveAction"),
    ):
        add_action(
            window,
            "Round",
            f"Add {minutes} min to this round",
            keys,
            lambda _=False, m=minutes: window.extend_round(m),
            name,
        )
    add_action(window, "Round", "Re-plan to end on time", "Ctrl+R", window.replan, "replanAction")
    add_action(
        window,
        "Round",
        "Show the round on the clock",
        "Alt+Home",
        window.show_clock_round,
        "clockRoundAction",
    )
    # The same entry again: a first-timer changing a round's question looks here first.
    window.menu("Round").addSeparator()
    window.menu("Round").addAction(edit_round)
    add_action(window, "View", "Presenter view", "F5", window.toggle_presenter, "presenterAction")
    add_action(
        window,
        "View",
        "Put this round on the wall",
        "Shift+F5",
        window.wall_this_round,
        "wallThisRoundAction",
    )
    add_action(
        window,
        "View",
        "Commitments on the wall",
        "Ctrl+F5",
        window.wall_commitments,
        "wallActionsAction",
    )
    # Live while on the wall: an item added, edited or ticked shows at once.
    window.signals.actions_changed.connect(window.presenter.commitments.refresh)
    for key, fn in enumerate(("all", "sales", "marketing", "other")):
        add_action(
            window,
            "View",
            f"Show {fn}",
            f"Alt+{key}",
            lambda _=False, fn=fn: window.filter_notes(None if fn == "all" else fn),
            f"filter{fn}",
        )
    add_writer_names(window)
    # Ctrl+F1: beside F1's keys and Shift+F1's About; the guide opens beside the window.
    add_action(window, "Help", "&Guide", "Ctrl+F1", lambda: show_guide(window), "guideAction")
    add_action(
        window,
        "Help",
        "&Keyboard shortcuts",
        "F1",
        lambda: show_shortcuts(window),
        "shortcutsAction",
    )
    # Shift+F1: next to F1's list of keys, and used by nothing else in the app.
    add_action(
        window, "Help", "&About Roundtable", "Shift+F1", lambda: show_about(window), "aboutAction"
    )


def add_writer_names(window: MainWindow) -> QAction:
    """View > Writers' names on cards: off from the start in an anonymous session.

    The laptop's screen is often mirrored to the room; with names under the cards, the
    room read who wrote what while the wall itself hid it. The facilitator who wants to
    know turns them on (and off again before the screen is shown)."""
    action = QAction("Writers' names on cards", window, checkable=True)
    action.setObjectName("writerNamesAction")
    action.setShortcut(QKeySequence(WRITER_NAMES_KEYS))
    action.setChecked(not window.store.session().anonymous)
    window.board.show_names = action.isChecked()

    def show(on: bool) -> None:
        window.board.show_names = on
        window.board.rebuild()
        if on:
            window.show_status(
                "Writers' names are on the cards: turn them off with"
                f" {WRITER_NAMES_KEYS} before this screen is shown to the room."
            )
        else:
            window.show_status(f"Writers' names are hidden on the cards ({WRITER_NAMES_KEYS}).")

    action.toggled.connect(show)
    window.menu("View").addAction(action)
    window.addAction(action)
    return action
