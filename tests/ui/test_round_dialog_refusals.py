"""The round dialog keeps what was typed when a round cannot be taken as it stands."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from roundtable.store import Store
from ui.windows.agenda import RoundDialog


def _in_dialog(qtbot, steps) -> None:
    """Run `steps(dialog)` on the round dialog once it is open."""

    def go() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RoundDialog):
            QTimer.singleShot(10, go)
            return
        steps(dialog)

    QTimer.singleShot(0, go)


def test_a_blank_title_keeps_the_dialog_open_with_everything_typed(
    qtbot, window, session_file, monkeypatch
):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    rnd = window.store.rounds()[1]
    window.show_round(rnd.id)
    seen: list[tuple[bool, str, str, str]] = []

    def edit(dialog: RoundDialog) -> None:
        dialog.title.selectAll()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Delete)
        dialog.prompt.setPlainText("Which joint habit would you copy tomorrow?")
        dialog.guidance.setPlainText("Ask for one example each.")
        dialog.minutes.setValue(17)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # OK with no title
        problem = dialog.findChild(QLabel, "roundProblem")
        seen.append(
            (
                dialog.isVisible(),
                problem.text() if problem is not None and problem.isVisible() else "",
                dialog.prompt.toPlainText(),
                dialog.guidance.toPlainText(),
            )
        )
        qtbot.keyClicks(dialog.title, "What works today")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    _in_dialog(qtbot, edit)
    window.edit_round()
    assert seen == [
        (
            True,
            "A round needs a title: type one, or Cancel.",
            "Which joint habit would you copy tomorrow?",
            "Ask for one example each.",
        )
    ]
    assert warned == []
    window.close()
    with Store.open(session_file, read_only=True) as store:
        now = store.round(rnd.id)
    assert (now.title, now.prompt, now.guidance, now.timebox_s) == (
        "What works today",
        "Which joint habit would you copy tomorrow?",
        "Ask for one example each.",
        17 * 60,
    )


def test_a_cleared_question_asks_the_title_and_keeps_the_other_edits(qtbot, window, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    rnd = window.store.rounds()[0]
    window.show_round(rnd.id)

    def edit(dialog: RoundDialog) -> None:
        dialog.prompt.clear()
        dialog.guidance.setPlainText("Twenty seconds each.")
        dialog.minutes.setValue(12)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    _in_dialog(qtbot, edit)
    window.edit_round()
    now = window.store.round(rnd.id)
    assert warned == []
    assert (now.prompt, now.guidance, now.timebox_s) == ("Welcome", "Twenty seconds each.", 720)


def test_a_timebox_of_part_minutes_is_kept_unless_the_minutes_are_changed(qtbot):
    # 7.5 minutes showed as 7, and OK after a typo fixed in the title saved 420 s.
    dialog = RoundDialog("Whta works", "Where do we work well together?", 450)
    qtbot.addWidget(dialog)
    dialog.title.setText("What works")
    assert dialog.values()[2] == 450
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Up)  # 8 min, chosen
    assert dialog.values()[2] == 480


def test_a_title_over_the_limit_keeps_the_dialog_open_and_says_how_long(qtbot, window, monkeypatch):
    # The dialog took a title of any length (the line's own cut at 32,767 aside), and a
    # round of 700 characters filled the agenda and the window's top.
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    rnd = window.store.rounds()[1]
    window.show_round(rnd.id)
    seen: list[tuple[bool, str]] = []

    def edit(dialog: RoundDialog) -> None:
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Pipeline " * 25)  # 225 characters, 224 kept
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
        problem = dialog.findChild(QLabel, "roundProblem")
        shown = problem.text() if problem is not None and problem.isVisible() else ""
        seen.append((dialog.isVisible(), shown))
        dialog.title.setText("Pipeline")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    _in_dialog(qtbot, edit)
    window.edit_round()
    assert seen == [
        (
            True,
            "A round's title can be at most 200 characters; this one has 224. Shorten it, or"
            " put the rest in the question.",
        )
    ]
    assert warned == []
    assert window.store.round(rnd.id).title == "Pipeline"
