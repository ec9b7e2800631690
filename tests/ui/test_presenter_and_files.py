"""Presenter view on one screen or two, where the file dialogs start, and the start screen's
size and recent sessions (defects from a user walkthrough)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from roundtable.store import Store
from roundtable.templates import get_template
from ui.windows import dialogs
from ui.windows import presenter as presenter_module
from ui.windows.recent_list import DETAIL, MISSING
from ui.windows.sizing import fit_to_screen
from ui.windows.start_screen import StartScreen


def type_notes(qtbot, win, count: int) -> None:
    for i in range(count):
        qtbot.keyClicks(win.entry, f"Idea number {i} for the joint pipeline")
        qtbot.keyClick(win.entry, Qt.Key.Key_Return)


def test_presenter_on_one_screen_opens_in_front_fully_on_it_at_the_top_and_esc_closes(
    qtbot, window
):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    # Enough notes that the wall scrolls: they arrive while the view is still hidden.
    type_notes(qtbot, window, 40)
    view = window.presenter
    screen = window.screen()

    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    assert view.isVisible() and view.isFullScreen()
    assert screen.geometry().contains(view.frameGeometry()), (view.frameGeometry(), screen)
    assert view.findChild(object, "presenterHint").isVisible()
    qtbot.wait(1)  # the wall lays its cards out after the first show
    wall = view.wall
    assert wall.verticalScrollBar().maximum() > 0  # it does scroll...
    assert wall.verticalScrollBar().value() == 0  # ...but opens at the top
    header = wall.visualItemRect(wall.item(0))
    assert header.top() >= 0 and wall.item(0).text().startswith("Ungrouped — 40 notes")

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.entry

    # F5 opens it again and, in the view, closes it too.
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view, Qt.Key.Key_F5)
    assert not view.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_typing_in_the_presenter_view_on_one_screen_adds_the_note(qtbot, window, presenter_up):
    view = presenter_up
    qtbot.keyClicks(view, "m: Typed on the wall")
    hint = view.findChild(object, "presenterHint")
    assert hint.text().startswith("Typing: m: Typed on the wall")  # the room sees what is typed
    # Large enough to read at a glance; it was the size of the small grey hint.
    assert hint.font().pointSize() >= 2 * window.font().pointSize()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    notes = window.store.notes(window.shown_round_id())
    assert [(n.text, n.function) for n in notes] == [("Typed on the wall", "marketing")]
    assert view.isVisible() and view.wall.item(0).text().startswith("Ungrouped — 1 note")
    assert not hint.text().startswith("Typing")
    assert hint.font().pointSize() < 2 * window.font().pointSize()


def test_presenter_with_a_second_screen_goes_there_and_leaves_focus_in_the_main_window(
    qtbot, window, monkeypatch
):
    # Offscreen Qt has one screen: stand its screen in for the projector.
    projector = window.screen()
    monkeypatch.setattr(presenter_module, "other_screen", lambda main: projector)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.presenter

    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    assert view.isVisible() and view.isFullScreen()
    assert view.geometry() == projector.geometry()
    assert view.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert not view.findChild(object, "presenterHint").isVisible()
    qtbot.wait(10)
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is window.entry
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    assert not view.isVisible()


# ----- where the file dialogs start, and the name they suggest ---------------------------------


class FileDialogSpy:
    """Stands in for QFileDialog's static functions: records where each dialog would have
    started, and answers with `answer` (a path, or "" for Cancel)."""

    def __init__(self, monkeypatch, answer: str = "") -> None:
        self.calls: list[tuple[str, str]] = []
        self.answer = answer
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._ask(name)))

    def _ask(self, name: str):
        def ask(parent, caption, directory, file_filter, **_options):
            self.calls.append((name, directory))
            return self.answer, file_filter if self.answer else ""

        return ask


def make_session(path: Path, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store.create(path, title=title, template=get_template("sales-marketing-roundtable")):
        pass
    return path


def test_new_session_starts_in_the_last_sessions_folder_named_after_the_title(
    qtbot, tmp_path, monkeypatch
):
    earlier = make_session(tmp_path / "clients" / "kickoff.roundtable", "Kickoff")
    dialogs.remember(earlier, "Kickoff")
    chosen = tmp_path / "clients" / "Q3 roundtable.roundtable"
    spy = FileDialogSpy(monkeypatch, answer=str(chosen))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.title, "Q3 roundtable")
    qtbot.mouseClick(
        screen.findChild(QPushButton, "createSessionButton"), Qt.MouseButton.LeftButton
    )
    assert spy.calls == [
        ("getSaveFileName", str(tmp_path / "clients" / "Q3 roundtable.roundtable"))
    ]
    win = screen.window_opened
    qtbot.addWidget(win)
    assert win.store.path == chosen and win.store.session().title == "Q3 roundtable"
    win.close()
    # Open starts there too, on the start screen and in the main window's File > Open.
    spy.answer = ""
    again = StartScreen()
    qtbot.addWidget(again)
    qtbot.mouseClick(again.findChild(QPushButton, "openSessionButton"), Qt.MouseButton.LeftButton)
    assert dialogs.choose_file(None) is None
    assert spy.calls[1:] == [("getOpenFileName", str(tmp_path / "clients"))] * 2


def test_without_recent_sessions_dialogs_start_in_documents_else_home(qtbot, tmp_path, monkeypatch):
    docs, home = tmp_path / "Documents", tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda location: str(docs))
    )
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    # A recent session whose folder is gone does not count.
    dialogs.remember(tmp_path / "gone" / "old.roundtable", "Old")
    spy = FileDialogSpy(monkeypatch)
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.title, 'Sales/Marketing: "Q4" plan?')
    button = screen.findChild(QPushButton, "createSessionButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # no Documents folder: home
    docs.mkdir()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    name = "Sales Marketing Q4 plan.roundtable"
    assert spy.calls == [
        ("getSaveFileName", str(home / name)),
        ("getSaveFileName", str(docs / name)),
    ]
    assert screen.window_opened is None  # cancelled: nothing created
    assert list(docs.iterdir()) == [] and list(home.iterdir()) == []


def test_new_session_without_a_title_asks_for_one_before_any_file_dialog(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    spy = FileDialogSpy(monkeypatch)
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(
        screen.findChild(QPushButton, "createSessionButton"), Qt.MouseButton.LeftButton
    )
    assert spy.calls == [] and shown and "title" in shown[0]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Q3 roundtable", "Q3 roundtable.roundtable"),
        ("  a/b\\c: d*e?  ", "a b c d e.roundtable"),
        ("..hidden.", "hidden.roundtable"),
        ("???", "Roundtable session.roundtable"),
    ],
)
def test_safe_file_name(title, name):
    assert dialogs.safe_file_name(title) == name


# ----- the start screen: its size and its recent sessions ------------------------------------


def test_start_screen_lists_recent_sessions_by_title_and_opens_showing_them_all(
    qtbot, tmp_path, monkeypatch
):
    example = make_session(tmp_path / "tmp.2rba" / "example.roundtable", "Example roundtable")
    win = dialogs.open_session(example, None)  # opening a session remembers its title
    win.close()
    for i in range(5):
        dialogs.remember(make_session(tmp_path / "clients" / f"s{i}.roundtable", f"Q{i}"))
    dialogs.remember(tmp_path / "clients" / "moved away.roundtable", "Moved away")
    untitled = tmp_path / "clients" / "no title known.roundtable"
    untitled.write_bytes(b"")
    dialogs.remember(untitled)

    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    recent = screen.recent
    rows = [recent.item(i) for i in range(recent.count())]
    assert [r.text() for r in rows] == [
        "no title known",  # the file name without its extension
        "Moved away",
        "s4",  # remembered before titles were: its file name
        "s3",
        "s2",
        "s1",
        "s0",
        "Example roundtable",
    ]
    # The file's name and folder are the second line (two files of one title in one folder
    # looked the same) and the tooltip holds the whole path.
    example_row = rows[-1]
    assert example_row.data(DETAIL) == f"{example.name} — {example.parent}"
    assert example_row.toolTip() == str(example)
    gone = rows[1]
    assert gone.data(MISSING) and "no longer exists" in gone.data(DETAIL)
    assert "no longer exists" in gone.toolTip()
    assert not rows[0].data(MISSING)

    # All of it in view: every row without scrolling, the window wholly on the screen.
    area = screen.screen().availableGeometry()
    assert area.contains(screen.frameGeometry())
    assert screen.height() >= screen.sizeHint().height()
    assert recent.verticalScrollBar().maximum() == 0
    last = recent.visualItemRect(rows[-1])
    assert recent.viewport().rect().contains(last)
    buttons = screen.findChild(QPushButton, "exampleButton")
    assert screen.rect().contains(buttons.geometry())

    # Enter on a row opens it; on a file that is gone it offers to drop it from the list.
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    recent.setFocus()
    recent.setCurrentRow(1)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert recent.count() == 7 and str(tmp_path / "clients" / "moved away.roundtable") not in (
        dialogs.recent_entries()
    )
    recent.setCurrentRow(6)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    opened = screen.window_opened
    qtbot.addWidget(opened)
    assert opened.store.path == example
    opened.close()


def test_start_screen_without_recent_sessions_says_so(qtbot):
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.recent.isVisible()
    assert "No recent sessions" in screen.findChild(QLabel, "noRecentSessions").text()
    assert screen.screen().availableGeometry().contains(screen.frameGeometry())


def test_fit_to_screen_keeps_a_tall_window_inside_a_small_screen(qtbot):
    for i in range(8):
        dialogs.remember(Path(f"/nowhere/s{i}.roundtable"), f"Session {i}")
    screen = StartScreen()
    qtbot.addWidget(screen)
    area = QRect(100, 50, 700, 480)
    assert screen.sizeHint().height() > area.height()
    fit_to_screen(screen, area)
    assert area.contains(screen.geometry())
    assert screen.width() >= screen.sizeHint().width()


def test_typing_in_the_presenter_view_adds_to_the_round_on_the_wall(qtbot, window):
    # With round 2's clock running and round 1 open in the main window, a note typed in the
    # presenter view went to round 1: the room never saw it on the wall.
    first, second = window.store.rounds()[:2]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    window.next_btn.click()
    window.show_round(first.id)
    # The capture line says where notes go while another round's clock runs.
    # In the timer's words ("clock: 2" read as two minutes or two o'clock).
    assert window.entry.placeholderText() == f"Notes go to round 1, {first.title} (timer: round 2)"
    assert f"the clock runs round 2, {second.title}." in window.entry.toolTip()
    view = window.presenter
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    assert view.wall.round_id == second.id
    qtbot.keyClicks(view, "s: On the wall")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [n.text for n in window.store.notes(second.id)] == ["On the wall"]
    assert window.store.notes(first.id) == []
    assert view.wall.item(0).text().startswith("Ungrouped — 1 note")


def test_the_presenter_view_scrolls_by_page_and_pauses_the_clock(qtbot, window, fake_clock):
    # On one screen the view has the keyboard: Page Down did nothing and Ctrl+Space did not
    # pause the round.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    type_notes(qtbot, window, 40)  # more than fit even at the smallest cards
    view = window.presenter
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    bar = view.wall.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for _ in range(3):  # the wall settles its card size first (a turn or two)
        qtbot.waitUntil(lambda: not view._fit_pending)
        qtbot.wait(20)
    assert bar.value() == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    rid = window.store.session().current_round_id
    assert window.store.round(rid).is_running
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert not window.store.round(rid).is_running
    assert view.isVisible()  # the room keeps its wall


def test_the_wall_shrinks_its_cards_until_the_whole_round_fits(qtbot, window):
    # Cards were always 360 x 200: the room saw four or five notes of a round of twenty.
    from ui.windows.wall_rows import CARD, MIN_SCALE

    window.start_btn.click()
    type_notes(qtbot, window, 4)
    view = window.presenter
    view.show_round(window.shown_round_id(), "What works?")
    view.show()
    view.resize(1600, 1000)
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.wall.count() == 5)  # the Ungrouped header and 4 cards
    qtbot.wait(20)
    # Few notes: full size (and as wide as their rows allow).
    assert view.wall.card_size.height() == CARD.height()
    assert view.wall.card_size.width() >= CARD.width()
    type_notes(qtbot, window, 20)
    qtbot.waitUntil(lambda: view.wall.card_size.height() < CARD.height())
    qtbot.wait(20)
    assert view.wall.card_size.width() >= CARD.width() * MIN_SCALE - 1
    assert view.wall.verticalScrollBar().maximum() == 0  # all 24 notes in view
    view.hide()


def test_a_long_question_takes_smaller_type_on_the_wall(qtbot, window):
    # At 34 points a long question took four lines, half of a laptop's screen.
    view = window.presenter
    view.resize(1280, 720)
    view.show_round(window.shown_round_id(), "What works?")
    assert view.question.font().pointSize() == 34
    long = (
        "What gets in the way between sales and marketing? Where does a good lead or a good"
        " idea get lost on its way from the first click to the signed contract?"
    )
    view.show_round(window.shown_round_id(), long)
    assert view.question.font().pointSize() < 34


def test_back_from_the_wall_typing_goes_to_the_note_line_not_the_vote_table(qtbot, themed):
    # F5 from a vote cell, Esc: focus went back to the cell, and the next note typed
    # ("9 marketing people asked ...") became 9 marketing dots for that theme.
    from PySide6.QtWidgets import QTableView

    window = themed
    store, rid = window.store, window.shown_round_id()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    votes = window.findChild(QTableView, "voteTable")
    votes.setFocus()
    votes.setCurrentIndex(votes.model().index(0, votes.model().columnCount() - 2))
    qtbot.keyClick(votes, Qt.Key.Key_F5)
    view = window.presenter
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.entry
    before = len(store.notes(rid))
    qtbot.keyClicks(QApplication.focusWidget(), "9 marketing people asked for scoring")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(store.notes(rid)) == before + 1
    assert store.notes(rid)[-1].text == "9 marketing people asked for scoring"
    assert all(sum(store.theme_votes(t.id).values()) == 0 for t in store.themes(rid))


def test_the_anonymous_choice_stays_when_another_template_is_picked(qtbot):
    # Unticked, then another template picked: the box went back to the template's setting.
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    names = [screen.template.itemData(i).name for i in range(screen.template.count())]
    screen.template.setCurrentIndex(names.index("sales-marketing-roundtable"))
    assert screen.anonymous.isChecked()  # the template's own setting first
    screen.anonymous.setFocus()
    qtbot.keyClick(screen.anonymous, Qt.Key.Key_Space)
    assert not screen.anonymous.isChecked()
    screen.template.setCurrentIndex(names.index("follow-up-review"))
    assert not screen.anonymous.isChecked()
