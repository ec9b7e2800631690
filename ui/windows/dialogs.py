"""Opening a session file with clear dialogs for what can go wrong, and recent files.

Locked files offer to open read-only (and, when another program holds the lock, to try
again); damaged or foreign files offer to choose another
file; newer-version files open read-only with a notice. Nothing is ever overwritten.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from roundtable.store import (
    DamagedSessionError,
    InUseByAnotherProgramError,
    NotWritableError,
    SessionFileError,
    SessionLockedError,
)
from roundtable.store.rescue import rescue

FILE_FILTER = "Roundtable sessions (*.roundtable)"
SUFFIX = ".roundtable"


def recent_entries() -> list[str]:
    """The sessions opened last, newest first, including files since moved or deleted."""
    value = QSettings().value("recentFiles", [])
    return [value] if isinstance(value, str) else [str(f) for f in value or []]


def recent_files() -> list[str]:
    """The recent sessions that still exist."""
    return [f for f in recent_entries() if Path(f).exists()]


def recent_titles() -> dict[str, str]:
    """The title each recent session had when it was last opened, by path."""
    try:
        titles = json.loads(str(QSettings().value("recentTitles", "{}")))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in titles.items()} if isinstance(titles, dict) else {}


def remember(path: Path, title: str | None = None) -> None:
    files = ([str(path)] + [f for f in recent_entries() if f != str(path)])[:8]
    QSettings().setValue("recentFiles", files)
    titles = recent_titles()
    if title is not None:
        titles[str(path)] = title
    QSettings().setValue("recentTitles", json.dumps({f: titles[f] for f in files if titles.get(f)}))


def retitle(path: str | Path, title: str) -> None:
    """A recent session's title changed (Session > Title and facilitator…): the recent
    sessions list shows the new one, in the same place."""
    if str(path) not in recent_entries():
        return
    titles = recent_titles()
    titles[str(path)] = title
    QSettings().setValue("recentTitles", json.dumps(titles))


def forget(path: str | Path) -> None:
    QSettings().setValue("recentFiles", [f for f in recent_entries() if f != str(path)])


def start_folder() -> Path:
    """Where the file dialogs start: the folder of the most recent session that still has
    one, else the user's Documents folder, else home (never the working directory).

    The example session is not one: it lives in the app's hidden data folder, and a first
    session saved beside it could not be found afterwards to mail it."""
    from ui.windows.example_session import example_path

    example = example_path()
    for f in recent_entries():
        if Path(f).parent.is_dir() and Path(f) != example:
            return Path(f).parent
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def safe_file_name(title: str, fallback: str = "Roundtable session") -> str:
    """A file name for a session titled `title`: "Q3 roundtable" -> "Q3 roundtable.roundtable".

    Characters that some system refuses in a file name (/ \\ : * ? " < > | and control
    characters) become spaces; leading dots and trailing dots or spaces are dropped.
    """
    name = re.sub(r'[\x00-\x1f\x7f/\\:*?"<>|]+', " ", title)
    name = " ".join(name.split()).strip(" .")[:100]
    # A disk takes 255 bytes a name, and the lock file adds 17 to the stem: a title of 100
    # Japanese characters (300 bytes) made a name no disk took ("File name too long").
    while len(name.encode("utf-8")) > MAX_STEM_BYTES:
        name = name[:-1]
    name = name.strip(" .")
    return (name or fallback) + SUFFIX


MAX_STEM_BYTES = 180


def window_showing(path: Path) -> QWidget | None:
    """This app's open, writable window on the session file `path`, if there is one."""
    try:
        wanted = Path(path).resolve()
    except OSError:
        return None
    for widget in QApplication.topLevelWidgets():
        store = getattr(widget, "store", None)
        if (
            store is not None
            and widget.isVisible()
            and not getattr(widget, "_closed", False)
            and not store.read_only
            and Path(store.path).resolve() == wanted
        ):
            return widget
    return None


