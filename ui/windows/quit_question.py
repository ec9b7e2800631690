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
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable.timing import format_clock, remaining

PAUSE = "Pause the clock and quit"
RUN_ON = "Quit, clock running"
STAY = "Keep working"


def _running_round(window: Any) -> Any:
    """The round whose clock runs in `window`'s session, if any (none read-only)."""
    if window.store.read_only or getattr(window, "_closed", False):
        return None
    rid = window.store.session().current_round_id
    rnd = window.store.round(rid) if rid is not None else None
    return rnd if rnd is not None and rnd.is_running else None


def _asked(window: Any, rnd: Any) -> str:
    """The facilitator's answer for `window`, whose round `rnd` runs: PAUSE, RUN_ON or STAY."""
    left = remaining(rnd, window.clock())
    where = (
        f"has {format_clock(left)} left"
        if left >= 0
        else f"is {format_clock(-left)} over its {rnd.timebox_s // 60} min"
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        f"Round {rnd.position}'s clock is running",
        f"Round {rnd.position}, {rnd.title}, {where}. Quitting closes the session"
        + (" and the presenter view." if window.presenter.isVisible() else "."),
        parent=window,
    )
    box.setObjectName("quitWhileRunning")
    box.setInformativeText(
        "Pause the clock and quit: the session opens again paused where it is now, and"
        " Ctrl+Space resumes it.\n"
        "Quit, clock running: the round's time runs on while the app is closed.\n"
        "Keep working: nothing changes."
    )
    pause = box.addButton(PAUSE, QMessageBox.ButtonRole.AcceptRole)
    run_on = box.addButton(RUN_ON, QMessageBox.ButtonRole.DestructiveRole)
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
    from ui.windows.main_window import MainWindow

    others = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    to_pause: list[tuple[Any, Any]] = []
    for each in [window] + [w for w in others if w is not window and w.isVisible()]:
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
    to log out. "Pause the clock and quit" pauses it first, as Ctrl+Space would."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.isSavingSession():
        return True
    rnd = _running_round(window)
    if rnd is None:
        return True
    answer = _asked(window, rnd)
    if answer == PAUSE:
        window.toggle_round()  # a step Ctrl+Z undoes
        return not window.store.round(rnd.id).is_running  # refused: nothing closes
    return answer == RUN_ON
