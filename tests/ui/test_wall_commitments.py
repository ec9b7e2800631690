"""The room reads its commitments back on the projector: Ctrl+F5 puts the session's action
items on the wall in place of the notes (owner and due date under each, in the room's
language), live as items are added; Ctrl+F5 again, Shift+F5 or the next round bring the
notes back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from roundtable.store import Store
from roundtable.templates import get_template
from tests.ui.conftest import shown_window
from tests.ui.test_wall_hint_beside_clock import reads_whole, settled
from ui.sensemaking.actions_panel import ActionsPanel

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def german_window(qtbot, tmp_path: Path, fake_clock):
    """An anonymous session with its agenda in German and two commitments (one dropped)."""
    template = get_template("sales-marketing-roundtable").in_language("de")
    path = tmp_path / "de.roundtable"
    with Store.create(path, title=template.title, template=template, clock=fake_clock) as s:
        s.add_participant("Jonas Weber", function="sales")
        s.update_session(anonymous=True)
        s.add_action("Leaddefinition schreiben", owner="Jonas Weber", due=date(2027, 1, 8))
        s.add_action("Bonusplan ändern", owner="Mia Roth", status="dropped")
    win = shown_window(qtbot, path, fake_clock)
    yield win
    win.close()


def view_up(qtbot, window):
    """Round 1 started and F5 pressed: on one screen the view takes the keyboard."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)
    settled(qtbot, window.presenter, (1366, 768))
    return window.presenter


def listed(view) -> list[tuple[str, str]]:
    wall = view.commitments
    return [
        (t.text(), m.text())
        for t, m in zip(wall.texts, wall.metas, strict=True)
        if t.isVisible() and wall.isVisible()
    ]


def test_ctrl_f5_on_the_view_lists_the_commitments_in_german_with_owner_and_date(
    qtbot, german_window
):
    view = view_up(qtbot, german_window)
    assert view.wall.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_F5, CTRL)
    qtbot.waitUntil(lambda: view.commitments.isVisible())
    assert not view.wall.isVisible()
    assert view.commitments.heading.text() == "Zusagen"
    # Named although the session is anonymous, as the minutes name owners; the dropped item
    # is not read out.
    assert listed(view) == [("Leaddefinition schreiben", "Jonas Weber  ·  fällig am 8. Jan. 2027")]
    assert view.isVisible() and view.timer.isVisible()  # the clock runs on above them


def test_an_item_added_in_the_panel_shows_on_the_wall_at_once(qtbot, german_window):
    window = german_window
    view = view_up(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_F5, CTRL)
    qtbot.waitUntil(lambda: view.commitments.isVisible())
    panel = window.findChild(ActionsPanel)
    qtbot.keyClicks(panel.entry, "Pilot starten")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(listed(view)) == 2)
    assert listed(view)[1][0] == "Pilot starten"
    assert listed(view)[1][1] == "Zuständigkeit noch offen"


def test_ctrl_f5_again_shift_f5_and_the_next_round_bring_the_notes_back(qtbot, german_window):
    window = german_window
    view = view_up(qtbot, window)
    qtbot.keyClicks(view, "Angebote dauern zu lange")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    for back in ("again", "shift_f5", "next_round"):
        qtbot.keyClick(view, Qt.Key.Key_F5, CTRL)
        qtbot.waitUntil(lambda: view.commitments.isVisible())
        if back == "again":
            qtbot.keyClick(view, Qt.Key.Key_F5, CTRL)
        elif back == "shift_f5":
            qtbot.keyClick(view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
        qtbot.waitUntil(lambda: view.wall.isVisible(), timeout=2000)
        assert not view.commitments.isVisible(), back
        assert view.isVisible(), back
    # The note typed while round 1 showed stayed in round 1.
    rounds = window.store.rounds()
    assert [n.text for n in window.store.notes(rounds[0].id)] == ["Angebote dauern zu lange"]


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_the_example_sessions_commitments_read_whole_on_the_wall(qtbot, demo_window, size):
    window = demo_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5, CTRL)
    view = window.presenter
    qtbot.waitUntil(lambda: view.commitments.isVisible())
    settled(qtbot, view, size)
    qtbot.wait(50)
    wall = view.commitments
    expected = [a.text for a in window.store.actions() if a.status != "dropped"]
    assert [t for t, _ in listed(view)] == expected and len(expected) == 3
    for label in wall.texts + wall.metas:
        assert reads_whole(label), (size, label.text())
        top = label.mapTo(view, QPoint(0, 0))
        assert top.y() >= 0 and top.y() + label.height() <= view.height(), (size, label.text())
        area = wall.area.viewport()
        inside = label.mapTo(area, QPoint(0, label.height()))
        assert inside.y() <= area.height(), (size, label.text())
    assert all(m.text() for m in wall.metas)  # each with its owner and date
    assert wall.texts[0].font().pixelSize() >= (40 if size[1] == 1080 else 28)
    assert not wall.more.isVisible()
