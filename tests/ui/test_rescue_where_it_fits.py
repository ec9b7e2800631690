"""Rescue a copy of a damaged file when the copy cannot be written beside it (a full disk):
the message says so and offers another place, and the copy made there opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from roundtable.store import SessionFileError, Store
from tests.core.test_rescue import wipe_table
from ui.windows import dialogs
from ui.windows.dialogs import open_session


def _answer_boxes(*buttons: str) -> list[tuple[str, str]]:
    """Press these buttons in the message boxes that come, in turn; (title, text) of each."""
    said: list[tuple[str, str]] = []
    left = list(buttons)

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None or not hasattr(box, "text"):
            QTimer.singleShot(10, press)
            return
        said.append((box.windowTitle(), box.text()))
        wanted = left.pop(0)
        offered = {b.text(): b for b in box.findChildren(QPushButton)}
        # Without that button, the box's own way out: the test then fails, not hangs.
        (offered.get(wanted) or next(iter(offered.values()))).click()
        if left:
            QTimer.singleShot(10, press)

    QTimer.singleShot(0, press)
    return said


def test_a_rescued_copy_the_disk_has_no_room_for_goes_where_the_user_chooses(
    qtbot, demo_file: Path, tmp_path: Path, monkeypatch
):
    # It said "Nothing to rescue" and "choose another place" with no place to choose, and
    # the damaged file's notes stayed out of reach.
    with Store.open(demo_file, read_only=True) as before:
        notes = before.note_count()
    wipe_table(demo_file, "rounds")
    real_rescue = dialogs.rescue

    def full_beside(damaged: Path, out: Path):
        if out.parent == demo_file.parent:
            raise SessionFileError(
                out, f"{out} cannot be written (database or disk is full); choose another place."
            )
        return real_rescue(damaged, out)

    elsewhere = tmp_path / "stick"
    elsewhere.mkdir()
    asked: list[str] = []

    def choose(_parent, caption, suggested, _filter, **_options):
        asked.append(suggested)
        return str(elsewhere / "demo-rescued.roundtable"), ""

    monkeypatch.setattr(dialogs, "rescue", full_beside)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    said = _answer_boxes("Rescue a copy", "Choose another place…")
    win = open_session(demo_file, None)
    qtbot.addWidget(win)
    assert said[1][0] == "Rescued copy not written"
    assert "disk is full" in said[1][1] and "Nothing was changed" in said[1][1]
    assert asked and Path(asked[0]).name == "demo-rescued.roundtable"
    assert win.store.path == elsewhere / "demo-rescued.roundtable"
    assert win.store.note_count() == notes
    win.close()


def test_cancel_after_a_copy_that_could_not_be_written_opens_nothing(
    qtbot, demo_file: Path, monkeypatch
):
    wipe_table(demo_file, "rounds")

    def full(_damaged: Path, out: Path):
        raise SessionFileError(out, f"{out} cannot be written (database or disk is full).")

    monkeypatch.setattr(dialogs, "rescue", full)
    said = _answer_boxes("Rescue a copy", "Cancel")
    assert open_session(demo_file, None) is None
    assert said[1][0] == "Rescued copy not written"


def test_a_file_too_damaged_to_rescue_says_what_is_left_to_try(qtbot, session_file: Path):
    # "too damaged to rescue: its list of tables is gone" was the last word: nothing said
    # what to do next.
    data = bytearray(session_file.read_bytes())
    data[100:] = bytes((i * 37 + 11) % 251 for i in range(len(data) - 100))
    session_file.write_bytes(bytes(data))
    said = _answer_boxes("Rescue a copy", "OK")
    assert open_session(session_file, None) is None
    assert said[1][0] == "Nothing to rescue"
    assert "too damaged to rescue" in said[1][1]
    assert "copy you mailed or saved earlier" in said[1][1]
    assert session_file.read_bytes() == bytes(data)  # not a byte changed
