"""The presenter view for the projector: question in large type, timer, wall of notes.

It never takes focus (Qt.WindowDoesNotAcceptFocus, shown without activation) so the
facilitator keeps typing in the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.windows.note_board import NoteBoard


class PresenterWindow(QWidget):
    """Follows the current round; anonymous sessions show no names."""

    def __init__(self, board_source, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("presenterWindow")
        self.setWindowTitle("Roundtable — presenter view")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        store = board_source.store
        self.question = QLabel(objectName="presenterQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setFont(QFont(self.font().family(), 34, QFont.Weight.Bold))
        self.timer = QLabel(objectName="presenterTimer")
        self.timer.setFont(QFont(self.font().family(), 48, QFont.Weight.Bold))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.wall = NoteBoard(store, self)
        self.wall.setObjectName("presenterWall")
        self.wall.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.wall.setDragDropMode(self.wall.DragDropMode.NoDragDrop)
        self.wall.show_names = not store.session().anonymous
        f = self.wall.font()
        f.setPointSize(18)
        self.wall.setFont(f)
        self.wall.card_size = QSize(360, 200)  # readable from the back of the room
        lay = QVBoxLayout(self)
        lay.addWidget(self.timer)
        lay.addWidget(self.question)
        lay.addWidget(self.wall, 1)
        self.resize(1280, 720)

    def show_round(self, round_id: int | None, question: str) -> None:
        self.question.setText(question)
        self.wall.show_round(round_id)
