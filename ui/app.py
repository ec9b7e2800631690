"""The app's entry point: QApplication on a qasync loop, the excepthook dialog, and
`open_window(path)` which builds the main window for a session file without a loop.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from roundtable.store import SessionFileError, Store

log = logging.getLogger("roundtable")
LOG_DIR = Path(platformdirs.user_log_dir("roundtable"))
# The app's icon (a round table from above with three sticky notes in the function colours):
# windows, the task bar and the About box showed the platform's blank window icon.
APP_ICON = Path(__file__).resolve().parent.parent / "resources" / "roundtable.svg"


def set_app_icon(app: QApplication) -> None:
    """Give every window of `app` Roundtable's icon (nothing when the file is missing)."""
    icon = QIcon(str(APP_ICON))
    if not icon.isNull():
        app.setWindowIcon(icon)


def open_window(path: str | Path, *, read_only: bool = False, clock=None) -> QMainWindow:
    """Open the session file and build its main window (the caller shows it)."""
    import time

    from ui.windows.main_window import MainWindow

    clock = clock or time.time
    store = Store.open(path, read_only=read_only, clock=clock)
    return MainWindow(store, clock=clock)


def _excepthook(kind, value, tb) -> None:
    if isinstance(value, SessionFileError):
        # The file refused a change (disk full, read-only, gone): say so, no traceback.
        log.warning("session file error: %s", value)
        QMessageBox.warning(None, "Not saved", str(value))
        return
    log.error("unexpected error", exc_info=(kind, value, tb))
    text = "".join(traceback.format_exception(kind, value, tb))[-1500:]
    QMessageBox.critical(
        None,
        "Unexpected error",
        f"Something went wrong; the session is still open.\n\nLog: "
        f"{LOG_DIR / 'roundtable.log'}\n\n{text}",
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    import asyncio

    import qasync

    LOG_DIR.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(filename=LOG_DIR / "roundtable.log", level=logging.INFO)
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("Roundtable")
    app.setApplicationName("Roundtable")
    set_app_icon(app)
    from ui.focus_ring import install_focus_ring

    install_focus_ring(app)  # the text box with the keyboard shows it, in any palette
    sys.excepthook = _excepthook
    from ui.background import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector(app)  # Qt objects are freed on the UI thread
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    win = first_window(argv[1:])
    if win is None:
        return 2
    win.show()
    QTimer.singleShot(PREPARE_EXPORT_AFTER_MS, _prepare_word_export)
    with loop:
        loop.run_until_complete(_until_quit(app))
    collector.stop()
    return 0


# The Word export's libraries load in the background this long after the window shows (not
# at once: opening the session comes first).
PREPARE_EXPORT_AFTER_MS = 3000


def _prepare_word_export() -> None:
    """Load python-docx and matplotlib in a worker thread, so the first export is quicker."""
    from roundtable.export import prepare_word_export
    from ui.background import run_blocking

    def prepare() -> None:
        try:
            prepare_word_export()
        except Exception:  # the export itself will say what is missing
            logging.getLogger(__name__).exception("Preparing the Word export failed")

    run_blocking(prepare)


def first_window(args: list[str]) -> QWidget | None:
    """The window to show first: the file given, else the start screen.

    With `--example-on-first-run` (the README's start command passes it) a first run, one
    with no recent sessions, opens the example session instead, so a newcomer sees a
    session at work at once; the start screen is then under File > Start screen.
    """
    from ui.windows.dialogs import open_session, recent_files
    from ui.windows.example_session import ensure_example, show_fullest_round
    from ui.windows.start_screen import StartScreen

    files = [a for a in args if not a.startswith("-")]
    if files:
        return open_session(Path(files[0]), None)
    if "--example-on-first-run" in args and not recent_files():
        win = open_session(ensure_example(), None)
        if win is not None:
            show_fullest_round(win)
        return win
    return StartScreen()


async def _until_quit(app: QApplication) -> None:
    """Return once the last window has closed and what it began as it closed has ended.
    The loop ends here, not by Qt's quit with the last window: Qt ended it before a phone
    server's stop was done, and the app said "Unexpected error" as it closed."""
    import asyncio

    app.setQuitOnLastWindowClosed(False)
    done = asyncio.Event()
    app.lastWindowClosed.connect(done.set)
    while True:
        await done.wait()
        if not _windows_shown(app):
            break
        done.clear()  # another window showed meanwhile (the start screen made way for one)
    # What the windows began as they closed (a phone server's stop) ends before the loop.
    begun = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    if begun:
        await asyncio.wait(begun, timeout=2)


def _windows_shown(app: QApplication) -> bool:
    """Whether a window of the app is still on the screen (not a menu or a tooltip)."""
    kinds = (Qt.WindowType.Window, Qt.WindowType.Dialog)
    return any(w.isVisible() and w.windowType() in kinds for w in app.topLevelWidgets())
