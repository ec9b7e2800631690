"""Ctrl+Z and Ctrl+Shift+Z say in the status bar what a step changed, and show it: a re-plan
marks the agenda lines whose minutes changed and names the minutes; the dots per person bring
the Votes panel forward with the setting marked; Accept all says how many notes went back;
a long theme name is cut short at a word.
These steps were undone with a bare "Undone: Re-plan." and nothing selected or shown.
Driven with real keys; the file is reopened to check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSpinBox

from roundtable.store import Store
from tests.ui.test_sensemaking_themes import make_themes, select_rows, type_into_editor
from tests.ui.test_sensemaking_votes import set_dots
from tests.ui.test_undo_shows_groupings import CTRL, accept_all_suggestions, active, redo, undo
from tests.ui.test_undo_shows_themes import panel
from tests.ui.test_undo_shows_votes import in_front, themes_in_front

MARK_BACKGROUND = "#fff4ce"  # the soft yellow of a line or control a step changed


def status(window) -> str:
    return window.statusBar().currentMessage()


def marked_lines(window) -> list[int]:
    """The agenda rows marked as changed: bold, on the mark's colour."""
    agenda = window.agenda
    return [
        row
        for row in range(agenda.count())
        if agenda.item(row).font().bold()
        and agenda.item(row).background().color() == QColor(MARK_BACKGROUND)
    ]


def marked(box: QSpinBox) -> bool:
    """The box's field is drawn on the mark's colour (a pixel inside it, left of the digits'
    end, as the room sees it)."""
    image = box.grab().toImage()
    return image.pixelColor(box.width() // 2, box.height() // 2) == QColor(MARK_BACKGROUND)


def in_view(window, row: int) -> bool:
    agenda = window.agenda
    return agenda.viewport().rect().intersects(agenda.visualItemRect(agenda.item(row)))


def test_undo_and_redo_of_a_re_plan_mark_the_rounds_and_say_their_minutes(
    qtbot, window, session_file, fake_clock
):
    active(qtbot, window)
    rounds = window.store.rounds()
    before = {r.id: r.timebox_s for r in rounds}
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # start round 1
    fake_clock.advance(rounds[0].timebox_s + 8 * 60)  # it ran 8 minutes over
    window.refresh_timer()
    qtbot.keyClick(window.entry, Qt.Key.Key_R, CTRL)  # re-plan
    after = {r.id: r.timebox_s for r in window.store.rounds()}
    changed = [row for row, r in enumerate(rounds) if after[r.id] != before[r.id]]
    assert changed and status(window).startswith("Re-planned to end on time:")
    assert marked_lines(window) == []
    window.agenda.scrollToItem(window.agenda.item(0))

    undo(qtbot, window)
    assert {r.id: r.timebox_s for r in window.store.rounds()} == before
    minutes = "; ".join(
        f"{rounds[row].title} {after[rounds[row].id] // 60} → {before[rounds[row].id] // 60} min"
        for row in changed
    )
    assert status(window).startswith("Undone: Re-plan (round")
    assert status(window).endswith(f" min). {minutes}.")
    assert marked_lines(window) == changed and in_view(window, changed[0])
    assert window.shown_round_id() == rounds[0].id  # the board stays on the round running
    assert window.entry.hasFocus()
    assert f"({before[rounds[changed[0]].id] // 60} min" in window.agenda.item(changed[0]).text()

    redo(qtbot, window)
    assert status(window).startswith(
        f"Redone: {window.undo_stack.undoText()}. {rounds[changed[0]].title}"
        f" {before[rounds[changed[0]].id] // 60} → "
        f"{after[rounds[changed[0]].id] // 60} min"
    )
    assert marked_lines(window) == changed
    qtbot.keyClicks(window.entry, "Pipeline review every Monday")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)  # the next step: the marks go
    assert marked_lines(window) == []
    window.close()
    with Store.open(session_file) as store:
        assert {r.id: r.timebox_s for r in store.rounds()} == after


def test_undo_of_a_re_plan_of_one_round_leaves_the_board_on_the_round_running(
    qtbot, window, fake_clock
):
    # A step that changed one round showed that round: the board went to round 5, and the
    # next note typed would have gone there instead of to the round on the clock.
    active(qtbot, window)
    rounds = window.store.rounds()
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # round 1 runs its time
    fake_clock.advance(rounds[0].timebox_s)
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)  # round 2 runs its time
    fake_clock.advance(rounds[1].timebox_s)
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)  # round 3 runs 2 minutes over
    fake_clock.advance(rounds[2].timebox_s + 2 * 60)
    window.refresh_timer()
    qtbot.keyClick(window.entry, Qt.Key.Key_R, CTRL)
    last = rounds[-1]
    assert window.store.round(last.id).timebox_s == last.timebox_s - 2 * 60
    undo(qtbot, window)
    assert window.store.round(last.id).timebox_s == last.timebox_s
    assert window.shown_round_id() == rounds[2].id
    assert status(window) == (
        f"Undone: Re-plan (round {last.position} shortened by 2 min). {last.title}"
        f" {last.timebox_s // 60 - 2} → {last.timebox_s // 60} min."
    )
    assert marked_lines(window) == [len(rounds) - 1] and in_view(window, len(rounds) - 1)
    qtbot.keyClicks(window.entry, "Pipeline review every Monday")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert [n.text for n in window.store.notes(rounds[2].id)] == ["Pipeline review every Monday"]


