"""The facilitator's window driven with real key and mouse events."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from ui.app import open_window


def type_note(qtbot, win, text: str) -> None:
    entry = win.findChild(QLineEdit, "noteEntry")
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def card_texts(win) -> list[str]:
    board = win.board
    return [
        board.item(i).text()
        for i in range(board.count())
        if board.item(i).data(Qt.ItemDataRole.UserRole) == "note"
    ]


def writer_names_on(qtbot, win) -> None:
    """View > Writers' names on cards, by its key (an anonymous session starts without)."""
    if not win.board.show_names:
        qtbot.keyClick(
            win.entry,
            Qt.Key.Key_W,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert win.board.show_names


def test_contract_object_names(window):
    for name in (
        "agenda",
        "roundTimer",
        "projectedEnd",
        "startRoundButton",
        "nextRoundButton",
        "noteEntry",
        "noteBoard",
        "mainToolbar",
    ):
        assert window.findChild(object, name) is not None, name
    assert window.presenter.objectName() == "presenterWindow"
    assert window.menu("Themes").title() == "&Themes"


def test_window_menus_keep_their_entries_and_shortcuts(qtbot, window):
    from PySide6.QtGui import QKeySequence

    own = {
        "&File": [
            ("&Close", "Ctrl+F4"),
            ("&Open…", "Ctrl+O"),
            ("&Start screen (new session)…", "Ctrl+N"),
        ],
        "&Edit": [
            ("&Undo", "Ctrl+Z"),
            ("&Redo", "Ctrl+Shift+Z"),
            ("Edit note", "F2"),
            ("Delete notes", "Del"),
            ("Mark open question", "Ctrl+Shift+O"),
            ("Function: sales", "Ctrl+1"),
            ("Function: marketing", "Ctrl+2"),
            ("Function: other", "Ctrl+3"),
            ("Move notes to next round", "Ctrl+Shift+Right"),
            ("Move notes to previous round", "Ctrl+Shift+Left"),
        ],
        "&Session": [
            ("Edit round…", "Ctrl+Shift+E"),
            ("Add round", "Ctrl+Shift+N"),
            ("People…", "Ctrl+Shift+P"),
            ("Remove round", "Ctrl+Shift+Del"),
            ("Move round up", "Alt+Up"),
            ("Move round down", "Alt+Down"),
        ],
        "&Round": [
            ("Start / pause", "Ctrl+Space"),
            ("Next round", "Ctrl+Right"),
            ("Add 1 min to this round", "Ctrl+Up"),
            ("Add 5 min to this round", "Ctrl+Shift+Up"),
            ("Re-plan to end on time", "Ctrl+R"),
            ("Show the round on the clock", "Alt+Home"),
        ],
        "&View": [
            ("Presenter view", "F5"),
            ("Put this round on the wall", "Shift+F5"),
            ("Commitments on the wall", "Ctrl+F5"),
            ("Show all", "Alt+0"),
            ("Show sales", "Alt+1"),
            ("Show marketing", "Alt+2"),
            ("Show other", "Alt+3"),
            ("Writers' names on cards", "Ctrl+Shift+W"),
        ],
    }
    portable = QKeySequence.SequenceFormat.PortableText
    menus = {a.menu().title(): a.menu() for a in window.menuBar().actions()}
    assert list(menus)[:4] == ["&File", "&Edit", "&Session", "&Round"]
    for title, entries in own.items():
        shown = [(a.text(), a.shortcut().toString(portable)) for a in menus[title].actions()]
        assert shown[: len(entries)] == entries, title
    qtbot.keyClick(window.entry, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(QLabel, "captureFunction").text() == "Other"
    type_note(qtbot, window, "s: Pipeline call works")
    type_note(qtbot, window, "m: Briefs come late")
    qtbot.keyClick(window.entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    shown = [
        window.board.item(i).text()
        for i in range(window.board.count())
        if window.board.item(i).data(Qt.ItemDataRole.UserRole) == "note"
        and not window.board.item(i).isHidden()
    ]
    assert shown == ["Briefs come late"]
    # The filter is said above the board while it lasts (it was easy to forget).
    banner = window.findChild(QLabel, "filterBanner")
    assert banner.isVisible() and banner.text().startswith("Showing marketing notes only")
    qtbot.keyClick(window.entry, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert not banner.isVisible()


def test_undo_redo_of_a_note(qtbot, window):
    type_note(qtbot, window, "First")
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card_texts(window) == []
    qtbot.keyClick(
        window.entry,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert card_texts(window) == ["First"]


def test_delete_and_move_note(qtbot, window):
    type_note(qtbot, window, "one")
    type_note(qtbot, window, "two")
    window.board.card(window.store.notes(window.shown_round_id())[0].id).setSelected(True)
    window.delete_notes()
    assert card_texts(window) == ["two"]
    assert window.statusBar().currentMessage().startswith("Deleted note “one”: Ctrl+Z")
    window.undo_stack.undo()
    assert sorted(card_texts(window)) == ["one", "two"]
    nid = window.store.notes(window.shown_round_id())[1].id
    window.board.clearSelection()
    window.board.card(nid).setSelected(True)
    target = window.store.rounds()[-1].id
    window.move_notes(target)
    assert card_texts(window) == ["one"]
    assert window.store.note(nid).round_id == target


def test_filter_by_function(qtbot, window):
    type_note(qtbot, window, "s: a sales note")
    type_note(qtbot, window, "m: a marketing note")
    window.board.set_filter("marketing")
    shown = [
        window.board.item(i).text()
        for i in range(window.board.count())
        if not window.board.item(i).isHidden()
        and window.board.item(i).data(Qt.ItemDataRole.UserRole) == "note"
    ]
    assert shown == ["a marketing note"]


def test_timer_start_pause_next_with_fake_clock(qtbot, window, fake_clock):
    timer = window.findChild(QLabel, "roundTimer")
    first = window.store.rounds()[0]
    qtbot.mouseClick(window.findChild(QPushButton, "startRoundButton"), Qt.MouseButton.LeftButton)
    fake_clock.advance(60)
    window.refresh_timer()
    left = first.timebox_s - 60
    assert timer.text() == f"{left // 60:02d}:{left % 60:02d}"
    projected = window.findChild(QLabel, "projectedEnd")
    before = datetime.strptime(projected.text().split()[2], "%H:%M")
    qtbot.mouseClick(window.start_btn, Qt.MouseButton.LeftButton)  # pause
    fake_clock.advance(600)
    window.refresh_timer()
    # The clock stands still and says so, here and on the wall; the session's end moves.
    assert timer.text() == f"Paused {left // 60:02d}:{left % 60:02d}"
    assert window.presenter.timer.text() == timer.text()
    assert window.timer_round.text().startswith("Paused: round 1")
    # All of it in view, however narrow the agenda column: "Paused 09:4" lost a digit.
    for width in (1280, 1024):
        window.resize(width, 700)
        qtbot.waitUntil(lambda: timer.width() < 400)
        QApplication.processEvents()
        shown = QFontMetrics(timer.font()).horizontalAdvance(timer.text())
        assert shown <= timer.contentsRect().width(), (width, shown, timer.width())
        assert timer.font().pointSize() >= 12
    window.resize(1280, 800)
    after = datetime.strptime(projected.text().split()[2], "%H:%M")
    assert (after - before).seconds == 600
    qtbot.mouseClick(window.start_btn, Qt.MouseButton.LeftButton)  # resume
    assert timer.text() == f"{left // 60:02d}:{left % 60:02d}"
    assert window.timer_round.text().startswith("▶ Timer: round 1")
    qtbot.mouseClick(window.findChild(QPushButton, "nextRoundButton"), Qt.MouseButton.LeftButton)
    assert window.store.session().current_round_id == window.store.rounds()[1].id
    assert window.shown_round_id() == window.store.rounds()[1].id


def test_overrun_and_replan_keep_last_round(qtbot, window, fake_clock):
    rounds = window.store.rounds()
    last_before = rounds[-1].timebox_s
    window.start_btn.click()
    fake_clock.advance(rounds[0].timebox_s - 60)
    window.refresh_timer()
    assert window.timer_label.property("state") == "warning"
    fake_clock.advance(20 * 60)
    window.refresh_timer()
    assert window.timer_label.property("state") == "overrun"
    assert window.timer_label.text().startswith("+")
    assert "late" in window.findChild(QLabel, "projectedEnd").text()
    assert window.replan_btn.isEnabled()
    window.replan_btn.click()
    after = window.store.rounds()
    assert sum(r.timebox_s for r in after[1:]) < sum(r.timebox_s for r in rounds[1:])
    # The status says which rounds moved and by how much.
    cut = next(r for r, a in zip(rounds, after, strict=True) if a.timebox_s != r.timebox_s)
    new_minutes = window.store.round(cut.id).timebox_s // 60
    status = window.statusBar().currentMessage()
    assert f"{cut.title} {cut.timebox_s // 60} → {new_minutes} min" in status
    assert after[-1].timebox_s >= min(last_before, 300)
    window.refresh_timer()
    assert "late" not in window.findChild(QLabel, "projectedEnd").text()
    assert not window.replan_btn.isEnabled()
    window.undo_stack.undo()
    assert [r.timebox_s for r in window.store.rounds()] == [r.timebox_s for r in rounds]


def test_timer_resumes_after_restart(qtbot, session_file, fake_clock):
    win = open_window(session_file, clock=fake_clock)
    qtbot.addWidget(win)
    win.start_btn.click()
    fake_clock.advance(90)
    win.close()
    fake_clock.advance(30)
    win2 = open_window(session_file, clock=fake_clock)
    qtbot.addWidget(win2)
    r = win2.store.rounds()[0]
    assert r.is_running and r.elapsed_at(fake_clock()) == 120
    win2.close()


def test_presenter_follows_round_keeps_focus_and_hides_names_when_anonymous(
    qtbot, window, fake_clock
):
    window.store.update_session(anonymous=True)
    window.start_btn.click()
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    assert window.presenter.isVisible()
    window.presenter.wall.show_names = not window.store.session().anonymous
    type_note(qtbot, window, "Shared goals @Ana Lopez")
    assert QApplication.focusWidget() is window.entry
    wall = window.presenter.wall

    def texts() -> list[str]:
        return [wall.item(i).text() for i in range(wall.count())]

    qtbot.waitUntil(lambda: "Shared goals" in texts())  # once the board has shown it
    assert not any("Ana" in t for t in texts())
    window.next_btn.click()
    r2 = window.store.rounds()[1]
    assert window.presenter.question.text() == r2.prompt


def test_board_contract_for_themes(qtbot, window):
    type_note(qtbot, window, "a")
    nid = window.store.notes(window.shown_round_id())[0].id
    window.board.set_proposals({nid: "Culture"})
    assert window.board.card(nid).text().endswith("Suggested theme: Culture")
    with qtbot.waitSignal(window.board.proposal_accepted) as sig:
        window.board.itemDoubleClicked.emit(window.board.card(nid))
    assert sig.args == [nid]
    window.board.set_proposals({})
    assert window.board.card(nid).text() == "a"
    from PySide6.QtWidgets import QLabel as L

    dock = window.add_panel(L("x"), "Themes", "themesPanel")
    assert dock.objectName() == "themesPanel"


def test_unexpected_error_shows_log_path(monkeypatch):
    from PySide6.QtWidgets import QMessageBox as Box

    import ui.app

    shown = []
    monkeypatch.setattr(Box, "critical", lambda parent, title, text: shown.append(text))
    try:
        raise RuntimeError("boom")
    except RuntimeError as err:
        ui.app._excepthook(type(err), err, err.__traceback__)
    assert "roundtable.log" in shown[0] and "boom" in shown[0]


def test_window_geometry_is_remembered(qtbot, session_file, fake_clock):
    win = open_window(session_file, clock=fake_clock)
    qtbot.addWidget(win)
    win.show()
    win.resize(700, 520)
    win.close()
    win2 = open_window(session_file, clock=fake_clock)
    qtbot.addWidget(win2)
    assert (win2.width(), win2.height()) == (700, 520)
    win2.close()


def test_dropping_cards_requests_grouping_without_changing_anything(qtbot, window):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    for text in ("one", "two", "three"):
        type_note(qtbot, window, text)
    ids = [n.id for n in window.store.notes(window.shown_round_id())]
    board = window.board
    board.group_requested.disconnect()  # the board alone: no themes feature listening
    board.card(ids[0]).setSelected(True)
    board.card(ids[1]).setSelected(True)

    def drop_on(item) -> list:
        event = QDropEvent(
            QPointF(board.visualItemRect(item).center()),
            Qt.DropAction.MoveAction,
            QMimeData(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        with qtbot.waitSignal(board.group_requested) as sig:
            board.dropEvent(event)
        return sig.args

    assert drop_on(board.card(ids[2])) == [ids[:2], "note", ids[2]]
    assert drop_on(board.item(0)) == [ids[:2], "ungrouped", -1]
    assert card_texts(window) == ["one", "two", "three"]


def test_headers_read_as_sentences(qtbot, window, monkeypatch):
    from ui.windows.agenda import RoundDialog

    type_note(qtbot, window, "s: Pricing page confuses buyers")
    assert window.board.item(0).text() == "Ungrouped — 1 note  (S 1 · M 0 · O 0)"
    type_note(qtbot, window, "m: Nobody reads the launch email")
    assert window.board.item(0).text() == "Ungrouped — 2 notes  (S 1 · M 1 · O 0)"
    # A round titled as a question is not followed by a colon ("...doing?: What ...").
    monkeypatch.setattr(RoundDialog, "exec", lambda self: True)
    monkeypatch.setattr(
        RoundDialog,
        "values",
        lambda self: ("Stop doing?", "Which habit costs most?", 600, False, ""),
    )
    window.add_round()
    window.show_round(next(r.id for r in window.store.rounds() if r.title == "Stop doing?"))
    assert window.question.text() == "Stop doing? Which habit costs most?"


def test_a_copy_of_the_session_file_taken_after_a_pause_holds_the_new_note(
    qtbot, window, session_file, tmp_path
):
    import sqlite3

    qtbot.keyClicks(window.entry, "m: Webinar leads sit in a queue for a week")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)

    def copied_notes() -> list[str]:
        copy = tmp_path / "mailed.roundtable"
        copy.write_bytes(session_file.read_bytes())  # the file alone, as a user copies it
        conn = sqlite3.connect(copy)
        try:
            return [row[0] for row in conn.execute("SELECT text FROM notes")]
        finally:
            conn.close()

    qtbot.waitUntil(
        lambda: "Webinar leads sit in a queue for a week" in copied_notes(), timeout=5000
    )


def test_renaming_the_shown_round_updates_its_header_and_undo_puts_it_back(
    qtbot, window, monkeypatch
):
    from ui.windows.agenda import RoundDialog

    works = next(r for r in window.store.rounds() if r.title == "What works")
    window.agenda.setCurrentRow(window.store.rounds().index(works))
    assert window.question.text().startswith("What works: ")
    monkeypatch.setattr(RoundDialog, "exec", lambda self: True)
    monkeypatch.setattr(
        RoundDialog,
        "values",
        lambda self: ("What already works", works.prompt, works.timebox_s, False, works.guidance),
    )
    window.edit_round()
    assert window.question.text().startswith("What already works: ")  # it kept the old title
    window.undo_stack.undo()
    assert window.question.text().startswith("What works: ")


def test_the_window_names_its_file_and_fits_its_screen(qtbot, session_file, fake_clock):
    win = open_window(session_file, clock=fake_clock)
    qtbot.addWidget(win)
    assert session_file.name in win.windowTitle()  # a copy open beside it reads apart
    area = win.screen().availableGeometry()  # 800x800 offscreen: smaller than 1280x800
    assert win.height() <= area.height() and win.width() <= area.width()
    win.close()


def test_the_rounds_guidance_is_shown_to_the_facilitator_only(qtbot, window):
    welcome = window.store.rounds()[0]
    assert welcome.guidance
    window.show_round(welcome.id)
    guidance = window.findChild(QLabel, "roundGuidance")
    assert guidance.isVisible() and guidance.text() == f"For you: {welcome.guidance}"
    assert welcome.guidance not in window.presenter.question.text()


def test_a_long_status_message_wraps_instead_of_being_cut_off(qtbot, window):
    # A re-plan's message ended "... skip or re" on a 1366-pixel screen.
    from PySide6.QtCore import QRect

    from ui.windows.status_bar import FLAGS

    bar = window.statusBar()
    one_line = bar.height()
    message = "Re-planned: " + "; ".join(f"Round {k} 20 → 8 min" for k in range(12)) + "."
    window.show_status(message)
    qtbot.waitUntil(lambda: bar.height() > one_line)
    room = bar.message_rect()
    needed = bar.fontMetrics().boundingRect(QRect(0, 0, room.width(), 1000), FLAGS, message)
    assert needed.height() <= room.height() and needed.height() >= 2 * bar.fontMetrics().height()
    assert bar.currentMessage() == message
    bar.clearMessage()
    qtbot.waitUntil(lambda: bar.height() <= one_line)


def test_the_filter_banner_leaves_the_side_panels_their_width(qtbot, window):
    # At 1024x600 each Alt+1/2/3 pushed the side panel narrower, and it stayed narrow.
    from PySide6.QtWidgets import QDockWidget

    from ui.windows.main_window import PANEL_WIDTH

    window.resize(1024, 570)
    dock = window.findChild(QDockWidget, "actionsDock")
    dock.raise_()
    # The panel first gives way to the board at the new width, late on a busy machine.
    qtbot.waitUntil(lambda: dock.width() < PANEL_WIDTH)
    before = settled_width(qtbot, dock)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_0):
        qtbot.keyClick(window.entry, key, Qt.KeyboardModifier.AltModifier)
        qtbot.wait(30)
    assert settled_width(qtbot, dock) == before


def settled_width(qtbot, widget) -> int:
    """The widget's width once two looks 100 ms apart agree."""
    width = -1
    for _ in range(50):
        if widget.width() == width:
            return width
        width = widget.width()
        qtbot.wait(100)
    return width


def test_side_panels_narrowed_for_a_small_window_widen_again_when_it_grows(qtbot, window):
    # A window opened small and then maximised kept its panels at their narrowest: the tabs
    # read "The…", "Vo…", "Action ite…".
    from PySide6.QtWidgets import QDockWidget, QTabBar

    dock = window.findChild(QDockWidget, "themesDock")
    window.resize(800, 700)
    qtbot.waitUntil(lambda: dock.width() < 300)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: dock.width() >= 400)
    tabs = next(t for t in window.findChildren(QTabBar) if t.count() == 3)
    for i in range(tabs.count()):
        needed = QFontMetrics(tabs.font()).horizontalAdvance(tabs.tabText(i))
        assert tabs.tabRect(i).width() > needed, tabs.tabText(i)
    assert window.board.width() >= 2 * (window.board.card_size.width() + 12)
