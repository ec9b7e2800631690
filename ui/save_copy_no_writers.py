"""File > Save a copy without writers… (Ctrl+Alt+Shift+S): a copy to mail on that does not
say who wrote which note.

The room was told its notes were anonymous; the session file still knows each note's
writer, and organizers mail it to a colleague or the next facilitator. This copy keeps
everything else and records no writer (the store does the work: `Store.save_copy(...,
without_writers=True)`, roundtable/store/no_writers.py). Before choosing the file, a box says
plainly what the copy keeps and leaves out (the words `roundtable save-copy
--without-writers` uses too), and names anyone the sides would still give away and the
notes whose words still name someone: those first, and the text scrolls where it would
make the box taller than the screen. The window stays on its own file, which is not
changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox

from roundtable.save_copy_command import KEEPS, LEAVES_OUT, without_writers_warnings
from roundtable.store import SUFFIX
from ui.export_action import writable_folder
from ui.save_copy_action import CopySaver
from ui.windows.box_fit import scroll_long_text
from ui.windows.dialogs import free_name

KEYS = "Ctrl+Alt+Shift+S"  # beside Ctrl+Shift+S, the whole copy
# The box names the notes and items to check by their first words: quoted whole, four notes
# of two lines and four such items made it 648 pixels high, and on a 1366x768 laptop at
# 125% (614) its buttons were under the foot of the screen. (The command line quotes them
# whole.)
QUOTED = 60


def intro_text(store) -> str:
    """What the box says: what the copy keeps, what it leaves out, who could still be told."""
    said = [
        "The copy keeps:\n" + "\n".join(f"• {line}" for line in KEEPS),
        "The copy leaves out:\n" + "\n".join(f"• {line}" for line in LEAVES_OUT),
        f"The copy is marked anonymous. This window and {Path(store.path).name} stay as they"
        " are, with the writers.",
    ]
    warnings = without_writers_warnings(store, longest=QUOTED)
    if warnings:
        # First: in a box that scrolls (scroll_long_text), what to check is in view.
        said.insert(0, "Check before you send it:\n" + "\n".join(f"• {w}" for w in warnings))
    return "\n\n".join(said)


class NoWritersSaver(CopySaver):
    """Owns the Save a copy without writers action of one main window."""

    NAME = "noWritersSaver"
    TEXT = "Save a copy &without writers…"
    ACTION = "saveCopyWithoutWritersAction"
    KEYS = KEYS
    TIP = "Write a copy of the session that does not say who wrote which note"
    CAPTION = "Save a copy without writers"

    def _go_ahead(self) -> bool:
        store = self.window.store  # type: ignore[attr-defined]
        box = self._box(
            QMessageBox.Icon.Information,
            "Save a copy without writers",
            "Save a copy of this session that does not say who wrote which note, to send on"
            " to someone outside the room.",
            "noWritersBox",
        )
        box.setInformativeText(intro_text(store))
        scroll_long_text(box)  # its buttons stay on a laptop's screen, whatever it names
        go = box.addButton("Choose where to save…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        box.exec()
        return box.clickedButton() is go

    def _suggested(self, session: Path) -> Path:
        folder = writable_folder(session.parent)
        return free_name(folder / f"{session.stem} without writers{SUFFIX}")

    def _write(self, store, path: Path) -> Path:
        return store.save_copy(path, without_writers=True)

    def _saved(self, written: Path, session: Path) -> None:
        self._status(
            f"Saved a copy without writers as {written}: no note in it says who wrote it."
            f" This window still shows {session.name}, with the writers."
        )

    def _offer_to_open(self, copy: Path) -> None:
        """Not offered: work goes on with the writers, not in the copy made to send."""


def install(window: QMainWindow) -> NoWritersSaver:
    """Add File > Save a copy without writers… (Ctrl+Alt+Shift+S) to `window`, after Save a
    copy…"""
    saver = NoWritersSaver(window)
    window.menu("File").addAction(saver.action)  # type: ignore[attr-defined]
    window.addAction(saver.action)
    return saver
