"""A note card's parts, shared by the board, the wall and the Themes panel: the data roles
of a card item, the proposed-theme tag and its height, the in-place editor and the delegate
that paints and edits a card, and what a drag of cards carries."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from roundtable.export.languages import Words, words
from ui.windows.card_fit import LINE_BREAK, fitted_text, open_question_line, text_area
from ui.windows.card_fit import OPEN_QUESTION_LINE as OPEN_QUESTION_LINE  # (re-exported)
from ui.windows.card_images import CardImages
from ui.windows.contrast import BODY, legible, luminance
from ui.windows.keyboard import undo_goes_on
from ui.windows.typed_in_place import editing

if TYPE_CHECKING:
    from ui.windows.note_board import NoteBoard

ENGLISH = words("en")  # the main window's board says its fixed words in English

# A card's colour says whose note it is: the writer's function.
COLOURS = {"sales": "#fff3a8", "marketing": "#bfe6ff", "other": "#d9f2c4"}
PROPOSAL_COLOUR = QColor("#0b4f9c")
QUESTION_COLOUR = QColor("#8a1538")  # the "? Open question" mark under a card's note
_WRAP = int(Qt.TextFlag.TextWordWrap)
FOCUS_COLOUR, FOCUS_WIDTH = QColor("#111111"), 2
# A selected card's frame, and the margin inside a card that keeps its text clear of frames.
SELECTED_WIDTH, CARD_INSET, CORNER = 3, 4, 18
KIND, ID = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1
PROPOSAL = Qt.ItemDataRole.UserRole + 2
# The letter of the note's side (sales, marketing, other) drawn at the card's leading edge:
# the colours alone were lost to a colour-blind reader and on a washed-out projector.
SIDE = Qt.ItemDataRole.UserRole + 3
MARK_INK = QColor("#333333")
NOTE_IDS = "application/x-roundtable-note-ids"
# A card selected or with the keyboard is framed; any other is a plain card.
_MARKED = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus).value


def proposal_line(label: str) -> str:
    """The line a card's text carries for its proposed theme (painted as a tag)."""
    return f"Suggested theme: {label}"


def count_line(counts: dict[str, int], w: Words = ENGLISH) -> str:
    """The header count, "3 notes  (S 1 · M 2 · O 0)", from notes counted by function, in
    the words `w` (the wall's are the room's: "3 Notizen  (V 1 · M 2 · S 0)")."""
    return w(
        "room.count_line",
        notes=w.count(sum(counts.values()), "notes"),
        sales=counts.get("sales", 0),
        marketing=counts.get("marketing", 0),
        other=counts.get("other", 0),
    )


def right_to_left(text: str) -> bool:
    """Whether the text's first letter with a direction is of a right-to-left script."""
    if text.isascii():  # (no ASCII character is)
        return False
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def slants(text: str) -> bool:
    """Whether the text can be set in italic: every letter Latin, Greek or Cyrillic. Arabic,
    Hebrew, Chinese, Japanese and most other scripts have no italic in common fonts, and Qt
    drew such a name as empty boxes (a suggested Arabic theme name in the Themes panel)."""
    return all(ord(ch) < 0x0530 or 0x1D00 <= ord(ch) < 0x2000 for ch in text if ch.isalpha())


def tag_height(font: QFont, proposal: str) -> int:
    """The height of the proposed-theme tag at a card's foot (two lines under a rule)."""
    tag_font = QFont(font)
    tag_font.setItalic(slants(proposal))
    return 2 * QFontMetrics(tag_font).height() + 8


def selection_colour(palette: QPalette) -> QColor:
    """The frame of a selected card: the palette's highlight, darkened until it stands out
    on every card colour (the cards are pale in a light or a dark window alike)."""
    darkest = min((QColor(c) for c in COLOURS.values()), key=luminance)
    return legible(palette.color(QPalette.ColorRole.Highlight), darkest, BODY)


def side_mark(function: str, w: Words = ENGLISH) -> str:
    """The letter a card of `function` carries, in the words `w` ("S", on the wall "V")."""
    return w(f"room.mark_{function}")


