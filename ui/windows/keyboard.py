"""Where the keyboard goes in the main window: a mixin so the window stays about layout.

The capture line has the keyboard nearly all the time, so the keys it must not swallow
(undo, next round, export) pass through it; Enter and Tab belong to the @name list while a
name is highlighted in it; Down goes on to the cards; a closed menu, a chosen round and a
panel behind a tab hand the keyboard back where typing goes on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QWidget

PASS_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Right"))
# Keys the capture line would take for itself even with text in it (Ctrl+E is "end of line"
# in a line edit on Linux): Export minutes must work while the facilitator is typing.
ALWAYS_PASS_KEYS = (QKeySequence("Ctrl+E"),)


def undo_goes_on(event: QKeyEvent, can_undo: bool, can_redo: bool) -> bool:
    """Whether Ctrl+Z (Ctrl+Shift+Z) pressed in a text field is the session's undo (redo):
    the field has nothing of its own to undo (redo). A field just opened or filled by the
    app (a theme's name after Ctrl+G, a card after F2, a note put back after a restart)
    took the key and nothing happened."""
    undo = event.matches(QKeySequence.StandardKey.Undo)
    redo = not undo and (
        event.matches(QKeySequence.StandardKey.Redo)
        or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")
    )
    return (undo and not can_undo) or (redo and not can_redo)


class KeyboardRouting:
    """Methods MainWindow uses for the keyboard; expects entry, mentions, agenda, board."""

    entry: Any
    mentions: Any
    agenda: Any
    board: Any
    _closed: bool

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if (
            obj is self.entry
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
            and self.mentions.accept_current()
        ):
            return True  # the name list took the key: the name goes in, no note yet
        if (
            obj is self.entry
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.mentions.move(1 if event.key() == Qt.Key.Key_Down else -1)
        ):
            return True
        if (
            obj is self.entry
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self.mentions.completer.popup().isVisible()
        ):
            return self._to_the_cards()
        if (
            obj is self.agenda
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
        ):
            self.entry.setFocus()  # the round is chosen: back to typing notes
            return True
        if (
            obj is self.entry
            and event.type() == QEvent.Type.ShortcutOverride
            and QKeySequence(event.keyCombination()) in ALWAYS_PASS_KEYS
        ):
            return True
        # An empty capture line must not swallow Ctrl+Z (undo) nor Ctrl+Right (next round);
        # nor one with nothing of its own to undo: a note put back in the line after a
        # restart took Ctrl+Z, and the session's undo did nothing until the line was empty.
        if obj is self.entry and event.type() == QEvent.Type.ShortcutOverride:
            line = self.entry
            if not line.text() and QKeySequence(event.keyCombination()) in PASS_KEYS:
                return True
            typed = bool(line.text())  # an emptied line's own undo would bring a note back
            if undo_goes_on(
                event, typed and line.isUndoAvailable(), typed and line.isRedoAvailable()
            ):
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Keys no widget took come back to the note line: Esc from a panel's button or
        number box left the keyboard there (F1 promises Esc goes back from a panel), and a
        note typed on a focused button was lost, its spaces pressing the button."""
        focus = QApplication.focusWidget()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if event.key() == Qt.Key.Key_Escape and plain:
            self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        text = event.text()
        if (
            plain
            and isinstance(focus, QAbstractButton)  # a table starts its editor with the key
            and text.isprintable()
            and text.strip()
            and self.entry.isEnabled()
        ):
            self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
            copy = QKeyEvent(event.type(), event.key(), event.modifiers(), text)
            QApplication.sendEvent(self.entry, copy)
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def _to_the_cards(self) -> bool:
        """Down from the capture line: the keyboard on the board, the newest card selected,
        or the first card in view when the newest is not (the board took the keyboard only
        from a click, so F2, Del and Ctrl+G on notes needed the mouse). Arrows and
        Shift+arrows select; Esc or typing comes back."""
        cards = [
            self.board.item(r)
            for r in range(self.board.count())
            if self.board.item(r).data(Qt.ItemDataRole.UserRole) == "note"
            and not self.board.item(r).isHidden()
        ]
        if not cards:
            return False
        newest = max(
            cards, key=lambda item: self.board.arrival(item.data(Qt.ItemDataRole.UserRole + 1))
        )
        # On a board scrolled to a theme, the newest card (at the end of another theme, or
        # of 150 imported notes) took the board away from what the room was looking at:
        # then the first card in view is the one selected.
        view = self.board.viewport().rect()
        if not view.intersects(self.board.visualItemRect(newest)):
            in_view = [c for c in cards if view.contains(self.board.visualItemRect(c))]
            newest = in_view[0] if in_view else newest
        self.board.setFocus(Qt.FocusReason.TabFocusReason)
        # Only that card, whatever was selected before (it added to an old selection).
        self.board.setCurrentItem(newest, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.board.scrollToItem(newest)
        return True

    def _typing_back_to_capture(self) -> None:
        """A menu closed with Esc (or a click outside) leaves the menu bar holding the
        keyboard: the next letters typed for a note opened menus and triggered their
        entries. Give the keyboard back to the capture line unless something else took it
        (another menu, a dialog, an editor)."""
        if self._closed or QApplication.activePopupWidget() or QApplication.activeModalWidget():
            return
        focus = QApplication.focusWidget()
        if focus is None or focus is self.menuBar():
            self.activateWindow()
            self.entry.setFocus(Qt.FocusReason.PopupFocusReason)

    def _show_focused_panel(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A panel that gets the keyboard comes to the front of its tab group, so keys
        never go into a panel hidden behind another (Tab led into Action items and its
        typed "1" became an action item nobody saw)."""
        if new is None or not self.isAncestorOf(new) or not new.visibleRegion().isEmpty():
            return
        dock = new.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None and not dock.isFloating():
            dock.raise_()