def test_undo_and_redo_of_dots_per_person_show_the_setting_marked(qtbot, themed, session_file):
    window = themed
    active(qtbot, window)
    box = window.findChild(QSpinBox, "dotsPerPerson")
    assert window.store.session().dots_per_person == 3
    set_dots(qtbot, window, 5)
    assert window.store.session().dots_per_person == 5
    themes_in_front(qtbot, window)

    undo(qtbot, window)
    qtbot.waitUntil(lambda: in_front(box))
    assert box.value() == 3 and box.property("stepped") is True
    assert marked(box)
    assert window.entry.hasFocus()  # a digit typed next is a note, not the setting
    assert status(window) == "Undone: Dots per person: 5. Each person has 3 dots to place."

    themes_in_front(qtbot, window)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: in_front(box))
    assert box.value() == 5 and box.property("stepped") is True
    assert status(window) == "Redone: Dots per person: 5. Each person has 5 dots to place."
    undo(qtbot, window)
    qtbot.keyClicks(window.entry, "Pipeline review every Monday")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)  # the next step: the mark goes
    assert box.property("stepped") is False and not marked(box)
    window.close()
    with Store.open(session_file) as store:
        assert store.session().dots_per_person == 3


def test_undo_of_accept_all_says_how_many_notes_are_ungrouped_again(qtbot, window, session_file):
    rid, ids, placed = accept_all_suggestions(qtbot, window)
    assert len(placed) > 1
    themes = len(window.store.themes(rid))
    window.agenda.setCurrentRow(0)  # a look at round 1
    undo(qtbot, window)
    qtbot.waitUntil(lambda: window.shown_round_id() == rid)
    title = window.store.round(rid).title
    position = window.store.round(rid).position
    assert status(window) == (
        f"Undone: Accept {themes} suggested themes in round {position}, “{title}”."
        f" {len(placed)} notes are ungrouped again."
    )
    redo(qtbot, window)
    assert status(window) == (
        f"Redone: Accept {themes} suggested themes."
        f" {len(placed)} notes are in the suggested themes again."
    )
    window.close()
    with Store.open(session_file) as store:
        assert sorted(n.id for n in store.notes(rid) if n.theme_id is not None) == sorted(placed)


def test_undo_of_renaming_a_theme_to_a_long_name_cuts_the_names_short(qtbot, window, session_file):
    active(qtbot, window)
    _culture, money = make_themes(qtbot, window, ["Culture", "Money"])
    long_name = "Compensation plans that pay sales on bookings and marketing on leads pull apart."
    assert len(long_name) == 80  # the longest name a theme may have
    tree = panel(window)
    select_rows(qtbot, tree, 1)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    type_into_editor(qtbot, window, long_name)
    assert window.store.theme(money).label == long_name
    undo(qtbot, window)
    assert window.store.theme(money).label == "Money"
    assert status(window) == "Undone: Rename “Money” to “Compensation plans that pay…”."
    redo(qtbot, window)
    assert status(window) == "Redone: Rename “Money” to “Compensation plans that pay…”."
    assert window.undo_stack.undoText() == "Rename “Money” to “Compensation plans that pay…”"
    window.close()
    with Store.open(session_file) as store:
        assert store.theme(money).label == long_name


def test_a_setting_shown_twice_for_one_undo_loses_its_mark_at_the_next_step(qtbot, themed):
    # Two undos shown at once (a big board redraws later) marked the box twice; the second
    # mark kept the first's yellow as "its own" palette, and the box stayed yellow for good.
    from ui.sensemaking.stepped_rows import show_control

    window = themed
    active(qtbot, window)
    box = window.findChild(QSpinBox, "dotsPerPerson")
    set_dots(qtbot, window, 5)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: in_front(box))
    dock = box.parentWidget()
    while dock is not None and not dock.inherits("QDockWidget"):
        dock = dock.parentWidget()
    show_control(dock, box, window.undo_stack)  # the same step shown a second time
    assert marked(box)
    set_dots(qtbot, window, 4)  # a new step; merged into the last one or not
    assert box.property("stepped") is False and not marked(box)
    undo(qtbot, window)
    redo(qtbot, window)
    qtbot.keyClicks(window.entry, "Next note")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert not marked(box)
