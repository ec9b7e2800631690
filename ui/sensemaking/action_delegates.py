"""Cell editors for the actions table: an owner combo from the roster, a function combo,
a due-date editor that can also be emptied, and a theme combo (any round, or none)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QWidget

from roundtable.model import OWNER_FUNCTIONS
from roundtable.store import Store
from ui.sensemaking.action_model import DUE, FUNCTION, OWNER, THEME

NO_DATE = QDate(2000, 1, 1)  # shown as "No date"; stored as an empty due date


class DueDateEdit(QDateEdit):
    """A date editor where Delete or Backspace on a fully selected date means "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDateEditor")
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("No date")
        self._moved_on = False  # the last digit filled a part and moved to the next
        # Whether the facilitator changed the date: tabbing through an empty Due cell
        # saved the date the editor starts on (today) as a due date nobody gave.
        self.touched = False
        self.dateChanged.connect(self._touch)

    def _touch(self, *_args: object) -> None:
        self.touched = True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        line = self.lineEdit()
        all_selected = line.selectedText() == line.text() and line.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and all_selected:
            self.setDate(NO_DATE)
            self.selectAll()
            return
        # "2026-12-05": a full year already moved the cursor on to the month, so the "-"
        # typed after it must not move it again (the month went into the day: 2026-11-12).
        if event.text() in ("-", "/", ".") and self._moved_on:
            self._moved_on = False
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = event.text().isdigit() and self.currentSectionIndex() != section

    def due(self) -> date | None:
        return None if self.date() == NO_DATE else self.date().toPython()


class ActionDelegate(QStyledItemDelegate):
    """Chooses the editor by column; the text column keeps Qt's plain line edit."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store

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
        column = index.column()
        if column == OWNER:
            combo = QComboBox(parent, objectName="ownerEditor")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems([p.name for p in self.store.participants()])
            return combo
        if column == FUNCTION:
            combo = QComboBox(parent, objectName="functionEditor")
            for f in OWNER_FUNCTIONS:
                combo.addItem(f.capitalize(), f)
            return combo
        if column == DUE:
            return DueDateEdit(parent)
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
        if isinstance(editor, DueDateEdit):
            editor.setDate(QDate(value) if value else QDate.currentDate())
            editor.selectAll()
            editor.touched = False
        elif isinstance(editor, QComboBox) and index.column() in (FUNCTION, THEME):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value or "")
            editor.lineEdit().selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, DueDateEdit):
            editor.interpretText()
            if editor.touched:  # passing through changes nothing
                model.setData(index, editor.due())
        elif isinstance(editor, QComboBox) and index.column() in (FUNCTION, THEME):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)
