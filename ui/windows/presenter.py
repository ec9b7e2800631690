"""The presenter view for the projector: question in large type, timer, wall of notes.

With a second screen it goes full screen there and never takes focus
(Qt.WindowDoesNotAcceptFocus, shown without activation), so the facilitator keeps typing
in the main window. With one screen it covers that screen, in front and active, until
Esc or F5 brings the facilitator back to the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.windows.contrast import ink
from ui.windows.presenter_fit import WallSizing
from ui.windows.presenter_key import place_key, text_lines
from ui.windows.presenter_line import ECHO_POINTS, SAY_POINTS, TopLine
from ui.windows.presenter_spoken import SpokenQuestion, spoken_top
from ui.windows.presenter_top import CLOCK_POINTS, ClockLabel, fit_top
from ui.windows.wall import WallBoard
from ui.windows.wall_actions import CommitmentsWall
from ui.windows.wall_cues import WallCues
from ui.windows.wall_join import JoinStrip
from ui.windows.wall_key import SideKey
from ui.windows.wall_pages import turn_page


def other_screen(main: QWidget) -> QScreen | None:
    """A screen other than the facilitator's (the projector), or None with one screen."""
    here = main.screen()
    return next((s for s in here.virtualSiblings() if s is not here), None)


class PresenterWindow(TopLine, WallSizing, QWidget):
    """Follows the current round; anonymous sessions show no names."""

    # Said in the room's language ("room.hint"), as everything fixed on the view is.
    HINT = "Esc or F5: back to the main window. Type to add a note."
    # Esc or F5 brought the facilitator's window back (on one screen).
    returned = Signal()
    # The commitments went up in the wall's place (True), or the notes came back (False).
    commitments_shown = Signal(bool)

    def __init__(self, board_source, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle("Roundtable — presenter view")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._return_to: QWidget | None = None
        store = board_source.store
        # Takes the keyboard on one screen, for a screen reader to read the round, its
        # question and the time left on demand (presenter_spoken.py).
        self.question = SpokenQuestion(lambda: spoken_top(self), objectName="presenterQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setFont(QFont(self.font().family(), 34, QFont.Weight.Bold))
        self.timer = ClockLabel(objectName="presenterTimer")
        self.timer.setFont(QFont(self.font().family(), CLOCK_POINTS[0], QFont.Weight.Bold))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Shown only when the view covers the facilitator's own screen.
        self.hint = QLabel(self.HINT, objectName="presenterHint")
        # Grey, yet readable on a dark window as on a light one (palette(mid) was not).
        self._grey = f"color: {ink('#6b6b6b', self.hint)};"
        self.hint.setStyleSheet(self._grey)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # In two lines where the clock leaves less room than it takes in one (a paused clock
        # on an 800-pixel screen cut it after "back to the main").
        self.hint.setWordWrap(True)
        # A long note being typed must not widen the view and push the clock off screen:
        # the line takes the room beside the clock and no more (see _echo).
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setMinimumWidth(0)
        # As tall as the most it usually says (a note being typed, two lines of a word from
        # the main window): above the question, a line that grew or shrank with each key
        # moved the question and the whole wall up and down as every note was typed.
        tallest = 0
        for points, lines in ((ECHO_POINTS, "Q"), (SAY_POINTS, "Q\nQ")):
            probe = QLabel(lines)
            font = QFont(self.hint.font())
            font.setPointSize(points)
            probe.setFont(font)
            tallest = max(tallest, probe.sizeHint().height())
        self.hint.setMinimumHeight(tallest)
        self.hint.hide()
        self._typed = ""
        self._echoed_beside = 0  # the clock's width when the typed line was last measured
        self._offer = ""  # the session running late, and the key that re-plans it
        self._waiting = ""  # notes from phones held for the facilitator (ui/held_tray.py)
        self._saying = False  # a word from say() stands until the next key
        self.wall = WallBoard(store, self)
        self.wall.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.wall.installEventFilter(self)
        self.wall.show_names = not store.session().anonymous
        self._scale = 1.0
        self._apply_scale(1.0)
        # Cards shrink (down to MIN_SCALE) until the whole round fits on the wall.
        self._fit_pending = False
        model = self.wall.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._fit_later)
        # The question stands beside the clock, under the hint: on the projector (no hint)
        # a row of its own for the clock took 75 pixels from the notes. A question too long
        # for the room beside the clock goes under it, across the view (_fit_question).
        self._beside = QVBoxLayout()
        self._beside.setContentsMargins(0, 0, 0, 0)
        self._beside.addWidget(self.hint)
        self._beside.addWidget(self.question)
        self._fitted_for: tuple[int, int, str, str, int, int] | None = None
        self._top = top = QHBoxLayout()
        top.addLayout(self._beside, 1)
        top.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        # How to send notes from a phone, when put there: the code beside the clock (the
        # question mostly takes its height there already), the address at the foot.
        self.join = JoinStrip(self, lambda: self.wall.words)
        top.addWidget(self.join.code, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        # The view is the screen's size, whatever its top held a moment before (the clock
        # in one line, before the question was fitted beside it widened a 1024 view to 1103).
        lay.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        lay.addLayout(top)
        lay.addWidget(self.wall, 1)
        # The session's commitments in the wall's place, while put there (Ctrl+F5).
        self.commitments = CommitmentsWall(store, lambda: self.wall.words, self)
        self.commitments.hide()
        lay.addWidget(self.commitments, 1)
        # Which letter and colour is whose note, in the room's words: under the clock when
        # the top row has room for it there, else under the wall (presenter_key.py).
        self.side_key = SideKey(lambda: self.wall.words, self)
        self.wall.redrawn.connect(self.side_key.retell)
        self.wall.redrawn.connect(self._place_key_later)
        lay.addWidget(self.side_key)
        self._key_pending = False
        self._key_placed_for: tuple | None = None  # what the key was placed by (_place_key)
        lay.addWidget(self.join)
        # A round too big for the wall even with the smallest cards scrolls: lines at its top
        # and bottom tell the room how many notes are out of view (wall_cues.py).
        self.cues = WallCues(self.wall, lambda: self._points)
        self.more = self.cues.below
        self.resize(1280, 720)
        for key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            QShortcut(QKeySequence(key), self, activated=self.close_view)

    def show_join(self, url: str | None) -> None:
        """Show how to send notes from a phone to `url` (None: not): its code beside the
        clock, the address at the foot."""
        self.join.show_url(url)
        self._fitted_for = None  # the question has less room beside the clock, or more again
        self._fit_question()
        self._fit_later()  # the wall has that much less room, or more again

    def _place_key_later(self) -> None:
        if not self._key_pending:
            self._key_pending = True
            QTimer.singleShot(0, self, self._place_key)

    def _place_key(self) -> None:
        """The side key under the clock if the top row has room for it, else under the wall."""
        self._key_pending = False
        self.layout().activate()  # the top as it now stands
        # Not in the hint's line, where the note being typed grows to the clock.
        words = [self.hint.geometry()] if self.hint.isVisible() else []
        if self._beside.indexOf(self.question) >= 0:
            words += text_lines(self.question, self)
        top, clock = self._top.geometry(), self.timer.geometry()
        # Placed again only when what it stands by changed: trying the key in a line and
        # stacked lays the view out again, which placed it again, without end (a busy core).
        seen = (top.getRect(), clock.getRect(), [w.getRect() for w in words])
        seen += (self.side_key.accessibleName(),)  # its words (the room's language)
        if seen == self._key_placed_for:
            return
        place_key(self.side_key, self, top, clock, words)
        self._key_placed_for = seen

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._place_key_later()
        self.cues.update()
        self._fit_question()
        if self._typed:
            self._echo(self._typed)
        self._fit_later()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt name)
        if visible:  # (show() comes here too) a round given to the hidden wall, drawn now
            self.wall.draw_if_undrawn()
        super().setVisible(visible)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.cues.update()  # not counted while hidden
        self._fit_later()

    def _fit_question(self) -> None:
        """The question beside the clock, or under it when too long, each in the type that
        fits (presenter_top.py). It wraps between words and is never cut."""
        margins = self.layout().contentsMargins()
        whole = self.width() - margins.left() - margins.right()
        tall = 0
        if self.join.url is not None:  # the code to join by stands beside the clock
            whole -= self.join.code.sizeHint().width() + self.layout().spacing()
            tall = self.join.code.sizeHint().height()
        whole = max(200, whole)
        text, clock = self.question.text(), self.timer.text()
        hint = 0 if self.hint.isHidden() else self.hint.minimumHeight()  # (on one screen)
        if self._fitted_for == (whole, self.height(), clock, text, tall, hint):
            return
        self._fitted_for = (whole, self.height(), clock, text, tall, hint)
        gap = max(self.layout().spacing(), 6)
        points, clock_points, two_lines, under = fit_top(
            self.question.font(),
            self.timer.font(),
            text,
            clock,
            (whole, self.height()),
            gap,
            tall,
            hint,
        )
        self.timer.set_two_lines(two_lines)
        for label, size in ((self.question, points), (self.timer, clock_points)):
            if label.font().pointSize() != size:
                font = QFont(label.font())
                font.setPointSize(size)
                label.setFont(font)
        by_clock = not under
        if by_clock != (self._beside.indexOf(self.question) >= 0):
            lay = self.layout()
            if by_clock:
                lay.removeWidget(self.question)
                self._beside.addWidget(self.question)
            else:
                self._beside.removeWidget(self.question)
                lay.insertWidget(1, self.question)

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The wall's height changes with the top's (a question moved under the clock, a
        larger clock): its cards are fitted again."""
        if watched is self.wall and event.type() == QEvent.Type.Resize:
            self._fit_later()
            self._place_key_later()
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        """The clock's text changes width ("12:00", "Paused 12:00"): the question's room
        beside it changes too."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_question()
            self._place_key_later()
        return super().event(event)

    def show_round(self, round_id: int | None, question: str) -> None:
        self.question.setText(question)
        self._fit_question()
        self.wall.show_round(round_id)
        # The room's words may have changed with the round (its language is read again).
        self.join.retell()
        if not self._typed and not self._saying:
            self._echo("")

    def show_commitments(self, on: bool) -> None:
        """The session's commitments in the wall's place (True), or the notes again."""
        if not on:  # a round given (or edited) while they were up: drawn with its notes now
            self.wall.draw_if_undrawn()
        self.wall.setVisible(not on)
        self.side_key.setVisible(not on)
        self.commitments.setVisible(on)
        self.commitments_shown.emit(on)
        self._place_key_later()
        if not on:
            self.cues.update()  # not counted while the notes were away
            self._fit_later()

    def showing_commitments(self) -> bool:
        return not self.commitments.isHidden()

    def present(self, main: QWidget) -> bool:
        """Show the view full screen and scrolled to the top.

        With a second screen it goes there without taking focus, and True is returned: the
        facilitator goes on typing in `main`. With one screen it covers `main`'s screen,
        raised and active (Esc or F5 closes it and brings `main` back), and False is
        returned.
        """
        target = other_screen(main)
        beside = target is not None
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, beside)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, beside)
        self._return_to = None if beside else main
        self.hint.setVisible(not beside)
        screen = target or main.screen()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        # Not showFullScreen(): it also activates the window, which the projector's must not.
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.show()
        if not beside:
            self.raise_()
            self.activateWindow()
            # What has the keyboard here: keys it does not use (typing, Page Down) go on to
            # the view, as before it could take them.
            self.question.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        # The wall may have been scrolled to its newest card while hidden (and tiny).
        self.wall.forget_top()
        self.wall.scrollToTop()
        QTimer.singleShot(0, self.wall, self.wall.scrollToTop)
        return beside

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """On one screen, typing goes on: keys go to the main window's capture line, which
        the view echoes in its top line, and Enter adds the note (the wall shows it)."""
        bar = self.wall.verticalScrollBar()
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self.showing_commitments():
            self.commitments.page(down=event.key() == Qt.Key.Key_PageDown)
            return
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            # The room reads on: the wall scrolls about a screen at a time, to where a
            # band of themes or a line of cards starts (wall_pages.py).
            turn_page(self.wall, down=event.key() == Qt.Key.Key_PageDown)
            if event.key() == Qt.Key.Key_PageUp and not self.cues.above.isVisible():
                # No note above any more: to the very top, header and all (the top line's
                # leaving moved the wall by its height and left the header cut off).
                bar.setValue(0)
            return
        entry = getattr(self._return_to, "entry", None)
        typing = event.text().isprintable() and event.text() != ""
        editing = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace)
        if entry is None or not (typing or editing) or not entry.isEnabled():
            super().keyPressEvent(event)
            return
        # The note goes to the round on the wall, whichever round the main window had open.
        main = self._return_to
        if self.wall.round_id is not None and main.shown_round_id() != self.wall.round_id:
            main.show_round(self.wall.round_id)
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        before = main.statusBar().currentMessage()
        QApplication.sendEvent(entry, copy)
        self._echo(entry.text())
        said = main.statusBar().currentMessage()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and said and said != before:
            # What the main window said of the note ("not on the roster", "too long") is
            # hidden behind this view: it shows here, in the hint's place, in the room's
            # language (the room reads it too).
            self.say(main.note_said_on_the_wall(said))

    def close_view(self) -> None:
        """Esc or F5 in the view: hide it and bring the facilitator's window back."""
        self._echo("")
        self.hide()
        back, self._return_to = self._return_to, None
        if back is not None and back.isVisible():
            back.raise_()
            back.activateWindow()
            self.returned.emit()
