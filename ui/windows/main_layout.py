"""The main window's widgets and their places: the agenda and the round's clock on the left,
the question, the note line and the board in the centre (panels dock on the right).

Built here, used by `MainWindow` and its mixins through the attributes it sets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.windows.capture import CaptureLine, MentionCompleter
from ui.windows.contrast import ink
from ui.windows.long_note import LongNoteWarning
from ui.windows.note_board import NoteBoard
from ui.windows.paste_lines import add_pasted_lines, say_paste_too_big
from ui.windows.round_controls import CAPTURE_PLACEHOLDER
from ui.windows.status_bar import WrappingStatusBar
from ui.windows.timer_label import TimerLabel

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow


class AgendaRows(QStyledItemDelegate):
    """The agenda's rows measured at the width they are painted at: Qt measures a list's
    wrapped rows without its spacing at their sides but paints them with it, so a line
    that just fitted wrapped on screen ("▶ 5. Commitments (10" over "min)") and, at 800
    pixels, the question ended "in the next 30 days, and …"."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt name)
        view = self.parent()
        if isinstance(view, QListView) and option.rect.width() > 0:
            option = QStyleOptionViewItem(option)
            painted = view.viewport().width() - 2 * view.spacing()
            option.rect.setWidth(min(option.rect.width(), painted))
        return super().sizeHint(option, index)


def lay_out(win: MainWindow) -> None:
    """Make the window's widgets, connect them to its methods and place them."""
    win.agenda = QListWidget(objectName="agenda")
    win.agenda.currentRowChanged.connect(win._agenda_row)
    win.agenda.setAccessibleName("Agenda: the rounds")
    win.agenda.setWordWrap(True)
    win.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    win.agenda.setSpacing(2)
    win.agenda.setItemDelegate(AgendaRows(win.agenda))
    win.agenda.itemDoubleClicked.connect(lambda _item: win.edit_round())
    # Nothing on screen said how a round's question or minutes are changed (Session menu).
    win.agenda.setToolTip("Double-click a round (or Ctrl+Shift+E) to edit its question and minutes")
    win.agenda.installEventFilter(win)
    win.timer_label = TimerLabel("roundTimer")
    win.projected = QLabel(objectName="projectedEnd")
    # Which round the clock belongs to: the board may show another one.
    win.timer_round = QLabel(objectName="timerRound")
    win.timer_round.setWordWrap(True)
    win.start_btn = QPushButton("Start", objectName="startRoundButton")
    win.next_btn = QPushButton("Next round", objectName="nextRoundButton")
    win.replan_btn = QPushButton("Re-plan to end on time", objectName="replanButton")
    win.start_btn.clicked.connect(win.toggle_round)
    win.next_btn.clicked.connect(win.next_round)
    win.replan_btn.clicked.connect(win.replan)
    win.question = QLabel(objectName="roundQuestion")
    win.question.setTextFormat(Qt.TextFormat.PlainText)
    win.question.setWordWrap(True)
    # The template's advice for the facilitator on this round: for their eyes only (the
    # presenter view does not show it).
    win.guidance = QLabel(objectName="roundGuidance")
    win.guidance.setTextFormat(Qt.TextFormat.PlainText)
    win.guidance.setWordWrap(True)
    win.guidance.setStyleSheet(f"color: {ink('#5f5f5f', win.guidance)}; font-style: italic;")
    win.entry = CaptureLine(objectName="noteEntry")
    win.entry.setPlaceholderText(CAPTURE_PLACEHOLDER)
    # Screen readers named none of the window's lines, lists and tables: "edit, blank".
    win.entry.setAccessibleName("New note")
    win.entry.setAccessibleDescription(CAPTURE_PLACEHOLDER)
    win.entry.returnPressed.connect(win.capture)
    win.entry.lines_pasted = lambda lines, how: add_pasted_lines(win, lines, how)
    win.entry.paste_refused = lambda length, how: say_paste_too_big(win, length, how)
    win.entry.textEdited.connect(win.clear_capture_error)
    win.entry.installEventFilter(win)
    win.mentions = MentionCompleter(win.entry)
    win.fn_label = QLabel(objectName="captureFunction")
    win.board = NoteBoard(win.store)
    win.board.setAccessibleName("Note cards of the round")
    # A Tab stop after the note line: Tab went from the line to the Themes panel, past
    # the cards, and only Down (or the mouse) reached them.
    win.board.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    win.board.setMinimumWidth(win.board.card_size.width() + 48)  # one column, at least
    win.board.note_edited.connect(win.save_note_text)

    left = QWidget()
    lv = QVBoxLayout(left)
    lv.addWidget(QLabel("Agenda"))
    lv.addWidget(win.agenda, 1)
    lv.addWidget(win.timer_round)
    lv.addWidget(win.timer_label)
    lv.addWidget(win.projected)
    row = QHBoxLayout()
    row.addWidget(win.start_btn)
    row.addWidget(win.next_btn)
    lv.addLayout(row)
    more = QHBoxLayout()
    for minutes, name in ((1, "addMinuteButton"), (5, "addFiveButton")):
        button = QPushButton(f"+{minutes} min", objectName=name)
        button.setToolTip(
            f"Give this round {minutes} more minute{'s' if minutes > 1 else ''}"
            f" (Ctrl+{'Shift+' if minutes > 1 else ''}Up)"
        )
        button.setAccessibleName(  # not "plus 1 min"
            f"Add {minutes} minute{'s' if minutes > 1 else ''} to the round"
        )
        button.clicked.connect(lambda _=False, m=minutes: win.extend_round(m))
        more.addWidget(button)
        setattr(win, f"add{minutes}_btn", button)
    lv.addLayout(more)
    lv.addWidget(win.replan_btn)
    centre = QWidget()
    cv = QVBoxLayout(centre)
    cv.addWidget(win.question)
    cv.addWidget(win.guidance)
    er = QHBoxLayout()
    er.addWidget(win.fn_label)
    er.addWidget(win.entry, 1)
    cv.addLayout(er)
    win.long_note = LongNoteWarning(win.entry, win.note_length)
    cv.addWidget(win.long_note)
    # Alt+1/2/3 hide the other functions' cards: said above them while it lasts (the
    # theme headers still count every note, and the filter was easy to forget).
    win.filter_banner = QLabel(objectName="filterBanner")
    win.filter_banner.setStyleSheet(
        "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c36a;"
        " border-radius: 3px; padding: 2px 6px; }"
    )
    # It must not ask for width: at 1024 pixels its one line pushed the side panel
    # narrower each time it showed, and the panel stayed narrow.
    win.filter_banner.setWordWrap(True)
    win.filter_banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    win.filter_banner.hide()
    cv.addWidget(win.filter_banner)
    cv.addWidget(win.board, 1)
    split = QWidget()
    sh = QHBoxLayout(split)
    left.setMaximumWidth(320)
    win._left = left
    sh.addWidget(left)
    sh.addWidget(centre, 1)
    win.setCentralWidget(split)
    win.setStatusBar(WrappingStatusBar(win))
