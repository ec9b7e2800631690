"""A newcomer's first session was suggested beside the example session, the only recent one:
in the app's data folder (~/.local/share/roundtable), hidden. The facilitator pressed Save,
and after the session could not find the file to mail to the organizer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from roundtable.demo import write_demo
from tests.ui.test_new_session_name_taken import SaveDialog
from ui.windows import example_session
from ui.windows.dialogs import remember
from ui.windows.start_screen import StartScreen


def _asked_folder(qtbot, monkeypatch) -> Path:
    """Where Create session… suggests the new file (the save dialog is cancelled)."""
    dialog = SaveDialog(monkeypatch)
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.title, "Q1 roundtable")
    qtbot.mouseClick(
        screen.findChild(QPushButton, "createSessionButton"), Qt.MouseButton.LeftButton
    )
    ((suggested, _options),) = dialog.asked
    return Path(suggested).parent


def test_the_first_session_is_suggested_in_documents_not_beside_the_example(
    qtbot, monkeypatch, tmp_path
):
    data = tmp_path / "home" / ".local" / "share" / "roundtable"
    data.mkdir(parents=True)
    example = write_demo(data / "example.roundtable")
    monkeypatch.setattr(example_session, "example_path", lambda: example)
    documents = tmp_path / "home" / "Documents"
    documents.mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    remember(example)

    assert _asked_folder(qtbot, monkeypatch) == documents

    # Once a session of the user's own is recent, its folder is suggested, as before.
    own = tmp_path / "sessions"
    own.mkdir()
    (own / "Q4.roundtable").write_bytes(b"")
    remember(own / "Q4.roundtable")
    remember(example)  # the example looked at again since: still not suggested
    assert _asked_folder(qtbot, monkeypatch) == own
