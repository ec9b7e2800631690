"""The start screen opens when a template of the user's own is broken: it offers the
others and says which file it left out and why (the app did not start at all)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.windows.start_screen import StartScreen

BROKEN = "title='Board prep'\n[[rounds]]\ntitle='A'\nprompt='p'\nminutes=true\n"


def test_a_broken_user_template_is_named_and_the_rest_are_offered(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(tmp_path))
    (tmp_path / "board-prep.toml").write_text(BROKEN, encoding="utf-8")

    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()

    offered = [screen.template.itemText(i) for i in range(screen.template.count())]
    assert "Sales and marketing roundtable" in offered
    assert "Board prep" not in offered
    assert screen.template.currentText() == "Sales and marketing roundtable"
    said = screen.findChild(QLabel, "brokenTemplates")
    assert said is not None and said.isVisible()
    assert str(tmp_path / "board-prep.toml") in said.text()
    assert "'minutes' must be a positive number" in said.text()


def test_nothing_is_said_when_every_template_reads(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(tmp_path))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    said = screen.findChild(QLabel, "brokenTemplates")
    assert said is None or not said.isVisible()


def test_a_pipe_named_like_a_template_is_named_and_the_screen_opens(qtbot, tmp_path, monkeypatch):
    # Reading it waited for a writer that never came: the start screen never opened.
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(tmp_path))
    os.mkfifo(tmp_path / "board-prep.toml")
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    assert screen.template.currentText() == "Sales and marketing roundtable"
    said = screen.findChild(QLabel, "brokenTemplates")
    assert said is not None and said.isVisible()
    assert f"{tmp_path / 'board-prep.toml'} is not a file (it is a pipe or a device)" in said.text()
