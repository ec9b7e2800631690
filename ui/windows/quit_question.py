"""Quit (Ctrl+Q), and the window's own close button (or Alt+F4), ask first while a round's
clock is running.

Quit closed every window at once: the session, and the presenter view the room was reading.
The clock ran on while the app was closed (as it must after a crash: the room goes on
talking), so a facilitator who pressed Ctrl+Q by mistake mid-round came back to a dark
wall and minutes gone from the round. Now a session whose clock runs asks: keep working
(the default, and Escape), pause the clock and quit (it opens again paused where it was,
and Ctrl+Space resumes it), or quit with the clock running.

The close button closed the session without a word, as Ctrl+Q once did: it asks the same
now (`close_may_go_on`), but only for a close the window manager sends for the facilitator
(a spontaneous close event). A close from the app itself (Ctrl+Q's own after its question,
reopening a window to edit, a test), the app told to quit, and the desktop logging out
(while it asks the app to save its work) close at once: nobody may be there to answer,
and the clock runs on as after a crash.

With two sessions open (two main windows) the close button closes only its own: its
question says so ("Pause the clock and close", "Close, clock running"), where it said
quit. Ctrl+Q closes them all, and its question names the file and says how many close.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable.timing import format_clock, remaining

PAUSE = "Pause the clock and quit"
RUN_ON = "Quit, clock running"
STAY = "Keep working"
# The close button's answers while another session stays open: only this one closes.
PAUSE_CLOSE = "Pause the clock and close"
RUN_ON_CLOSE = "Close, clock running"


def _running_round(window: Any) -> Any:
    """The round whose clock runs in `window`'s session, if any (none read-only)."""
    if window.store.read_only or getattr(window, "_closed", False):
        return None
    rid = window.store.session().current_round_id
    rnd = window.store.round(rid) if rid is not None else None
    return rnd if rnd is not None and rnd.is_running else None


def _sessions() -> list[Any]:
    """The session windows open now (shown, not closing)."""
    from ui.windows.main_window import MainWindow

    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible() and not getattr(w, "_closed", False)
    ]


def _asked(window: Any, rnd: Any, quitting: bool = True) -> str:
    """The facilitator's answer for `window`, whose round `rnd` runs: PAUSE, RUN_ON or STAY.
    Quitting (Ctrl+Q, or closing the only session) closes every session; else (the close
    button with another session open) only this one, and the question says so."""
    left = remaining(rnd, window.clock())
    where = (
        f"has {format_clock(left)} left"
        if left >= 0
        else f"is {format_clock(-left)} over its {rnd.timebox_s // 60} min"
    )
    presenter = window.presenter.isVisible()
    others = len([w for w in _sessions() if w is not window])
    file = Path(window.store.path).name
    if not quitting and others:
        said = (
            f"Closing this window closes this session ({file})"
            + (" and its presenter view" if presenter else "")
            + ("; the other one stays open." if others == 1 else "; the others stay open.")
        )
        pause_said, run_on_said, away = PAUSE_CLOSE, RUN_ON_CLOSE, "the session is closed"
    else:
        if others:
            where += f" in {file}"
            sessions = "both open sessions" if others == 1 else f"all {others + 1} open sessions"
        else:
            sessions = "the session"
        said = f"Quitting closes {sessions}" + (" and the presenter view." if presenter else ".")
        pause_said, run_on_said, away = PAUSE, RUN_ON, "the app is closed"
    box = QMessageBox(
        QMessageBox.Icon.Question,
        f"Round {rnd.position}'s clock is running",
        f"Round {rnd.position}, {rnd.title}, {where}. {said}",
        parent=window,
    )
    box.setObjectName("quitWhileRunning")
    box.setInformativeText(
        f"{pause_said}: the session opens again paused where it is now, and"
        " Ctrl+Space resumes it.\n"
        f"{run_on_said}: the round's time runs on while {away}.\n"
        "Keep working: nothing changes."
    )
    pause = box.addButton(pause_said, QMessageBox.ButtonRole.AcceptRole)
    run_on = box.addButton(run_on_said, QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(STAY, QMessageBox.ButtonRole.RejectRole)
    # Enter keeps working: Ctrl+Q pressed by mistake while typing a note, then the Enter
    # that adds it, must not close the session.
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return PAUSE if clicked is pause else RUN_ON if clicked is run_on else STAY


def quit_app(window: Any) -> None:
    """Quit, after asking of each session window whose round's clock runs; nothing changes
    until every one is answered (Keep working at the second left the first paused)."""
    to_pause: list[tuple[Any, Any]] = []
    for each in [window] + [w for w in _sessions() if w is not window]:
        rnd = _running_round(each)
        if rnd is None:
            continue
        answer = _asked(each, rnd)
        if answer == STAY:
            return
        if answer == PAUSE:
            to_pause.append((each, rnd))
    for each, rnd in to_pause:
        each.toggle_round()  # as Ctrl+Space would, a step Ctrl+Z undoes
        if each.store.round(rnd.id).is_running:
            return  # not paused (refused): nothing closes
    QApplication.closeAllWindows()


def close_may_go_on(window: Any) -> bool:
    """Whether the facilitator's close of `window` (its close button, Alt+F4) goes on: asked
    while its round's clock runs (as Ctrl+Q asks), never while the desktop saves its session
    to log out. Pausing the clock pauses it first, as Ctrl+Space would. With another session
    open only this one closes, and the question says "close", not "quit"."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.isSavingSession():
        return True
    rnd = _running_round(window)
    if rnd is None:
        return True
    answer = _asked(window, rnd, quitting=False)
    if answer == PAUSE:
        window.toggle_round()  # a step Ctrl+Z undoes
        return not window.store.round(rnd.id).is_running  # refused: nothing closes
    return answer == RUN_ON
