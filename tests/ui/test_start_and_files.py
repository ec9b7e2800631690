"""Start screen, example session, agenda editing and the file error dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from roundtable.store import Store
from ui.windows import dialogs, example_session
from ui.windows.dialogs import open_session
from ui.windows.start_screen import StartScreen


def created_with_roster(qtbot, path, title: str, roster: str):
    """The start screen's Create session with this title and pasted roster: the window it
    opens (closed by qtbot)."""
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.title, title)
    screen.roster.setPlainText(roster)
    screen.create_session(path)
    win = screen.window_opened
    qtbot.addWidget(win)
    return win


def test_new_session_with_roster_opens_window(qtbot, tmp_path):
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    screen.anonymous.setChecked(True)
    screen.roster.setPlainText("Ana Lopez, sales\nBen Okafor, m\n")
    path = tmp_path / "q4.roundtable"
    screen.create_session(path)
    win = screen.window_opened
    qtbot.addWidget(win)
    assert win.windowTitle().startswith("Q4 roundtable")
    assert [(p.name, p.function) for p in win.store.participants()] == [
        ("Ana Lopez", "sales"),
        ("Ben Okafor", "marketing"),
    ]
    assert win.store.session().anonymous
    assert len(win.store.rounds()) >= 3
    win.close()
    assert str(path) in dialogs.recent_files()


def test_a_roster_with_companies_or_pasted_from_a_spreadsheet_is_read(qtbot, tmp_path):
    # "Anna Keller, Nordlicht GmbH, sales" was refused ("Unknown function 'Nordlicht GmbH,
    # sales'"), and rows pasted from a spreadsheet became one name, function other.
    win = created_with_roster(
        qtbot,
        tmp_path / "pasted.roundtable",
        "Berlin roundtable",
        "Name\tCompany\tFunction\n"
        "Anna Keller\tNordlicht GmbH, Berlin\tSales\n"
        "Jonas Brandt\tKessler AG\tmarketing\n",
    )
    assert [(p.name, p.organisation, p.function) for p in win.store.participants()] == [
        ("Anna Keller", "Nordlicht GmbH, Berlin", "sales"),
        ("Jonas Brandt", "Kessler AG", "marketing"),
    ]
    win.close()
    win = created_with_roster(
        qtbot,
        tmp_path / "typed.roundtable",
        "Hamburg roundtable",
        "Anna Keller, Nordlicht GmbH, sales\nBen Okafor, m",
    )
    assert [(p.name, p.organisation, p.function) for p in win.store.participants()] == [
        ("Anna Keller", "Nordlicht GmbH", "sales"),
        ("Ben Okafor", "", "marketing"),
    ]
    win.close()


def test_new_session_without_title_says_so(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.create_session(tmp_path / "x.roundtable")
    assert shown and "title" in shown[0]
    assert screen.window_opened is None


def test_example_session_created_in_data_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(
        example_session, "example_path", lambda: tmp_path / "data" / "ex.roundtable"
    )
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.findChild(QPushButton, "exampleButton"), Qt.MouseButton.LeftButton)
    win = screen.window_opened
    qtbot.addWidget(win)
    assert (tmp_path / "data" / "ex.roundtable").exists()
    assert win.store.note_count() > 50
    win.close()


def _click_later(text: str) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        for b in box.findChildren(QPushButton):
            if b.text() == text:
                b.click()

    QTimer.singleShot(0, press)


def test_locked_file_offers_read_only(qtbot, session_file):
    with Store.open(session_file):
        _click_later("Open read-only")
        win = open_session(session_file, None)
        qtbot.addWidget(win)
        assert win.store.read_only
        assert "read-only" in win.windowTitle()
        win.close()


def _click_or_cancel(box, text: str) -> None:
    """Click the button so named; without one, Cancel (the test then fails, not hangs)."""
    buttons = {b.text(): b for b in box.findChildren(QPushButton)}
    (buttons.get(text) or buttons["Cancel"]).click()


def test_a_file_another_program_is_writing_offers_read_only(qtbot, session_file, other_program):
    # It opened as if writable, with no warning; the first note then froze the window for
    # about 5 s and was not saved.
    other_program(session_file, "BEGIN EXCLUSIVE")
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        seen.extend(b.text() for b in box.findChildren(QPushButton))
        seen.extend([box.windowTitle(), box.text()])
        _click_or_cancel(box, "Open read-only")

    QTimer.singleShot(0, press)
    win = open_session(session_file, None)
    qtbot.addWidget(win)
    assert "Open read-only" in seen and "Try again" in seen
    assert any("another program" in text for text in seen)
    assert win.store.read_only and "read-only" in win.windowTitle()
    win.close()


def test_a_file_another_program_let_go_of_opens_on_try_again(qtbot, session_file, other_program):
    browser = other_program(session_file, "BEGIN EXCLUSIVE")

    def press() -> None:
        browser.stop()  # the user closes the database browser, then tries again
        _click_or_cancel(QApplication.activeModalWidget(), "Try again")

    QTimer.singleShot(0, press)
    win = open_session(session_file, None)
    qtbot.addWidget(win)
    assert not win.store.read_only and "read-only" not in win.windowTitle()
    win.close()


def test_a_file_on_a_write_protected_disk_offers_read_only(qtbot, session_file, monkeypatch):
    # It offered only "Choose another file…" and Cancel, though its message said to open it
    # read-only. (Root writes anywhere: the store is told nothing here can be written.)
    import os

    from roundtable.store import store as store_module

    real_access = os.access
    monkeypatch.setattr(
        store_module.os,
        "access",
        lambda path, mode, *a, **k: False if mode & os.W_OK else real_access(path, mode),
    )
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        seen.extend(b.text() for b in box.findChildren(QPushButton))
        seen.append(box.windowTitle())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Open read-only").click()

    QTimer.singleShot(0, press)
    win = open_session(session_file, None)
    qtbot.addWidget(win)
    assert "Open read-only" in seen and "Session cannot be changed here" in seen
    assert win.store.read_only and "read-only" in win.windowTitle()
    win.close()


def test_damaged_file_offers_another_and_cancel_gives_up(qtbot, tmp_path):
    bad = tmp_path / "bad.roundtable"
    bad.write_bytes(b"not a session at all" * 100)
    _click_later("Cancel")
    assert open_session(bad, None) is None
    assert bad.read_bytes() == b"not a session at all" * 100


def test_agenda_edit_add_move_remove_with_undo(qtbot, window, monkeypatch):
    from ui.windows.agenda import RoundDialog

    monkeypatch.setattr(RoundDialog, "exec", lambda self: True)
    monkeypatch.setattr(
        RoundDialog, "values", lambda self: ("Extra", "Anything else?", 300, False, "")
    )
    before = [(r.title, r.timebox_s) for r in window.store.rounds()]
    shown = window.store.round(window.shown_round_id())
    window.add_round()
    # The new round comes right after the round on show, and the board stays on that round.
    titles = [r.title for r in window.store.rounds()]
    assert titles[shown.position] == "Extra"
    assert window.shown_round_id() == shown.id
    assert f"Added round {shown.position + 1}, Extra, after round {shown.position}" in (
        window.statusBar().currentMessage()
    )
    assert window.agenda.count() == len(before) + 1
    extra = window.store.rounds()[shown.position]
    # With a later round running, a new round goes after the running one instead: one
    # slipped in before it would never be reached by Next round.
    running = window.store.rounds()[3]
    window.store.start_round(running.id)
    window.add_round()
    assert window.store.rounds()[running.position].title == "Extra"  # right after it
    window.undo_stack.undo()
    window.show_round(extra.id)
    qtbot.keyClick(window.entry, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.store.round(extra.id).position == shown.position
    window.remove_round()
    assert [(r.title, r.timebox_s) for r in window.store.rounds()] == before
    window.undo_stack.undo()
    assert window.store.rounds()[shown.position - 1].title == "Extra"
    window.edit_round()
    assert window.store.round(window.shown_round_id()).prompt == "Anything else?"


def test_round_dialog_offers_the_templates_spare_questions_with_their_hints(
    qtbot, window, monkeypatch
):
    from PySide6.QtWidgets import QComboBox

    from roundtable.round_themes import round_hints
    from ui.windows.agenda import RoundDialog

    offered: list[str] = []

    def choose_second_spare_question(dlg: RoundDialog) -> bool:
        bank = dlg.findChild(QComboBox, "roundQuestionBank")
        offered.extend(bank.itemText(i) for i in range(bank.count()))
        bank.setFocus()
        qtbot.keyClick(bank, Qt.Key.Key_Down)
        assert dlg.title.text() == "What should we stop doing?"
        qtbot.keyClick(bank, Qt.Key.Key_Down)  # the facilitator settles on the next one
        assert dlg.title.text() == "What should we start doing?"
        qtbot.keyClick(dlg.title, Qt.Key.Key_End)
        dlg.title.insert(" (sales view)")  # still editable after choosing
        return True

    monkeypatch.setattr(RoundDialog, "exec", choose_second_spare_question)
    window.add_round()
    assert offered[1:4] == [
        "What should we stop doing?",
        "What should we start doing?",
        "How should we measure success together?",
    ]
    (added,) = [r for r in window.store.rounds() if r.title.endswith("(sales view)")]
    assert added.title == "What should we start doing? (sales view)"
    assert "next quarter" in added.prompt and added.timebox_s == 15 * 60
    shown = [window.agenda.item(i).text() for i in range(window.agenda.count())]
    assert any("What should we start doing? (sales view)" in text for text in shown), shown
    # Renamed, it keeps the spare question's hints through its question text.
    hints = round_hints(window.store.session().template, added, len(window.store.rounds()))
    assert "A joint pipeline review" in [h.label for h in hints]


def test_a_follow_up_carries_the_people_and_open_commitments_over(
    qtbot, tmp_path, demo_file, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    with Store.open(demo_file, read_only=True) as old:
        people = [(p.name, p.function) for p in old.participants()]
        open_items = [a.text for a in old.actions() if a.status == "open"]
    assert open_items
    target = tmp_path / "follow-up.roundtable"
    asked: list[str] = []

    def choose(_parent, caption, start, _filter):
        asked.append(start)
        return str(demo_file), ""

    def save(_parent, caption, suggested, _filter, **_options):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.findChild(QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    win = screen.window_opened
    qtbot.addWidget(win)
    assert asked[1].endswith("Follow-up Sales and marketing roundtable closing the gap.roundtable")
    assert win.store.session().title.startswith("Follow-up: Sales and marketing roundtable")
    assert [(p.name, p.function) for p in win.store.participants()] == people
    assert [a.text for a in win.store.actions()] == open_items
    review = [r for r in win.store.rounds() if win.store.notes(r.id)]
    assert any(n.text.startswith("Commitment: ") for r in review for n in win.store.notes(r.id))
    # The roster is last time's, nobody ticked as here yet: the window says how to.
    status = win.statusBar().currentMessage()
    assert status.startswith(
        f"Follow-up of Sales and marketing roundtable: closing the gap:"
        f" {len(people)} participants, 1 open question and {len(open_items)} open action"
    )
    assert "Tick who came under Here in Session > People (Ctrl+Shift+P)" in status
    assert all(p.absent for p in win.store.participants())
    win.close()


def test_a_read_only_window_follows_what_the_writer_adds(qtbot, session_file):
    from PySide6.QtWidgets import QTreeWidget

    with Store.open(session_file) as writer:
        _click_later("Open read-only")
        win = open_session(session_file, None)
        qtbot.addWidget(win)
        win.show()
        rid = win.shown_round_id()
        note = writer.add_note(rid, "Added in the other window", function="sales")
        writer.add_theme(rid, "Other window", note_ids=[note.id])
        board_texts = lambda: [win.board.item(i).text() for i in range(win.board.count())]  # noqa: E731
        qtbot.waitUntil(lambda: "Added in the other window" in board_texts(), timeout=5000)
        tree = win.findChild(QTreeWidget, "themeList")
        qtbot.waitUntil(
            lambda: any(
                tree.topLevelItem(i).text(0) == "Other window"
                for i in range(tree.topLevelItemCount())
            ),
            timeout=5000,
        )
        win.close()


def test_anonymous_notes_start_as_the_chosen_template_says(qtbot):
    screen = StartScreen()
    qtbot.addWidget(screen)
    names = [screen.template.itemData(i).name for i in range(screen.template.count())]
    assert screen.template.currentData().name == "sales-marketing-roundtable"
    assert screen.anonymous.isChecked()  # the template says anonymous = true
    screen.template.setCurrentIndex(names.index("campaign-preview"))
    assert not screen.anonymous.isChecked()


def test_an_anonymous_session_with_a_roster_says_the_names_stay_out(qtbot):
    # A roster typed under a ticked "Anonymous notes" vanished from the minutes unannounced.
    from PySide6.QtWidgets import QLabel

    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    note = screen.findChild(QLabel, "anonymousRosterNote")
    screen.anonymous.setChecked(True)
    assert not note.isVisible()  # no roster, nothing to say
    qtbot.keyClicks(screen.roster, "Ana Lopez, sales")
    assert note.isVisible() and "no names" in note.text()
    screen.anonymous.setFocus()
    qtbot.keyClick(screen.anonymous, Qt.Key.Key_Space)
    assert not screen.anonymous.isChecked() and not note.isVisible()


def test_the_follow_up_template_points_to_follow_up_a_session(qtbot):
    # Made from the template list it had an empty review round and no word of the way that
    # carries the earlier session's open action items over.
    from PySide6.QtWidgets import QComboBox, QLabel

    screen = StartScreen()
    qtbot.addWidget(screen)
    choice = screen.findChild(QComboBox, "templateChoice")
    choice.setCurrentIndex(choice.findText("Follow-up: review of commitments"))
    about = screen.findChild(QLabel, "templateAbout").text()
    assert "use “Follow up a session…” below instead" in about
    choice.setCurrentIndex(choice.findText("Sales and marketing roundtable"))
    other = screen.findChild(QLabel, "templateAbout").text()
    assert "rounds" in other and "Follow up" not in other


def test_ctrl_q_quits_closing_every_session_window(qtbot, session_file, fake_clock, tmp_path):
    # Ctrl+Q did nothing; File had no Quit.
    import shutil

    from tests.ui.conftest import shown_window

    other = tmp_path / "other.roundtable"
    shutil.copy(session_file, other)
    first = shown_window(qtbot, session_file, fake_clock)
    second = shown_window(qtbot, other, fake_clock)
    first.store.add_note(first.shown_round_id(), "Kept on disk", function="sales")
    first.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)
    qtbot.keyClick(first.entry, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not first.isVisible() and not second.isVisible())
    with Store.open(session_file) as store:
        assert [n.text for n in store.notes()] == ["Kept on disk"]


def _rescue_when_asked() -> list[str]:
    """Press "Rescue a copy" in the message the next open shows; its text lands in the list."""
    said: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        said.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Rescue a copy").click()

    QTimer.singleShot(0, press)
    return said


def test_a_damaged_file_offers_to_rescue_a_copy_and_opens_it(qtbot, session_file, fake_clock):
    # The message said to open a copy mailed earlier; an organizer has no command line.
    from tests.core.test_session_file import _scribble_on_index

    with Store.open(session_file, clock=fake_clock) as store:
        rnd = store.round_at(2)
        for i in range(150):
            store.add_note(rnd.id, f"note number {i}", function="marketing")
    data = _scribble_on_index(session_file, "idx_notes_round_id")
    said = _rescue_when_asked()
    win = open_session(session_file, None)
    qtbot.addWidget(win)
    assert "choose Rescue a copy" in said[0] and "roundtable rescue" not in said[0]
    assert win.store.path == session_file.with_name("test-rescued.roundtable")
    assert win.store.note_count() == 150 and not win.store.read_only
    assert "150 notes" in win.statusBar().currentMessage()
    assert session_file.read_bytes() == data
    win.close()


def test_a_rescued_copy_whose_rounds_were_lost_opens_with_every_note(qtbot, demo_file):
    # The copy of a file whose rounds page was overwritten gave "Unexpected error" and no
    # window: its 61 notes were kept but could not be reached.
    from tests.core.test_rescue import wipe_table
    from tests.ui.test_main_window import card_texts

    with Store.open(demo_file, read_only=True) as before:
        first = [n.text for n in before.notes(before.rounds()[0].id)]
    wipe_table(demo_file, "rounds")
    _rescue_when_asked()
    win = open_session(demo_file, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    agenda = [win.agenda.item(i).text() for i in range(win.agenda.count())]
    assert len(agenda) == 5 and all("(rescued)" in text for text in agenda)
    assert "stand-ins made for them" in win.statusBar().currentMessage()
    assert win.store.note_count() == 61
    win.agenda.setCurrentRow(0)
    assert sorted(card.split("\n")[0] for card in card_texts(win)) == sorted(first)
    assert "could not be read" in win.question.text()
    win.close()


def test_the_start_screen_starts_on_the_title_or_on_continue(qtbot, session_file, tmp_path):
    # The first keys went to the template list (no focus mark), and with a session to go
    # back to Enter did nothing.
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    assert QApplication.focusWidget() is screen.title
    dialogs.remember(session_file, "Test roundtable")
    again = StartScreen()
    qtbot.addWidget(again)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    assert QApplication.focusWidget().objectName() == "continueButton"