def open_session(path: Path, parent: QWidget | None, *, clock=None):
    """Open a window for `path`, asking the user what to do if the file cannot be opened.

    Returns the window or None when the user gave up.
    """
    from ui.app import open_window

    already = window_showing(path)
    if already is not None:
        # Opening it again would only find the file locked by our own window.
        already.showNormal() if already.isMinimized() else already.show()
        already.raise_()
        already.activateWindow()
        return already
    read_only = rescued = False
    rescue_note = ""
    while True:
        try:
            win = open_window(path, read_only=read_only, clock=clock)
        except SessionFileError as err:
            # Locked by another window, or on a disk or folder it cannot be written to:
            # offer read-only. Damaged, foreign or gone: only another file. Nothing is ever
            # written to the file in question.
            locked = isinstance(err, SessionLockedError | NotWritableError)
            damaged = isinstance(err, DamagedSessionError)
            text = str(err).replace(
                "run `roundtable rescue` on it to copy", "choose Rescue a copy to copy"
            )
            # Another program (a database browser, a sync tool) usually lets go within
            # moments of being closed, so trying again is offered too.
            elsewhere = isinstance(err, InUseByAnotherProgramError)
            if elsewhere:
                title = "Session in use by another program"
            elif isinstance(err, SessionLockedError):
                title = "Session already open"
            else:
                title = "Session cannot be changed here"
            box = QMessageBox(
                QMessageBox.Icon.Warning if locked else QMessageBox.Icon.Critical,
                title if locked else "Cannot open session",
                text,
                parent=parent,
            )
            ro = (
                box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
                if locked
                else None
            )
            again = (
                box.addButton("Try again", QMessageBox.ButtonRole.ActionRole) if elsewhere else None
            )
            save = (
                box.addButton("Rescue a copy", QMessageBox.ButtonRole.ActionRole)
                if damaged
                else None
            )
            other = box.addButton("Choose another file…", QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if save is not None and box.clickedButton() is save:
                copied = rescue_copy(path, parent)
                if copied is None:
                    return None
                (path, rescue_note), rescued = copied, True
                continue
            if again is not None and box.clickedButton() is again:
                continue
            if ro is not None and box.clickedButton() is ro:
                read_only = True
                continue
            if box.clickedButton() is other:
                chosen = choose_file(parent)
                if chosen is None:
                    return None
                path = chosen
                continue
            return None
        remember(path, win.store.session().title)
        if rescued:
            win.show_status(rescue_note)
        if win.store.read_only_reason:  # (the window says why, with the other news)
            win.setWindowTitle(win.windowTitle() + " (read-only)")
        return win


def rescue_copy(damaged: Path, parent: QWidget | None) -> tuple[Path, str] | None:
    """Copy what can be read from a damaged file into a new one beside it (or in the home
    folder): the new file and what was copied, or None after saying why it could not be."""
    folder = damaged.parent if os.access(damaged.parent, os.W_OK) else Path.home()
    out = folder / f"{damaged.stem}-rescued{SUFFIX}"
    k = 2
    while out.exists():
        out, k = folder / f"{damaged.stem}-rescued-{k}{SUFFIX}", k + 1
    while True:
        try:
            result = rescue(damaged, out)
        except SessionFileError as err:
            if err.path != out:  # the damaged file itself: nothing in it to copy
                QMessageBox.warning(
                    parent,
                    "Nothing to rescue",
                    f"{err}\n\nNothing was changed in it. Open a copy you mailed or saved"
                    " earlier, if there is one.",
                )
                return None
            # The copy could not be written there (a full disk): it said "Nothing to
            # rescue" and "choose another place", with no place to choose.
            chosen = _another_place(parent, out, err)
            if chosen is None:
                return None
            out = chosen
            continue
        return out, result.summary()


def _another_place(parent: QWidget | None, out: Path, err: SessionFileError) -> Path | None:
    """Say the rescued copy could not be written at `out`; the place chosen instead, or None."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Rescued copy not written",
        f"{err}\n\nNothing was changed in the damaged file.",
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    other = box.addButton("Choose another place…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(other)
    box.exec()
    if box.clickedButton() is not other:
        return None
    name, _ = QFileDialog.getSaveFileName(
        parent,
        "Save the rescued copy",
        str(Path.home() / out.name),
        FILE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    return free_name(Path(name if name.endswith(SUFFIX) else name + SUFFIX))


def choose_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open session", str(start_folder()), FILE_FILTER)
    return Path(name) if name else None


def free_name(path: Path) -> Path:
    """`path` if no file has it, else the first free "<name> 2.roundtable", " 3", ..."""
    stem = path.name.removesuffix(SUFFIX)
    k = 2
    while path.exists():
        path, k = path.with_name(f"{stem} {k}{SUFFIX}"), k + 1
    return path


def ask_session_name(parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
    """The save dialog for a session file: the name chosen (with .roundtable added), or None.
    It asks nothing about an existing file: the caller says what happens to one."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(suggested),
        FILE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    return Path(name if name.endswith(SUFFIX) else name + SUFFIX)


def choose_new_file(
    parent: QWidget | None, caption: str, suggested: Path
) -> tuple[Path, bool] | None:
    """Ask where a new session goes: (the file, False) to create it, (an existing session
    file, True) when the user would rather open the one that has the chosen name, or None.

    The save dialog itself asks nothing about existing files: it asked "Replace?", and a
    yes was then refused (a session file is never replaced; it holds someone's notes).
    Here an existing name is said plainly, with the choice to open it or pick another.
    """
    while True:
        path = ask_session_name(parent, caption, suggested)
        if path is None:
            return None
        if not path.exists():
            return path, False
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Session file already exists",
            f"A session file named {path.name} already exists in {path.parent}.\n\n"
            "It is not replaced, because it may hold someone's notes. Open that session, or"
            " choose another name for the new one.",
            parent=parent,
        )
        box.setObjectName("sessionFileExists")
        box.setTextFormat(Qt.TextFormat.PlainText)
        other = box.addButton("Choose another name…", QMessageBox.ButtonRole.AcceptRole)
        other.setObjectName("chooseAnotherName")
        existing = box.addButton("Open that session", QMessageBox.ButtonRole.ActionRole)
        existing.setObjectName("openExistingSession")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(other)
        box.exec()
        if box.clickedButton() is existing:
            return path, True
        if box.clickedButton() is not other:
            return None
        suggested = free_name(path)
