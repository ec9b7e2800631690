"""File > Save agenda as template… (Ctrl+Alt+S): the session's rounds become a template the
start screen offers; an empty title is said in the dialog, which keeps what was typed; a
title saved before asks before it is replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from roundtable.templates import get_template
from tests.ui.test_follow_up_from_window import when_modal
from ui.windows.start_screen import StartScreen

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def template_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "templates"
    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(folder))
    return folder


def _fill(title: str, then=None):
    """Type `title` in the dialog's Title box and press Save; `then(dialog)` after."""

    def handle(dialog) -> None:
        line = dialog.findChild(QLineEdit, "templateTitle")
        line.selectAll()
        QTest.keyClick(line, Qt.Key.Key_Backspace)
        QTest.keyClicks(line, title)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)
        if then is not None:
            then(dialog)

    return handle


def test_the_agenda_saved_as_a_template_is_offered_by_the_start_screen(qtbot, window, template_dir):
    second = window.store.round_at(2)
    window.store.update_round(second.id, prompt="Where did a joint campaign work this year?")
    seen = when_modal(_fill("Monthly series Munich"))
    qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_ALT)
    assert seen == ["saveTemplateDialog"]
    said = window.statusBar().currentMessage()
    assert said.startswith("Saved the template “Monthly series Munich” (5 rounds, 90 min)")
    assert (template_dir / "monthly-series-munich.toml").exists()
    saved = get_template("monthly-series-munich")
    assert saved.rounds[1].prompt == "Where did a joint campaign work this year?"
    start = StartScreen()
    qtbot.addWidget(start)
    choice = start.findChild(QComboBox, "templateChoice")
    titles = [choice.itemText(i) for i in range(choice.count())]
    assert "Monthly series Munich" in titles
    choice.setCurrentIndex(titles.index("Monthly series Munich"))
    about = start.findChild(QLabel, "templateAbout").text()
    assert about.startswith("5 rounds, 90 min; notes anonymous")
    assert about.endswith(f"Your own template: {template_dir / 'monthly-series-munich.toml'}.")


def test_an_empty_title_is_said_in_the_dialog_and_nothing_is_written(qtbot, window, template_dir):
    problems: list[str] = []

    def after_empty(dialog) -> None:
        label = dialog.findChild(QLabel, "templateProblem")
        problems.append(label.text() if label.isVisible() else "")
        assert QApplication.activeModalWidget() is dialog  # still open
        _fill("Our agenda")(dialog)

    when_modal(_fill("", then=after_empty))
    qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_ALT)
    assert problems == ["Not saved: Give the template a title: the start screen lists it by that."]
    assert [p.name for p in template_dir.iterdir()] == ["our-agenda.toml"]


def test_a_title_saved_before_asks_before_it_is_replaced(qtbot, window, template_dir):
    when_modal(_fill("Our agenda"))
    qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_ALT)
    window.store.update_round(window.store.round_at(3).id, timebox_s=40 * 60)
    asked: list[str] = []

    def yes(box) -> None:
        asked.append(box.text())
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    def save_again(dialog) -> None:
        when_modal(yes)  # the question comes up inside the Save click
        _fill("Our agenda")(dialog)

    when_modal(save_again)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_ALT)
    assert window.statusBar().currentMessage().startswith("Replaced the template “Our agenda”")
    assert asked and "is already saved" in asked[0]
    assert get_template("our-agenda").rounds[2].timebox_s == 40 * 60


def test_a_long_session_title_is_not_cut_but_said_too_long(qtbot, window, template_dir):
    # The box held the title to a template's 120 characters, so a session's longer title
    # was cut without a word and saved as half a title.
    long_title = "Sales and marketing roundtable for the northern region, " * 3  # 168
    window.store.update_session(title=long_title)
    seen: list[tuple[str, str]] = []

    def handle(dialog) -> None:
        line = dialog.findChild(QLineEdit, "templateTitle")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)
        label = dialog.findChild(QLabel, "templateProblem")
        seen.append((line.text(), label.text() if label.isVisible() else ""))
        _fill("Northern region roundtable")(dialog)

    when_modal(handle)
    qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_ALT)
    assert seen == [
        (
            " ".join(long_title.split()),
            "Not saved: The template's title is 167 characters long; the most is 120.",
        )
    ]
    assert sorted(p.name for p in template_dir.iterdir()) == ["northern-region-roundtable.toml"]
