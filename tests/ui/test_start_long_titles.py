"""A session titled in a script of several bytes a character is made from the start screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from roundtable.store import Store
from ui.windows import start_screen
from ui.windows.start_screen import StartScreen

TITLE = "販売とマーケティングの円卓会議" * 8  # 120 characters, 360 bytes in UTF-8


def test_a_long_japanese_title_gets_a_file_name_the_disk_takes(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(start_screen, "start_folder", lambda: tmp_path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _c, name, f, **_k: (name, f))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.title.insert(TITLE)
    screen.create_session()  # "Unexpected error": [Errno 36] File name too long
    assert warned == []
    win = screen.window_opened
    assert win is not None
    qtbot.addWidget(win)
    (made,) = tmp_path.glob("*.roundtable")
    assert made.name.startswith("販売とマーケティングの円卓会議")
    win.close()
    with Store.open(made, read_only=True) as store:
        assert store.session().title == TITLE


def test_a_name_the_disk_refuses_is_said_in_a_line(qtbot, tmp_path, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    typed = tmp_path / ("会議" * 60 + ".roundtable")  # typed in the Save dialog itself
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.title.insert("Q4")
    screen.create_session(typed)
    assert screen.window_opened is None
    (said,) = warned
    assert "cannot be made in" in said and "choose a shorter name or another place" in said
    assert list(tmp_path.iterdir()) == []
