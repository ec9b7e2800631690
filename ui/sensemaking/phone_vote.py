"""Vote from phones… (Ctrl+Alt+V, and a button in the Votes panel): the room votes on the
themes of the round the Votes panel shows with dots on their phones, not paper.

The facilitator opens voting, saying how many dots each person has; the phones (which
already take notes: ui/phones_action.py) show the themes and send their dots
(roundtable/server/voting.py). Each ballot is in the file the moment it comes, and the
voting stays open over a restart (roundtable/store/ballots.py). While it is open, the panel
shows how many phones have voted and their dots per theme, which count nowhere yet. "Close
phone voting" adds them to the room's counts per function, one undo step (ClosePhoneVote):
Ctrl+Z takes them out again and opens the same voting again, and the status line says so.

Opening is not an undo step: it changes no count, as starting the phones does not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roundtable.model import Change, InvalidInput, counted
from roundtable.store.ballots import MAX_PHONE_DOTS
from ui.sensemaking.vote_commands import ClosePhoneVote, closed_said

KEYS = "Ctrl+Alt+V"
OPEN = "Vote from phones…"
CLOSE = "Close phone voting"


class DotsDialog(QDialog):
    """How many dots each person has, before voting opens."""

    def __init__(self, parent: QWidget, said: str, dots: int) -> None:
        super().__init__(parent)
        self.setObjectName("phoneVoteDialog")
        self.setWindowTitle("Vote from phones")
        about = QLabel(said, objectName="phoneVoteAbout")
        about.setWordWrap(True)
        self.dots = QSpinBox(objectName="phoneVoteDots")
        self.dots.setRange(1, MAX_PHONE_DOTS)
        self.dots.setValue(dots)
        self.dots.setAccessibleName("Dots each person has")
        self.dots.setSuffix(" dots each")
        buttons = QDialogButtonBox()
        go = buttons.addButton("Open voting", QDialogButtonBox.ButtonRole.AcceptRole)
        go.setObjectName("phoneVoteOpen")
        go.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("phoneVoteCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(about)
        lay.addWidget(QLabel("How many dots does each person have?"))
        lay.addWidget(self.dots)
        lay.addWidget(buttons)


class PhoneVoting(QWidget):
    """The button that opens and closes voting from phones, and what the phones gave."""

    def __init__(self, window: QMainWindow, panel: QWidget) -> None:
        super().__init__(panel)
        self.setObjectName("phoneVoteBox")
        self.window_, self.panel = window, panel
        self.store = window.store  # type: ignore[attr-defined]
        self.button = QPushButton(OPEN, objectName="phoneVoteButton")
        self.button.setToolTip("The room votes on this round's themes with dots on their phones")
        self.button.clicked.connect(self.open_or_close)
        self.button.setEnabled(not self.store.read_only)
        # While voting is open: how many phones voted (bold), and their dots per theme.
        self.frame = QFrame(objectName="phoneVoteFrame")
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.head = QLabel(objectName="phoneVoteHead")
        bold = self.head.font()
        bold.setBold(True)
        self.head.setFont(bold)
        self.live = QLabel(objectName="phoneVoteLive")
        for label in (self.head, self.live):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # theme names are typed text
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(6, 4, 6, 4)
        inner.addWidget(self.head)
        inner.addWidget(self.live)
        self.dialog: DotsDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.button)
        lay.addWidget(self.frame)
        self.action = QAction(OPEN, window, objectName="phoneVoteAction")
        self.action.setShortcut(QKeySequence(KEYS))
        self.action.triggered.connect(self.open_or_close)
        self.action.setEnabled(not self.store.read_only)
        window.signals.changed.connect(self._store_changed)  # type: ignore[attr-defined]
        window.round_shown.connect(lambda _rid: self.refresh())  # type: ignore[attr-defined]
        # Whether the phones run is not in the file: looked at while voting is open, so the
        # panel says when they stop (and stops saying so once they run again).
        self._running: bool | None = None
        self._watch = QTimer(self, interval=1000)
        self._watch.timeout.connect(self._phones_looked_at)
        self._stopped = False
        self.refresh()

    def _phones_running(self) -> bool:
        phones = getattr(self.window_, "phones", None)
        return phones is not None and phones.running

    def stop(self) -> None:
        """The window closes: no more looks at the phones (the file is closed next)."""
        self._stopped = True
        self._watch.stop()

    def _phones_looked_at(self) -> None:
        if self._phones_running() != self._running:
            self.refresh()

    def _store_changed(self, change: Change) -> None:
        if change.kind == "phone_vote" or change.kind.startswith("theme"):
            self.refresh()
        if change.kind == "round_started" and self.store.phone_vote() is not None:
            # After what starting the round says of itself (said once the step is done).
            QTimer.singleShot(0, self._still_voting)

    def _still_voting(self) -> None:
        """A round started while phones vote: they show the ballot, not the note box, so
        the room cannot send notes for it until voting closes. Said beside the start."""
        vote = None if self._stopped else self.store.phone_vote()
        if vote is None:
            return
        r = self.store.round(vote.round_id)
        before = self.window_.statusBar().currentMessage()  # type: ignore[attr-defined]
        self.say(
            (f"{before} " if before else "")
            + f"Phone voting on round {r.position} is still open: phones show its ballot, not"
            f" the note box, until you close it ({KEYS})."
        )

    def say(self, text: str) -> None:
        self.window_.show_status(text)  # type: ignore[attr-defined]

    # ----- what the panel shows --------------------------------------------------------------

    def refresh(self) -> None:
        """The button's words, and while voting is open, the phones' dots so far."""
        vote = self.store.phone_vote()
        words = OPEN if vote is None else CLOSE
        if vote is not None and vote.round_id != self.panel.model.round_id:  # type: ignore[attr-defined]
            # The panel shows another round: the button closes the vote, not opens one here.
            words = f"{CLOSE} on round {self.store.round(vote.round_id).position}"
        self.button.setText(words)
        self.action.setText(words)
        self.frame.setVisible(vote is not None)
        presenter = getattr(self.window_, "presenter", None)
        if presenter is not None:  # the wall says it too, beside the code to scan
            wall = None if vote is None else (vote.dots, len(self.store.phone_ballots()))
            presenter.join.show_vote(wall)
        if vote is None:
            self._watch.stop()
            return
        self._watch.start()
        self._running = self._phones_running()
        r = self.store.round(vote.round_id)
        ballots = self.store.phone_ballots()
        dots = self.store.phone_dots()
        given = sum(b.total for b in ballots)
        self.head.setText(
            f"Phone voting open: {counted(len(ballots), 'phone')} voted,"
            f" {counted(given, 'dot')} so far"
        )
        per_theme = " · ".join(
            f"{t.label} {sum(dots.get(t.id, {}).values())}" for t in self.store.themes(r.id)
        )
        said = (
            f"Round {r.position}, “{r.title}”, {vote.dots} dots each. Not in the counts until"
            f" you close it. Phone dots per theme: {per_theme}."
        )
        if not self._running:
            said += "\nPhones are stopped: start them (Ctrl+Shift+J) so the room can vote."
        self.live.setText(said)

    # ----- opening and closing ---------------------------------------------------------------

    def open_or_close(self) -> None:
        if self.store.phone_vote() is None:
            self.ask_to_open()
        else:
            self.close_vote()

    def why_not(self) -> str | None:
        """Why voting cannot open now on the Votes panel's round, or None."""
        if self.store.read_only:
            return "This session is open read-only: phones cannot vote in it."
        phones = getattr(self.window_, "phones", None)
        if phones is None or not phones.running:
            return (
                "Start the phones first (Session > Notes from phones…, Ctrl+Shift+J), then"
                " open voting from phones."
            )
        rid = self.panel.model.round_id  # type: ignore[attr-defined]
        if rid is None:
            return "Show a round first: phones vote on the themes of the round shown."
        themes = self.store.themes(rid)
        if len(themes) < 2:
            r = self.store.round(rid)
            return (
                f"Round {r.position} has {counted(len(themes), 'theme')}: phones vote on two or"
                " more. Group its notes into themes first."
            )
        return None

    def ask_to_open(self) -> None:
        why = self.why_not()
        if why is not None:
            self.say(why)
            self.panel.refuse(why)  # type: ignore[attr-defined]
            return
        rid = self.panel.model.round_id  # type: ignore[attr-defined]
        r = self.store.round(rid)
        themes = self.store.themes(rid)
        said = (
            f"The phones show the {len(themes)} themes of round {r.position}, “{r.title}”, and"
            " each person gives them dots. Their dots count once you close phone voting."
        )
        typed = sum(v.count for v in self.store.votes(rid))
        if typed:
            # Paper dots typed in before stay: a room voting again on phones counts twice.
            said += (
                f"\n\nRound {r.position} already has {counted(typed, 'dot')} counted; the phone"
                " dots are added to them. To count only the phones, set those counts to 0"
                " first."
            )
        dots = min(max(self.store.session().dots_per_person, 1), MAX_PHONE_DOTS)
        self.dialog = DotsDialog(self.window_, said, dots)
        self.dialog.accepted.connect(lambda: self.open_vote(rid, self.dialog.dots.value()))
        self.dialog.open()

    def open_vote(self, round_id: int, dots: int) -> None:
        try:
            self.store.open_phone_vote(round_id, dots)
        except InvalidInput as err:
            self.say(str(err))
            return
        r = self.store.round(round_id)
        self.say(
            f"Phone voting is open on round {r.position}, {dots} dots each: the phones show"
            f" the themes within seconds. {CLOSE} ({KEYS}) adds their dots to the counts."
        )

    def close_vote(self) -> None:
        command = ClosePhoneVote(self.store)
        try:
            self.window_.undo_stack.push(command)  # type: ignore[attr-defined]
        except InvalidInput as err:
            self.say(str(err))
            return
        self.say(f"{closed_said(command.closed)} (Ctrl+Z takes them back out and reopens voting.)")


def install(window: QMainWindow) -> None:
    """Put the button in the Votes panel and Vote from phones… in the Themes menu."""
    from ui.sensemaking.votes import VotesPanel

    panel = window.findChild(VotesPanel, "votesPanel")
    if panel is None:
        return
    box = PhoneVoting(window, panel)
    panel.layout().insertWidget(2, box)  # under the dots setting and the order buttons
    # Tab in the order the panel reads: made after the panel, the button came after the
    # table and the panels' tabs, at the end of the Votes panel instead of above its table.
    order = panel.findChild(QPushButton, "boardOrderButton")
    if order is not None:
        QWidget.setTabOrder(order, box.button)
        QWidget.setTabOrder(box.button, panel.table)
    window.phone_voting = box  # type: ignore[attr-defined]
    window.menu("Themes").addAction(box.action)  # type: ignore[attr-defined]
    window.addAction(box.action)
