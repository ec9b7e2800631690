"""A read-only window on a session another window is writing: it shows the notes, themes,
votes and action items as they arrive, says when it last followed, and says when the file is
free to be opened for editing."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTreeWidget

from roundtable.store import Store
from tests.ui.test_main_window import card_texts
from ui.app import open_window
from ui.sensemaking.actions_panel import ActionsPanel
from ui.sensemaking.votes import VotesPanel
from ui.windows import following


def _viewer(qtbot, path, clock):
    win = open_window(path, read_only=True, clock=clock)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def click_round(qtbot, win, row: int) -> None:
    """Click the agenda's row (0-based) as the viewer would."""
    agenda = win.agenda
    qtbot.mouseClick(
        agenda.viewport(),
        Qt.MouseButton.LeftButton,
        pos=agenda.visualItemRect(agenda.item(row)).center(),
    )


def _status(win) -> QLabel:
    return win.findChild(QLabel, "followStatus")


def _theme_labels(win) -> list[str]:
    tree = win.findChild(QTreeWidget, "themeList")
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _at(seconds: float) -> str:
    return datetime.fromtimestamp(seconds).strftime("%H:%M")


def test_the_writers_notes_themes_votes_and_actions_arrive_where_the_viewer_looks(
    qtbot, session_file, fake_clock
):
    with Store.open(session_file, clock=fake_clock) as writer:
        first, second = writer.rounds()[:2]
        for i in range(40):  # enough to scroll
            writer.add_note(second.id, f"Earlier note {i} on lead hand-offs", function="sales")
        win = _viewer(qtbot, session_file, fake_clock)
        try:
            assert (
                _status(win).text() == "Following changes made in the other window: nothing new yet"
            )
            # The viewer looks at round 2, scrolled half way down, the keyboard in the agenda.
            win.activateWindow()
            agenda = win.agenda
            click_round(qtbot, win, 1)
            assert win.shown_round_id() == second.id
            agenda.setFocus()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is agenda)
            bar = win.board.verticalScrollBar()
            qtbot.waitUntil(lambda: bar.maximum() > 0)
            bar.setValue(bar.maximum() // 2)
            scrolled = bar.value()

            fake_clock.advance(600)
            note = writer.add_note(
                second.id, "Marketing never hears why deals were lost", function="sales"
            )
            writer.add_note(first.id, "A note in the round nobody looks at", function="sales")
            theme = writer.add_theme(second.id, "Lost-deal feedback", note_ids=[note.id])
            writer.set_votes(theme.id, "marketing", 5)
            writer.add_action("Share lost-deal notes every Friday", owner="Ana Lopez")

            qtbot.waitUntil(
                lambda: "Marketing never hears why deals were lost" in " ".join(card_texts(win))
            )
            assert _status(win).text() == (
                f"Following changes made in the other window: updated {_at(fake_clock())}"
            )
            assert _theme_labels(win) == ["Lost-deal feedback"]
            votes = win.findChild(VotesPanel, "votesPanel")
            assert votes.proxy.rowCount() == 1
            assert [str(votes.proxy.index(0, c).data()) for c in (0, 3)] == [
                "Lost-deal feedback",
                "5",
            ]
            actions = win.findChild(ActionsPanel, "actionsPanel").shown_rows()
            assert any("Share lost-deal notes every Friday" in cell for cell in actions[0])
            # Still on round 2, at the same place, with the keyboard where it was.
            assert win.shown_round_id() == second.id
            assert bar.value() == scrolled
            assert QApplication.focusWidget() is agenda
            assert not win.entry.isEnabled()  # still read-only
        finally:
            win.close()


def test_nothing_is_redrawn_while_the_file_does_not_change(qtbot, session_file, fake_clock):
    with Store.open(session_file, clock=fake_clock) as writer:
        rid = writer.rounds()[0].id
        writer.add_note(rid, "There before the viewer opened", function="sales")
        win = _viewer(qtbot, session_file, fake_clock)
        try:
            rebuilt: list[int] = []
            rebuild = win.board.rebuild
            win.board.rebuild = lambda: (rebuilt.append(1), rebuild())
            cards = [win.board.item(i) for i in range(win.board.count())]
            writer.checkpoint()  # the writer tidying its log changes no note
            for _ in range(5):
                win.outside.check()
                QApplication.processEvents()
            assert rebuilt == []
            assert [win.board.item(i) for i in range(win.board.count())] == cards
            assert _status(win).text().endswith("nothing new yet")

            writer.add_note(rid, "Typed in the other window", function="marketing")
            win.outside.check()
            QApplication.processEvents()
            assert rebuilt == [1]
            assert card_texts(win) == [
                "There before the viewer opened",
                "Typed in the other window",
            ]
            win.outside.check()  # and once shown, not again
            assert rebuilt == [1]
        finally:
            win.close()


def test_when_the_writer_closes_the_viewer_may_reopen_the_session_to_edit(
    qtbot, session_file, fake_clock
):
    writer = Store.open(session_file, clock=fake_clock)
    win = _viewer(qtbot, session_file, fake_clock)
    reopen = win.findChild(QPushButton, "reopenToEditButton")
    assert not reopen.isVisible()
    rid = writer.rounds()[0].id
    writer.add_note(rid, "The last note before closing", function="sales")
    writer.close()
    qtbot.waitUntil(lambda: reopen.isVisible())
    assert _status(win).text() == (
        "The other window closed this session: you can now reopen it to edit"
    )
    assert card_texts(win) == ["The last note before closing"]
    assert win.store.read_only  # nothing switched to writing on its own
    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    assert not win.isVisible()
    editing = following._REOPENED[-1]
    qtbot.addWidget(editing)
    try:
        assert not editing.store.read_only and editing.entry.isEnabled()
        assert card_texts(editing) == ["The last note before closing"]
        qtbot.keyClicks(editing.entry, "Now typed here")
        qtbot.keyClick(editing.entry, Qt.Key.Key_Return)
    finally:
        editing.close()
    with Store.open(session_file, read_only=True) as store:
        assert [n.text for n in store.notes()] == ["The last note before closing", "Now typed here"]


def test_a_file_nobody_is_writing_says_nothing_about_another_window(
    qtbot, session_file, fake_clock
):
    win = _viewer(qtbot, session_file, fake_clock)
    try:
        win.outside.check()
        assert not _status(win).isVisible()
        assert not win.findChild(QPushButton, "reopenToEditButton").isVisible()
    finally:
        win.close()


def test_a_round_removed_in_the_writing_window_leaves_the_viewer_on_a_round_that_exists(
    qtbot, session_file, fake_clock
):
    with Store.open(session_file, clock=fake_clock) as writer:
        first, second = writer.rounds()[:2]
        writer.add_note(first.id, "Kept in round 1", function="sales")
        win = _viewer(qtbot, session_file, fake_clock)
        try:
            agenda = win.agenda
            click_round(qtbot, win, 1)
            assert win.shown_round_id() == second.id
            writer.remove_round(second.id)
            win.outside.check()
            assert win.shown_round_id() == first.id
            assert win.question.text().startswith(first.title)
            assert card_texts(win) == ["Kept in round 1"]
            assert agenda.count() == len(writer.rounds()) and agenda.currentRow() == 0
            assert win.statusBar().currentMessage() == (
                "The round you were looking at was removed in the other window."
            )
        finally:
            win.close()


def test_a_file_that_cannot_be_read_any_more_stops_the_following_with_one_line(
    qtbot, session_file, fake_clock, monkeypatch
):
    # A share or a stick gone: every poll raised, and each error opened a box of its own.
    import sqlite3

    with Store.open(session_file, clock=fake_clock):
        win = _viewer(qtbot, session_file, fake_clock)
        try:

            def gone() -> int:
                raise sqlite3.OperationalError("disk I/O error")

            monkeypatch.setattr(win.store, "data_version", gone)
            win.outside.check()
            assert not win.outside.timer.isActive()
            assert _status(win).text().startswith("Stopped following the other window")
            assert "disk I/O error" in _status(win).text()
        finally:
            win.close()
