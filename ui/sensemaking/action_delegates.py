"""Cell editors for the actions table: an owner combo from the roster, a function combo,
a due-date editor that can also be emptied, a status combo (open, done, dropped) and a theme
combo (any round, or none)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QWidget,
)

from roundtable.dates import read_date
from roundtable.model import ACTION_STATUSES, OWNER_FUNCTIONS, InvalidInput
from roundtable.store import Store
from ui.sensemaking.action_model import (
    ACTION_ID_ROLE,
    DUE,
    FUNCTION,
    OWNER,
    STATUS,
    THEME,
    WHAT,
    day_first,
)
from ui.windows.typed_in_place import editing

NO_DATE_TEXT = "No date"  # what the Due editor shows for an empty due date
# Each column's editor as a screen reader names it (the headers are short, "Due", "Done").
SPOKEN_COLUMNS = {
    WHAT: "Text",
    OWNER: "Owner",
    FUNCTION: "Owner's function",
    DUE: "Due date",
    STATUS: "Status",
    THEME: "Theme",
}


class DueDateEdit(QLineEdit):
    """The Due cell's editor: a date typed in the writer's own habit ("2026-12-31",
    "12/31/2026", "31.12.2026", "31 Dec", "in 2 weeks", "friday"), read when the cell is left
    (`roundtable.dates.read_date`; what is no date is refused with a message, never saved
    as some other day), a calendar to pick from (the button, or Alt+Down), Up and Down for a
    day later or earlier, and Delete or Backspace on the whole date for "no date".

    A date editor that takes the date part by part made 6 February 2312 of "12/31/2026".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDateEditor")
        self.setPlaceholderText("2026-12-31")
        # Whether the facilitator changed the date: tabbing through an empty Due cell
        # saved the date the editor starts on (today) as a due date nobody gave.
        self.touched = False
        self.textEdited.connect(self._touch)
        pick = self.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        pick.setToolTip("Pick the date from a calendar (Alt+Down)")
        pick.triggered.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None

    def _touch(self, *_args: object) -> None:
        self.touched = True

    def set_due(self, due: date | None) -> None:
        self.setText(due.isoformat() if due else NO_DATE_TEXT)
        self.selectAll()
        self.touched = False

    def typed(self) -> str:
        """The text to read, "" for no date."""
        text = self.text().strip()
        return "" if text == NO_DATE_TEXT else text

    def shown_date(self) -> date | None:
        """The date the text reads as now, or None (no date, or not a date yet)."""
        try:
            return read_date(self.typed(), today=date.today(), day_first=day_first())
        except InvalidInput:
            return None

    def event(self, event: QEvent) -> bool:
        # Up, Down and Alt+Down are this editor's own keys, before any window shortcut.
        own = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if own and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        whole = self.selectedText() == self.text() and self.text()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
            self.setText(NO_DATE_TEXT)
            self.selectAll()
            self.touched = True
            return
        if key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            start = self.shown_date() or date.today()
            self._set_picked(start + timedelta(days=1 if key == Qt.Key.Key_Up else -1))
            return
        if whole and self.text() == NO_DATE_TEXT and event.text().isprintable():
            self.clear()  # typing over "No date" starts a date
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """A calendar under the cell, on the date typed (or today); a click picks a day."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("dueDateCalendar")
        calendar.setGridVisible(True)
        calendar.setSelectedDate(QDate(self.shown_date() or date.today()))
        calendar.clicked.connect(self._picked_in_calendar)
        calendar.activated.connect(self._picked_in_calendar)
        calendar.adjustSize()
        calendar.move(self._calendar_place(calendar.frameSize()))
        self.calendar = calendar
        calendar.show()
        calendar.move(self._calendar_place(calendar.frameSize()))  # its frame is known now
        calendar.setFocus()

    def _calendar_place(self, size: QSize) -> QPoint:
        """Under the cell, kept on the screen: from a cell at the screen's right edge the
        calendar ran off it, Sunday with it. Above the cell when there is no room below."""
        place = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(place.x(), screen.right() + 1 - size.width()))
        y = place.y()
        if y + size.height() > screen.bottom() + 1:
            y = max(screen.top(), self.mapToGlobal(self.rect().topLeft()).y() - size.height())
        return QPoint(x, y)

    def _picked_in_calendar(self, day: QDate) -> None:
        self._set_picked(day.toPython())
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.activateWindow()  # the keyboard back in the cell: Enter saves the date
        self.setFocus()

    def _set_picked(self, day: date) -> None:
        self.setText(day.isoformat())
        self.selectAll()
        self.touched = True


def _keep_typed(combo: QComboBox) -> None:
    """Remember what is typed in the Owner cell, apart from what the completion fills in."""
    line = combo.lineEdit()
    if line is not None:
        line.textEdited.connect(lambda text: combo.setProperty("typed", text))
    # A name picked in the list or with the arrow keys (both highlight it) is a choice.
    combo.highlighted.connect(lambda _row: combo.setProperty("typed", ""))


def _owner_typed(combo: QComboBox, store: Store) -> str:
    """The Owner cell's text, without a completion the typing did not settle: "Ana" filled
    in as "Ana Lopez" with two Anas in the room gave the action to the first of them."""
    text, typed = combo.currentText(), str(combo.property("typed") or "")
    if not typed or text == typed or not text.casefold().startswith(typed.casefold()):
        return text
    key = typed.casefold()
    starting = [p for p in store.participants() if p.name.casefold().startswith(key)]
    return typed if len(starting) > 1 else text


class ActionDelegate(QStyledItemDelegate):
    """Chooses the editor by column; the text column keeps Qt's plain line edit."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # What the model refused, as typed, by (action id, column): the cell's editor opens
        # on it next time, so nothing typed is lost ("someday" in a Due cell, then a click
        # elsewhere, left only the refusal). `refused` is the cell of the last refusal, for
        # the panel to open again.
        self.drafts: dict[tuple[int, int], str] = {}
        self.refused: QPersistentModelIndex | None = None

    def eventFilter(self, obj, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Alt+Up and Alt+Down are a drop-down's own keys (they open its list) before any
        window shortcut: they moved the agenda's round instead."""
        if (
            isinstance(obj, QComboBox)
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            event.accept()
            return True
        return super().eventFilter(obj, event)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802 (Qt name)
        """An editor at least as wide as it needs ("2026-12-07" and its calendar button),
        even over a narrow column, moved left when it would leave the table."""
        rect = QRect(option.rect)
        hint = editor.sizeHint()
        rect.setWidth(max(rect.width(), hint.width()))
        rect.setHeight(max(rect.height(), hint.height()))
        area = editor.parentWidget().rect() if editor.parentWidget() else rect
        if rect.right() > area.right():
            rect.moveRight(area.right())
        rect.moveLeft(max(rect.left(), area.left()))
        editor.setGeometry(rect)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = self._editor_for(parent, option, index)
        # What a screen reader says: "Due date of “Share the lead sheet”" ("edit text" or
        # "combo box" alone before).
        what = index.siblingAtColumn(WHAT).data(Qt.ItemDataRole.EditRole)
        editor.setAccessibleName(f"{SPOKEN_COLUMNS.get(index.column(), 'Text')} of “{what}”")
        self._keep_typed(editor, index)
        return editor

    def _keep_typed(self, editor: QWidget, index: QModelIndex) -> None:
        """What is typed in the item's Text, Owner or Due cell outlives a crash: it is put
        back in the cell, open, when the session opens again (typed_in_place.py)."""
        value = index.data(Qt.ItemDataRole.EditRole)
        place = {"kind": "action", "id": index.data(ACTION_ID_ROLE), "column": index.column()}
        view = self.parent()
        if not isinstance(view, QWidget):
            return
        shown = value.isoformat() if isinstance(value, date) else str(value or "")
        stored = lambda: shown  # noqa: E731
        if isinstance(editor, DueDateEdit):
            stored = lambda: shown or NO_DATE_TEXT  # noqa: E731
            place["cell"] = "due"
            editing(view, editor, place, editor.text, stored, editor.textChanged)
        elif isinstance(editor, QComboBox) and index.column() == OWNER:
            place["cell"] = "owner"
            typed = lambda: _owner_typed(editor, self.store)  # noqa: E731
            editing(view, editor, place, typed, stored, editor.editTextChanged)
        elif isinstance(editor, QLineEdit) and index.column() == WHAT:
            place["cell"] = "text"
            editing(view, editor, place, editor.text, stored, editor.textChanged)

    def _editor_for(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        column = index.column()
        if column == OWNER:
            combo = QComboBox(parent, objectName="ownerEditor")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems([p.name for p in self.store.participants()])
            _keep_typed(combo)
            return combo
        if column == FUNCTION:
            combo = QComboBox(parent, objectName="functionEditor")
            for f in OWNER_FUNCTIONS:
                combo.addItem(f.capitalize(), f)
            return combo
        if column == DUE:
            return DueDateEdit(parent)
        if column == STATUS:
            combo = QComboBox(parent, objectName="statusEditor")
            for s in ACTION_STATUSES:
                combo.addItem(s, s)
            return combo
        if column == THEME:
            combo = QComboBox(parent, objectName="themeEditor")
            combo.addItem("(no theme)", None)
            titles = {r.id: r.title for r in self.store.rounds()}
            for t in self.store.themes():
                combo.addItem(f"{titles.get(t.round_id, '')}: {t.label}", t.id)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        draft = self.drafts.pop((index.data(ACTION_ID_ROLE), index.column()), None)
        if draft is not None and isinstance(editor, (QLineEdit, QComboBox)):
            # Refused before: back as it was typed, to correct (Esc keeps the stored value).
            line = editor if isinstance(editor, QLineEdit) else editor.lineEdit()
            if line is not None:
                line.setText(draft)
                line.selectAll()
            if isinstance(editor, DueDateEdit):
                editor.touched = True
        elif isinstance(editor, DueDateEdit):
            editor.set_due(value or None)
        elif isinstance(editor, QComboBox) and index.column() in (FUNCTION, STATUS, THEME):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value or "")
            editor.lineEdit().selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, DueDateEdit):
            # Passing through changes nothing; a refused date is kept for another try.
            if editor.touched and not model.setData(index, editor.typed()):
                self._keep(index, editor.text())
        elif isinstance(editor, QComboBox) and index.column() in (FUNCTION, STATUS, THEME):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QComboBox):
            typed = _owner_typed(editor, self.store)
            if not model.setData(index, typed):
                self._keep(index, typed)
        elif isinstance(editor, QLineEdit):  # the item's text
            if not model.setData(index, editor.text()):
                self._keep(index, editor.text())
        else:
            super().setModelData(editor, model, index)

    def _keep(self, index: QModelIndex, typed: str) -> None:
        if not typed.strip():
            return  # nothing typed to lose: the cell shows what it had
        self.drafts[(index.data(ACTION_ID_ROLE), index.column())] = typed
        self.refused = QPersistentModelIndex(index)
