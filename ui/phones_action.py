"""Session > Notes from phones… (Ctrl+Shift+J): participants send notes from their phones.

The facilitator starts it once; the dialog shows the address and a code to scan, to put on
the wall too, and how many notes have come. Participants on the same network as the laptop
(the venue's Wi-Fi or the laptop's hotspot) open the address, nothing to install, and their
notes go into the round on the clock as if typed, on the board and on the wall at once.
The server is the core's `roundtable.server.PhoneNotes`, running in the app's qasync loop:
it writes through this window's store, on the thread the store belongs to.

While it runs, the status bar says so and counts the notes ("Phones: 12 notes from 5");
closing the dialog keeps it running, Stop ends it, and closing the window stops it. A
read-only window cannot take notes, so the entry is off there.

"Hold phone notes until I let them in" (off unless ticked, kept per session) stores each
note at once but shows it only once the facilitator lets it in from the tray above the
board (ui/held_tray.py); unticked with notes waiting, the dialog asks whether to let them in.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from roundtable.model import counted
from roundtable.server.addresses import join_addresses
from ui.phones_kept import keep_hold, keep_phones, kept_hold, kept_phones
from ui.phones_said import held_back_said, trouble_said, turned_away_said
from ui.windows.scan_code import CodeLabel
from ui.windows.sizing import keep_on_screen

if TYPE_CHECKING:
    from roundtable.server.participation import PhoneNotes

KEYS = "Ctrl+Shift+J"

ABOUT = (
    "Participants send notes from their phones to the round on the clock: nothing to"
    " install, no account. Their phones must be on the same network as this laptop (the"
    " venue's Wi-Fi, or this laptop's hotspot). Notes arrive on the board and the wall as"
    " if typed here, or, held, once you let them in."
)
NO_NETWORK = (
    "This laptop is on no network, so phones cannot reach it. Join the venue's Wi-Fi or turn"
    " on this laptop's hotspot, then press Check again."
)


HOLD = "Hold phone notes until I let them in"
HOLD_TIP = (
    "Each note from a phone is saved at once but waits in a tray above the board, seen only"
    " by you, until you let it in (or drop it)."
)


def ask_to_let_in(parent: QWidget, waiting: int) -> bool:
    """Unticking Hold with notes waiting: let them in now (True), or leave them waiting."""
    box = QMessageBox(parent)
    box.setObjectName("heldAsk")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Notes waiting")
    they = "it" if waiting == 1 else "them"
    box.setText(
        f"{counted(waiting, 'note')} from phones {'waits' if waiting == 1 else 'wait'} for you."
        f" Let {they} onto the board now?"
    )
    box.setInformativeText(
        f"New notes from phones now go on the board at once. Kept waiting, {they} stay in the"
        " tray above the board until you let them in or drop them."
    )
    yes = box.addButton(f"Let {they} in", QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("heldAskLetIn")
    no = box.addButton("Keep waiting", QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("heldAskKeep")
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def counted_phones(notes: int, phones: int) -> str:
    return f"Phones: {counted(notes, 'note')} from {counted(phones, 'phone')}"


class PhonesDialog(QDialog):
    """The address to join, its code to scan, the count of notes, and Start / Stop."""

    def __init__(self, phones: Phones) -> None:
        super().__init__(phones.window)
        self.phones = phones
        self.setObjectName("phonesDialog")
        self.setWindowTitle("Notes from phones")
        about = QLabel(ABOUT)
        about.setWordWrap(True)
        self.code = CodeLabel(objectName="phonesCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel(objectName="phonesAddress")
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = self.address.font()
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.address.setFont(big)
        self.counted = QLabel(objectName="phonesDialogCount")
        self.said = QLabel(objectName="phonesSaid")
        self.said.setWordWrap(True)
        self.on_wall = QCheckBox("Show the address and code on the wall", objectName="phonesOnWall")
        self.on_wall.setChecked(phones.on_wall)
        self.on_wall.toggled.connect(phones.show_on_wall)
        self.hold = QCheckBox(HOLD, objectName="phonesHold")
        self.hold.setToolTip(HOLD_TIP)
        self.hold.setAccessibleDescription(HOLD_TIP)
        self.hold.setChecked(phones.server.hold)
        # A read-only window takes no notes (its entry to this dialog is off too).
        self.hold.setEnabled(not phones.window.store.read_only)  # type: ignore[attr-defined]
        self.hold.toggled.connect(phones.set_hold)
        self.start = QPushButton("Start taking notes from phones", objectName="phonesStart")
        self.start.clicked.connect(phones.start)
        self.copy = QPushButton("Copy address", objectName="phonesCopy")
        self.copy.clicked.connect(self._copy)
        self.again = QPushButton("Check again", objectName="phonesAgain")
        self.again.clicked.connect(self._check_again)
        self.stop = QPushButton("Stop", objectName="phonesStop")
        self.stop.clicked.connect(phones.stop)
        close = QPushButton("Close", objectName="phonesClose")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.start, self.copy, self.again, self.stop):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        shown = (about, self.code, self.address, self.counted, self.said, self.on_wall, self.hold)
        for widget in shown:
            lay.addWidget(widget)
        lay.addLayout(buttons)
        # Always as tall as its words and code need: left to adjustSize, a dialog opens at
        # most two thirds of the screen high, 400 pixels on an 800x600 screen, where the
        # code lost its bottom rows (too few left to scan) and the address went over it.
        lay.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self.isVisible():  # started, it grows down by the code: at 125% off the screen
            keep_on_screen(self)

    def refresh(self) -> None:
        phones = self.phones
        running = phones.running
        url = phones.url()
        self.start.setVisible(not running)
        self.stop.setVisible(running)
        self.copy.setVisible(url is not None)
        self.again.setVisible(running and url is None)
        self.on_wall.setEnabled(url is not None)
        self.code.setVisible(url is not None)
        self.address.setVisible(url is not None)  # (no blank line where it would be)
        self.counted.setVisible(running)
        self.counted.setText(phones.counted())
        if url is not None:
            self.code.show_code(url, 260)
            self.address.setText(url)
            port = phones.server.served.port if phones.server.served else 0  # (running)
            self.said.setText(
                "If a phone cannot open the page, this laptop's firewall may block port"
                f" {port}: allow Roundtable through it."
            )
        elif running:
            self.address.setText("")
            self.said.setText(NO_NETWORK)
        else:
            self.said.setText(phones.failure)
        self.said.setVisible(bool(self.said.text()))

    def _check_again(self) -> None:
        self.phones.look_for_address()
        self.refresh()

    def _copy(self) -> None:
        url = self.phones.url()
        if url is not None:
            QGuiApplication.clipboard().setText(url)
            self.phones.window.show_status(f"Copied {url}: paste it in a message or a chat.")


class Phones(QObject):
    """Owns Session > Notes from phones… of one main window, and the server behind it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Made when first needed: the web server's library takes 0.2 s to load, which every
        # start of the app paid for a feature most sessions do not use.
        self._server: PhoneNotes | None = None
        self.address: str | None = None
        self.failure = ""
        self.dialog: PhonesDialog | None = None
        self.action = QAction("Notes from &phones…", window)
        self.action.setObjectName("phonesAction")
        self.action.setShortcut(QKeySequence(KEYS))
        self.action.setStatusTip("Participants send notes from their phones over the local network")
        self.action.triggered.connect(self.open_dialog)
        window.menu("Session").addAction(self.action)  # type: ignore[attr-defined]
        window.addAction(self.action)
        self.count = QLabel(objectName="phonesCount")
        self.count.setToolTip("Notes sent from phones; Ctrl+Shift+J shows the address")
        self.count.hide()
        window.statusBar().addPermanentWidget(self.count)
        self._closing: asyncio.Task | None = None  # the stop begun as the window closes
        self._loop: asyncio.AbstractEventLoop | None = None
        self._told = ""  # the saving trouble last shown in the status bar
        # The notes turned away last said in the status bar: (the gap, how many in it).
        self._away_told = (0, 0)
        self._resuming = False  # started again as the session opens, after a crash
        self.on_wall = False  # the wall shows the address and code to join
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._counted)
        window.installEventFilter(self)

    @property
    def server(self) -> PhoneNotes:
        if self._server is None:
            from roundtable.server.participation import PhoneNotes

            kept = kept_phones(self.window)  # the address the room's phones have
            code = kept["code"] if kept else None
            self._server = PhoneNotes(self.window.store, code=code)  # type: ignore[attr-defined]
            self._server.hold = kept_hold(self.window)
        return self._server

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.served is not None

    def url(self) -> str | None:
        served = self.server.served if self.running else None
        return served.url(self.address) if served is not None and self.address else None

    def set_hold(self, hold: bool) -> None:
        """Tick or untick Hold phone notes; unticked with notes waiting, ask about them."""
        if hold == self.server.hold:
            return
        self.server.hold = hold
        keep_hold(self.window, hold)
        if hold:
            self.window.show_status(  # type: ignore[attr-defined]
                "Notes from phones now wait for you in a tray above the board: Ctrl+Shift+L"
                " lets one in, Ctrl+Shift+I all of them."
            )
            return
        self.window.show_status(  # type: ignore[attr-defined]
            "Notes from phones go on the board at once again."
        )
        waiting = self.window.store.held_count()  # type: ignore[attr-defined]
        if waiting and ask_to_let_in(self.dialog or self.window, waiting):
            self.window.held.let_all_in()  # type: ignore[attr-defined]

    def look_for_address(self) -> None:
        """The laptop's address on the room's network (it may have joined one since)."""
        addresses = join_addresses()
        self.address = addresses[0] if addresses else None

    def open_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = PhonesDialog(self)
        if self.running:
            # The laptop may have joined another network since (the venue's Wi-Fi, then
            # its hotspot): the address shown, and the one on the wall, follow.
            self.look_for_address()
            if self.dialog.on_wall.isChecked():
                self.show_on_wall(True)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    @asyncSlot()
    async def start(self) -> None:
        if self.running:
            return
        self._loop = asyncio.get_running_loop()  # the one to stop it in as the window closes
        try:
            await self.server.start()
        except OSError as err:
            self.failure = f"Could not start taking notes from phones: {err}"
            self.window.show_status(self.failure)  # type: ignore[attr-defined]
        else:
            self.failure = ""
            keep_phones(self.window, self.server.code, running=True)
            self.look_for_address()
            self.count.show()
            self._counted()
            self._tick.start()
            where = self.url() or "no network yet"
            # Phones are told why no round takes their notes; the facilitator too, at once.
            closed = self.server.state()["closed"].replace(" Keep this page open.", "")
            again = ", as before the app stopped" if self._resuming else ""
            voting = self.window.store.phone_vote() if self._resuming else None  # type: ignore[attr-defined]
            self.window.show_status(  # type: ignore[attr-defined]
                f"Taking notes from phones at {where}{again} (Ctrl+Shift+J shows the code)."
                + (f" For now phones are told: {closed}" if closed and not voting else "")
                + (self._still_voting(voting.round_id) if voting is not None else "")
            )
            if voting is not None and self.url() is not None:
                self.show_on_wall(True)  # the room was voting: the wall says how again
        resumed, self._resuming = self._resuming, False
        if self.dialog is not None:
            self.dialog.refresh()
            if self.running and not resumed and self.url() is not None:
                # Started for the room to join: the wall shows how, until it is unticked.
                self.dialog.on_wall.setChecked(True)

    @asyncSlot()
    async def stop(self) -> None:
        keep_phones(self.window, self.server.code, running=False)
        await self._stop()
        said = f"Stopped taking notes from phones; {counted(self.server.received, 'note')} came."
        vote = self.window.store.phone_vote()  # type: ignore[attr-defined]
        if vote is not None:  # (the Votes panel says so too, but may be behind another)
            r = self.window.store.round(vote.round_id)  # type: ignore[attr-defined]
            said += (
                f" Phone voting on round {r.position} stays open, but phones cannot send dots"
                f" until you start them again ({KEYS}); Close phone voting counts those sent."
            )
        self.window.show_status(said)  # type: ignore[attr-defined]
        if self.dialog is not None:
            self.dialog.refresh()

    async def _stop(self) -> None:
        self._tick.stop()
        self.count.hide()
        self.show_on_wall(False)
        if self.dialog is not None:
            self.dialog.on_wall.setChecked(False)
        await self.server.stop()

    def counted(self) -> str:
        said = counted_phones(self.server.received, len(self.server.devices))
        store = self.window.store  # type: ignore[attr-defined]
        if store.phone_vote() is not None:  # phones that only voted sent no note
            said += f" · {len(store.phone_ballots())} voted"
        return said + held_back_said(self.server.pace.held_back())

    def _counted(self) -> None:
        if getattr(self.window, "_closed", False):
            # The window closed before the phones stopped: the count reads the closed file.
            self._tick.stop()
            return
        self.count.setText(self.counted())
        # The phones only hear that their notes (or dots) wait; what to do is the facilitator's.
        trouble, said = trouble_said(self.server)
        if trouble and trouble != self._told:
            self.window.show_status(said)  # type: ignore[attr-defined]
        self._told = trouble
        self.server.takes_notes()  # a round taking notes ends the gap, phones or not
        away = (self.server.gaps, self.server.turned_away)
        if away[1] and away != self._away_told:
            self._away_told = away
            said = turned_away_said(self.window.store, self.server)  # type: ignore[attr-defined]
            self.window.show_status(said)  # type: ignore[attr-defined]
        if self.dialog is not None:
            self.dialog.counted.setText(self.counted())

    def _still_voting(self, round_id: int) -> str:
        r = self.window.store.round(round_id)  # type: ignore[attr-defined]
        return f" Phone voting on round {r.position} is open, as before: the wall says so."

    def show_on_wall(self, shown: bool) -> None:
        self.on_wall = shown  # (a dialog made later ticks its box to match)
        url = self.url() if shown else None
        self.window.presenter.show_join(url)  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        closing = watched is self.window and event.type() == QEvent.Type.Close
        loop = self._loop
        # (A closed loop: the app has quit, and the socket went with it.)
        if closing:
            self._tick.stop()  # the count reads the file, which the window closes now
        if closing and self.running:
            keep_phones(self.window, self.server.code, running=False)  # closed on purpose
        if closing and self.running and loop is not None and not loop.is_closed():
            self._closing = loop.create_task(self._stop())
        return False


def install(window: QMainWindow) -> None:
    window.phones = phones = Phones(window)  # type: ignore[attr-defined]
    kept = kept_phones(window)
    if kept and kept.get("running") and not window.store.read_only:  # type: ignore[attr-defined]
        # The app stopped while phones were sending (a crash, a flat battery): they are
        # heard again on the same address once the window's loop runs.
        phones._resuming = True
        QTimer.singleShot(0, phones, phones.start)
