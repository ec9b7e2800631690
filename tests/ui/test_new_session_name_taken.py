"""A new session given the name of a session file that already exists: said plainly, with the
choice to open that session or name the new one differently; the old file is never replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from roundtable.store import Store
from roundtable.templates import get_template
from ui.windows import start_screen
from ui.windows.start_screen import StartScreen


def _existing(path: Path) -> Path:
    with Store.create(
        path, title="Last year's Q4", template=get_template("sales-marketing-roundtable")
    ) as store:
        store.add_note(store.rounds()[0].id, "Ana's note from last year", function="sales")
    return path


class SaveDialog:
    """Stands in for the save dialog: answers each call with the next of `answers` and
    records where it started and the options it was given."""

    def __init__(self, monkeypatch, *answers: Path) -> None:
        self.answers = [str(a) for a in answers]
        self.asked: list[tuple[str, object]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self.ask))

    def ask(self, _parent, _caption, suggested, file_filter, **kwargs):
        self.asked.append((suggested, kwargs.get("options")))
        return (self.answers.pop(0), file_filter) if self.answers else ("", "")


def _press_in_box(button_name: str, seen: list[str]) -> None:
    """Once the question is up, note its text and press its button named `button_name`."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        seen.append(box.text())
        button = box.findChild(QPushButton, button_name)
        if button is None:
            box.reject()
            return
        button.click()

    QTimer.singleShot(0, press)


def _start(qtbot, monkeypatch, folder: Path) -> tuple[StartScreen, list[str]]:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    monkeypatch.setattr(start_screen, "start_folder", lambda: folder)
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    return screen, warned


def _create(qtbot, screen: StartScreen) -> None:
    qtbot.mouseClick(
        screen.findChild(QPushButton, "createSessionButton"), Qt.MouseButton.LeftButton
    )


def _notes(path: Path) -> list[str]:
    with Store.open(path, read_only=True) as store:
        return [n.text for n in store.notes()]


def test_a_taken_name_offers_to_open_that_session_and_replaces_nothing(
    qtbot, tmp_path, monkeypatch
):
    taken = _existing(tmp_path / "Q4 roundtable.roundtable")
    dialog = SaveDialog(monkeypatch, taken)
    screen, warned = _start(qtbot, monkeypatch, tmp_path)
    seen: list[str] = []
    _press_in_box("openExistingSession", seen)
    _create(qtbot, screen)
    # The save dialog asks no "Replace?" whose yes would then be refused.
    assert dialog.asked == [
        (str(taken), QFileDialog.Option.DontConfirmOverwrite),
    ]
    (said,) = seen
    assert said.startswith(
        f"A session file named Q4 roundtable.roundtable already exists in {tmp_path}."
    )
    assert "not replaced" in said and warned == []
    win = screen.window_opened
    assert win is not None
    qtbot.addWidget(win)
    assert win.store.path == taken and win.store.session().title == "Last year's Q4"
    win.close()
    assert _notes(taken) == ["Ana's note from last year"]
    assert sorted(p.name for p in tmp_path.glob("*.roundtable")) == ["Q4 roundtable.roundtable"]


def test_a_taken_name_can_be_changed_and_the_new_session_made(qtbot, tmp_path, monkeypatch):
    taken = _existing(tmp_path / "Q4 roundtable.roundtable")
    new = tmp_path / "Q4 roundtable 2.roundtable"
    dialog = SaveDialog(monkeypatch, tmp_path / "Q4 roundtable", new)  # typed without suffix
    screen, warned = _start(qtbot, monkeypatch, tmp_path)
    seen: list[str] = []
    _press_in_box("chooseAnotherName", seen)
    _create(qtbot, screen)
    assert len(seen) == 1 and warned == []
    # Asked again, starting at a free name next to the taken one.
    assert [where for where, _ in dialog.asked] == [str(taken), str(new)]
    win = screen.window_opened
    assert win is not None
    qtbot.addWidget(win)
    assert win.store.path == new and win.store.session().title == "Q4 roundtable"
    win.close()
    assert _notes(taken) == ["Ana's note from last year"]
    assert _notes(new) == []


def test_cancelling_at_a_taken_name_makes_nothing(qtbot, tmp_path, monkeypatch):
    taken = _existing(tmp_path / "Q4 roundtable.roundtable")
    before = sorted(p.name for p in tmp_path.iterdir())
    SaveDialog(monkeypatch, taken)
    screen, warned = _start(qtbot, monkeypatch, tmp_path)
    seen: list[str] = []
    _press_in_box("no such button: cancel", seen)
    _create(qtbot, screen)
    assert len(seen) == 1 and warned == []
    assert screen.window_opened is None and screen.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert _notes(taken) == ["Ana's note from last year"]


def test_a_follow_up_given_a_taken_name_is_asked_about_it_too(qtbot, tmp_path, monkeypatch):
    earlier = _existing(tmp_path / "Q4 roundtable.roundtable")
    taken = _existing(tmp_path / "Follow-up.roundtable")
    new = tmp_path / "Follow-up 2.roundtable"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(earlier), ""))
    )
    dialog = SaveDialog(monkeypatch, taken, new)
    screen, warned = _start(qtbot, monkeypatch, tmp_path)
    seen: list[str] = []
    _press_in_box("chooseAnotherName", seen)
    qtbot.mouseClick(screen.findChild(QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "Follow-up.roundtable already exists" in seen[0]
    assert warned == [] and dialog.asked[1][0] == str(new)
    win = screen.window_opened
    assert win is not None
    qtbot.addWidget(win)
    assert win.store.path == new
    win.close()
    assert _notes(taken) == ["Ana's note from last year"]