def mark_box(font: QFont) -> tuple[QFont, int, int]:
    """The side letter's type (bold) and its box's width and height in a card's `font`: the
    widest letter's, whatever the language's letters, so a card's lines wrap alike."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    return bold, metrics.horizontalAdvance("W") + 6, metrics.height()


_ROOM_FOR_MARK: dict[str, str] = {}


def marked(text: str, font: QFont) -> str:
    """`text` after the room its side letter takes at the start of its first line: spaces
    that do not break, as wide as the letter's box and a gap. Only the first line is
    shorter, not every line beside a margin: a margin down the card cost the 1024x768 wall
    three points of type."""
    key = font.key()
    room = _ROOM_FOR_MARK.get(key)
    if room is None:
        width = mark_box(font)[1] + 4
        space = max(1, QFontMetrics(font).horizontalAdvance("\u00a0"))
        room = _ROOM_FOR_MARK.setdefault(key, "\u00a0" * -(-width // space))
    return room + text


def draw_side_mark(
    painter: QPainter, opt: QStyleOptionViewItem, letter: str | None, ink: QColor = MARK_INK
) -> None:
    """The side letter in a box where its card's first line starts (see `marked`), in `ink`
    (a list's selected row: its selected text's colour)."""
    if not letter:
        return
    bold, width, height = mark_box(opt.font)
    area = text_area(opt)
    right = bool(opt.displayAlignment & Qt.AlignmentFlag.AlignRight)
    left = area.right() - width + 1 if right else area.left()
    line = QFontMetrics(opt.font).height()
    box = QRect(left, area.top() + max(0, (line - height) // 2), width, height)
    painter.save()
    painter.setFont(bold)
    painter.setPen(QPen(ink, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), letter)
    painter.restore()


def read_from_the_right(opt: QStyleOptionViewItem) -> None:
    """A card set at the right (a note in Arabic or Hebrew) is laid out right to left, so
    the room `marked` keeps for its side letter is at the right, where the letter is drawn:
    laid out left to right, the room was at the left and the letter covered the first word."""
    if opt.displayAlignment & Qt.AlignmentFlag.AlignRight:
        opt.direction = Qt.LayoutDirection.RightToLeft
        opt.displayAlignment |= Qt.AlignmentFlag.AlignAbsolute  # the right stays the right


def note_ids_in(mime: QMimeData) -> list[int]:
    """The ids of the cards a drag from the board carries ([] for any other drag)."""
    if not mime.hasFormat(NOTE_IDS):
        return []
    raw = bytes(mime.data(NOTE_IDS).data()).decode("ascii")
    return [int(part) for part in raw.split(",") if part.isdigit()]


class CardEditor(QPlainTextEdit):
    """The in-place editor of a card: Enter saves, Shift+Enter breaks the line, Esc cancels.

    Home and End go to the start and end of the line as typed, not of the line as wrapped
    on the card: F2, Home, "s: " put the prefix inside a wrapped note ("... top 20 s:
    accounts"), which then kept its function and the stray prefix.
    """

    finished = Signal()
    let_go = Signal()  # closed unchanged, as Esc closes it

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z with nothing of its own to undo is the session's undo: F2 then Ctrl+Z did
        nothing. The editor closes as Esc closes it and the key goes on to the window's
        Undo (Ctrl+Shift+Z: Redo), as in the theme name editor and the empty note line."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            document = self.document()
            if undo_goes_on(event, document.isUndoAvailable(), document.isRedoAvailable()):
                self.let_go.emit()
                event.ignore()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        mods = event.modifiers()
        if enter and not mods & Qt.KeyboardModifier.ShiftModifier:
            self.finished.emit()
            return
        ends = {
            Qt.Key.Key_Home: QTextCursor.MoveOperation.StartOfBlock,
            Qt.Key.Key_End: QTextCursor.MoveOperation.EndOfBlock,
        }
        if event.key() in ends and not mods & ~Qt.KeyboardModifier.ShiftModifier:
            cursor = self.textCursor()
            keep = (
                QTextCursor.MoveMode.KeepAnchor
                if mods & Qt.KeyboardModifier.ShiftModifier
                else QTextCursor.MoveMode.MoveAnchor
            )
            cursor.movePosition(ends[event.key()], keep)
            self.setTextCursor(cursor)
            return
        super().keyPressEvent(event)


class CardDelegate(QStyledItemDelegate):
    """Edits a card's note text (not the name or proposal lines shown under it).

    Saving emits the board's `note_edited`; the item is not changed here, the board
    follows the store once the edit is stored (so undo and the file stay the truth).
    """

    def __init__(self, board: NoteBoard) -> None:
        super().__init__(board)
        self.board = board
        # note id -> text of an edit the store refused: the editor opens again with it.
        self.refused: dict[int, str] = {}
        self._images = CardImages()  # plain cards, drawn once and copied (card_images.py)

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt name)
        editor = CardEditor(parent)
        editor.setObjectName("cardEditor")
        editor.setAccessibleName("Note text")  # a screen reader said only "edit text"
        editor.setTabChangesFocus(True)
        editor.finished.connect(lambda: self._close(editor))
        editor.let_go.connect(
            lambda: self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.RevertModelCache)
        )
        # What is typed here outlives a crash, put back on the card (typed_in_place.py).
        note_id, store = index.data(ID), self.board.store
        place = {"kind": "note", "id": note_id}
        stored = lambda: store.note(note_id).text  # noqa: E731
        editing(self.board, editor, place, editor.toPlainText, stored, editor.textChanged)
        return editor

    def _close(self, editor: CardEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:  # noqa: N802 (Qt name)
        if editor.property("filled"):
            # Filled once, as it opened: a card resized while it was open (a note added
            # to the board) set the note's text back into it, over what was being typed.
            return
        editor.setProperty("filled", True)
        note_id = index.data(ID)
        refused = self.refused.pop(note_id, None)
        editor.setPlainText(refused if refused is not None else self.board.store.note(note_id).text)
        # The cursor at the end: a stray key adds a letter instead of replacing the note.
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        """A card keeps its function's colour when selected, framed in the highlight colour;
        a proposed theme shows as a tag at its foot, in italic blue under a rule, so it never
        reads as part of the note; the card with the keyboard has a dark inner frame."""
        if index.data(KIND) != "note":
            super().paint(painter, option, index)
            return
        state = option.state.value  # (an int: Qt's flags are slow to combine in Python)
        if not state & _MARKED and not index.data(PROPOSAL):
            # Most cards, on every paint of the board and the wall: copied as drawn before.
            self._images.paint(painter, option, index, state, self._paint_plain)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        read_from_the_right(opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        focused = bool(opt.state & QStyle.StateFlag.State_HasFocus)
        # Qt filled a selected card with the highlight colour: while picking notes for
        # Ctrl+G the facilitator could no longer see which were sales and which marketing.
        opt.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        card = QRect(opt.rect)
        painter.fillRect(card, index.data(Qt.ItemDataRole.BackgroundRole))
        opt.backgroundBrush = QBrush()  # filled above, under the frame's inset too
        # The text sits inside the frames, so a frame never covers a letter.
        opt.rect = card.adjusted(CARD_INSET, CARD_INSET, -CARD_INSET, -CARD_INSET)
        side = index.data(SIDE)
        if side:  # the note's side as a letter where its text starts
            opt.text = marked(opt.text, opt.font)
        proposal = index.data(PROPOSAL)
        if proposal:
            self._paint_with_tag(painter, opt, proposal)
        else:
            opt.text = fitted_text(opt)
            self._draw_item(painter, opt)
        draw_side_mark(painter, opt, side)
        colour = selection_colour(opt.palette) if selected else QColor()
        painter.save()
        if selected:
            painter.setPen(QPen(colour, SELECTED_WIDTH))
            inset = SELECTED_WIDTH / 2
            painter.drawRect(QRectF(card).adjusted(inset, inset, -inset, -inset))
        if focused:
            # The card with the keyboard: a selected card looked the same whether the
            # keyboard was on the board or in the note line, and among several selected
            # cards nothing said which one Shift+arrow would move from.
            painter.setPen(QPen(FOCUS_COLOUR, FOCUS_WIDTH))
            half = FOCUS_WIDTH / 2 + (SELECTED_WIDTH if selected else 0)
            painter.drawRect(QRectF(card).adjusted(half, half, -half, -half))
        if selected:
            # A folded corner too, so a selected card reads as selected at a glance (and
            # without telling colours apart).
            corner = QRectF(card).topRight()
            fold = [corner, corner - QPointF(CORNER, 0), corner + QPointF(0, CORNER)]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(QPolygonF(fold))
        painter.restore()

    def _paint_plain(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        """A card neither selected nor with the keyboard, without a proposal: the colour
        over the whole card, the text inside the frames' inset after its side letter."""
        painter.fillRect(option.rect, index.data(Qt.ItemDataRole.BackgroundRole))
        inner = QStyleOptionViewItem(option)
        self.initStyleOption(inner, index)
        read_from_the_right(inner)
        inner.rect = option.rect.adjusted(CARD_INSET, CARD_INSET, -CARD_INSET, -CARD_INSET)
        side = index.data(SIDE)
        if side:  # the note's side as a letter where its text starts
            inner.text = marked(inner.text, inner.font)
        inner.text = fitted_text(inner)  # a note longer than the card: whole lines and "…"
        self._draw_item(painter, inner)
        draw_side_mark(painter, inner, side)  # (over the text's background)

    @staticmethod
    def _draw_item(painter: QPainter, opt: QStyleOptionViewItem) -> None:
        """The card's text; an open question's mark under it in bold, in its own colour (as
        a plain line it read as the end of the note)."""
        style = opt.widget.style() if opt.widget else QApplication.style()
        said = open_question_line(opt.widget)  # on the wall, in the room's language
        body = opt.text.removesuffix(f"{LINE_BREAK}{said}")
        if body == opt.text:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
            return
        opt.text = body
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        area = text_area(opt)
        used = QFontMetrics(opt.font).boundingRect(area, _WRAP, body.replace(LINE_BREAK, "\n"))
        font = QFont(opt.font)
        font.setBold(True)
        # In bold it may be wider than the card, which was sized for it in plain type: a
        # size smaller then, not cut at the edge ("? Pregunta abiert" on the wall).
        while font.pointSize() > 6 and QFontMetrics(font).horizontalAdvance(said) > area.width():
            font.setPointSize(font.pointSize() - 1)
        background = opt.index.data(Qt.ItemDataRole.BackgroundRole)
        colour = legible(QUESTION_COLOUR, background.color() if background else QColor("white"))
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        side = opt.displayAlignment & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
        mark = area.adjusted(0, used.height(), 0, 0)
        painter.drawText(mark, int(side | Qt.AlignmentFlag.AlignTop), said)
        painter.restore()

    def _paint_with_tag(self, painter: QPainter, opt: QStyleOptionViewItem, proposal: str) -> None:
        """The card's text above, the proposed theme's tag at its foot."""
        # initStyleOption turns line breaks into Unicode line separators.
        line = proposal_line(proposal)
        opt.text = opt.text.removesuffix(f"\u2028{line}").removesuffix(f"\n{line}")
        font = QFont(opt.font)
        font.setItalic(slants(proposal))
        tag_h = tag_height(opt.font, proposal)
        card = QRect(opt.rect)
        opt.rect = card.adjusted(0, 0, 0, -tag_h)
        opt.text = fitted_text(opt)  # whole lines above the tag, not one under its rule
        self._draw_item(painter, opt)
        tag = QRect(card.left() + 3, card.bottom() - tag_h, card.width() - 6, tag_h)
        painter.save()
        painter.setPen(PROPOSAL_COLOUR)
        painter.drawLine(tag.topLeft(), tag.topRight())
        painter.setFont(font)
        painter.drawText(
            tag.adjusted(0, 3, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            f"→ {proposal}? Ctrl+Return",
        )
        painter.restore()

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 (Qt name)
        note_id = index.data(ID)
        text = editor.toPlainText()
        if text != self.board.store.note(note_id).text:
            self.board.note_edited.emit(note_id, text)
