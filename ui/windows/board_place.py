"""The round on the board and the place in it come back when a session opens again: it
opened on the clock's round, so a facilitator grouping round 3 while the clock had moved
on to round 5 (or who closed the app in the middle of theming) came back to round 5's
board and had to find round 3 and their place in it again. The clock keeps its own round.

Kept in QSettings by the file's path, as the drafts and the panel in front are: where one
facilitator was looking is theirs, not the session's. In the file it would be a write at
every round looked at (read-only windows cannot write at all), a co-facilitator opening
the file would land where the other was looking, and it would need a new column and a
migration. The session's creation time is kept with it, so a different session saved
later at the same path opens on its clock's round, as a file with no place kept does.

A session not begun yet opens on its first round, as before: the round last looked at
while preparing is not where the room starts (Ctrl+Space starts the round shown).

The round is written as it is shown (a crash or a kill comes back to it); the scroll place
as the window closes, as the items at the top of the view (see view_top.py), so a window
of another size shows the same cards at the top.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

from ui.windows.view_top import Seen, ViewTop, show_view_top, view_top

KEPT_ITEMS = 6  # the first items in view are plenty to find the place again


def _key(window: Any) -> str:
    return f"boardPlace/{Path(window.store.path).resolve().as_posix()}"


def session_stamp(window: Any) -> str:
    """Which session the file holds; read once (closing reads nothing from the file)."""
    stamp = getattr(window, "_session_stamp", None)
    if stamp is None:
        stamp = window._session_stamp = window.store.session().created_at.isoformat()
    return str(stamp)


def keep_board_place(window: Any, *, with_scroll: bool = True) -> None:
    """Keep the round shown and (as the window closes) what is at the top of the board."""
    rid = window.shown_round_id()
    if rid is None:
        return
    place: dict[str, Any] = {"session": session_stamp(window), "round": rid}
    board = window.board
    if with_scroll and board.round_id == rid and board.verticalScrollBar().value():
        top = view_top(board)
        place["value"] = top.value
        place["seen"] = [[*s.key, *s.section, s.top] for s in top.seen[:KEPT_ITEMS]]
    QSettings().setValue(_key(window), json.dumps(place))


def _round_shown(window: Any) -> None:
    if not getattr(window, "_closed", False):
        keep_board_place(window, with_scroll=False)
        QSettings().sync()  # on disk now: a crash comes back to this round


def kept_for_session(key: str, window: Any) -> dict[str, Any] | None:
    """What QSettings keeps at `key` for the session open in `window` (kept with its
    "session" stamp), or None: nothing kept, unreadable, or kept for another session."""
    raw = QSettings().value(key)
    try:
        kept = json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return None
    if not isinstance(kept, dict) or kept.get("session") != session_stamp(window):
        return None
    return kept


def _read(window: Any) -> dict[str, Any] | None:
    return kept_for_session(_key(window), window)


def restore_board_place(window: Any) -> None:
    """Show the round the board showed when the session was last closed here, and its place
    once the window is laid out; then keep each round shown from now on."""
    place = _read(window)
    rounds = {r.id: r for r in window.store.rounds()}
    if not any(r.started_at or r.ended_at for r in rounds.values()):
        # Not begun: it opens on round 1 to start there. A round looked at while preparing
        # the evening before came back, and Ctrl+Space at the venue started that round.
        place = None
    rid = place.get("round") if place else None
    if place is not None and rid in rounds and rid != window.shown_round_id():
        window.show_round(rid)
    if place is not None and rid in rounds and rid == window.shown_round_id():
        clock = window.store.session().current_round_id
        if rid != clock and clock in rounds:
            rnd = rounds[rid]
            window.show_status(
                f"Round {rnd.position}, {rnd.title}, as when the session was closed; Alt+Home"
                f" shows the round on the clock (round {rounds[clock].position})."
            )
        try:
            seen = tuple(Seen((k, i), (sk, si), top) for k, i, sk, si, top in place["seen"])
            kept = ViewTop(int(place["value"]), seen)
        except (KeyError, TypeError, ValueError):
            kept = None
        if kept is not None:
            ScrollBack(window, rid, kept)
    if place is None:
        _show_fullest_when_over(window)
    window.round_shown.connect(lambda _rid: _round_shown(window))


def _show_fullest_when_over(window: Any) -> None:
    """A finished session opened where nothing is kept (an organizer's computer) showed its
    last round, most often Commitments with its items in the Action items panel: an empty
    board, the notes to fix in rounds the organizer did not know to look in. When that
    round has no notes, the round with the most is shown (the first of equals)."""
    from roundtable.timing import session_over

    rounds = window.store.rounds()
    clock = window.store.session().current_round_id
    last = next((r for r in rounds if r.id == clock), None)
    if last is None or window.shown_round_id() != clock or window.store.note_count(clock):
        return
    if not session_over(last, rounds, window.clock(), window.added_since_the_end(last, rounds)):
        return
    counts = [window.store.note_count(r.id) for r in rounds]
    if not max(counts):
        return
    fullest, most = rounds[counts.index(max(counts))], max(counts)
    window.show_round(fullest.id)
    notes = "1 note" if most == 1 else f"{most} notes"
    window.show_status(
        f"Round {fullest.position}, {fullest.title} ({notes}), is shown: the"
        " session is over and the last round has no notes. Click a round in the agenda to"
        " see its notes."
    )


def _first_seen(board: Any) -> tuple[Any, int] | None:
    """The first item whose top is in the board's view, and that top."""
    whole = [s for s in view_top(board).seen if s.top >= 0]
    return (whole[0].key, whole[0].top) if whole else None


class ScrollBack(QObject):
    """Scrolls the board back to its place once it is shown with its size, and again at each
    new width the window settles on as it opens. Before it is shown the board has no height
    to scroll in; and a window given its size after it was shown (restored maximised, or a
    window manager's own step) rewrapped the cards: a place put back at the first width could
    be cut short by the end of a shorter board and was kept there, a screen away from where
    the facilitator had been. (CI failed on it once.)

    It lets go at the facilitator's first touch on the board (a click, the wheel, a key, the
    scroll bar), at a redraw or a note added, at another round, or when anything else has
    moved the board since it last put the place back."""

    _USER_INPUT = (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.KeyPress)

    def __init__(self, window: Any, rid: int, kept: ViewTop) -> None:
        super().__init__(window)
        self.window, self.rid, self.kept = window, rid, kept
        board = window.board
        self._watched = (board, board.viewport(), board.verticalScrollBar())
        for widget in self._watched:
            widget.installEventFilter(self)
        board.redrawn.connect(self._let_go)
        board.model().rowsInserted.connect(self._let_go)
        self._pending = False
        self._left_at: int | None = None  # the scroll value the place was last put back at
        self._left_top: tuple[Any, int] | None = None  # and the item then at the view's top
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        board = self.window.board
        if event.type() in self._USER_INPUT:
            self._let_go()
        elif watched is board and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            # Moved, unless what it left at the top is still there: a card a line taller
            # above (a live proposal) keeps that, with another scroll value.
            moved = (
                self._left_at is not None
                and board.verticalScrollBar().value() != self._left_at
                and _first_seen(board) != self._left_top
            )
            if moved and not self._pending:
                self._let_go()  # scrolled by something else since: that place stands
            elif board.isVisible() and not self._pending:
                self._pending = True
                QTimer.singleShot(0, self, self._scroll)  # after the board has laid out
        return False

    def _scroll(self) -> None:
        self._pending = False
        board = self.window.board
        gone = getattr(self.window, "_closed", False) or board.round_id != self.rid
        first_moved = self._left_at is None and board.verticalScrollBar().value() != 0
        if self._done or gone or first_moved:  # (scrolled by something else before it)
            self._let_go()
            return
        # Qt lays the rows out on a timer of its own, which may not have run yet (on a
        # busy machine the place was put back on a board a screen tall).
        board.executeDelayedItemsLayout()
        show_view_top(board, self.kept)
        self._left_at = board.verticalScrollBar().value()
        self._left_top = _first_seen(board)

    def _let_go(self, *_args: object) -> None:
        if self._done:
            return
        self._done = True
        board = self.window.board
        for widget in self._watched:
            widget.removeEventFilter(self)
        board.redrawn.disconnect(self._let_go)
        board.model().rowsInserted.disconnect(self._let_go)
        self.deleteLater()
