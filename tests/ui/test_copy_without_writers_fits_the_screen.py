"""Save a copy without writers (Ctrl+Alt+Shift+S) asks first, in a box that says what the
copy keeps and what to check before sending it: the notes with a name typed after "@" and
the action items made of a note, each quoted. With four of each, notes of two lines, the box
was 648 pixels high on a 1366x768 laptop at 125% (614 of the app's pixels): "Choose where to
save…" and Cancel were below the foot of the screen. Each check runs in an app of its own at
the scale (test_scaled_display.in_scaled_app)."""

from __future__ import annotations

import pytest

from tests.ui.test_scaled_display import in_scaled_app

BOX = """
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton, QScrollArea

rid = win.shown_round_id()
why = (" because the leads from the spring trade fair sat in a spreadsheet for two weeks and"
       " nobody owned the follow-up calls")
for i in range(4):
    win.store.add_note(rid, f"@Zed{i} Webinar leads go cold{why} ({i})", function="sales")
    text = f"Marketing sends a weekly list of hot accounts to every seller{why} ({i})"
    win.store.add_note(rid, text, function="marketing")
    win.store.add_action(text, owner=f"Owner {i}")
settle()
seen = {}

def look():
    box = app.activeModalWidget()
    if box is None or box.objectName() != "noWritersBox":
        QTimer.singleShot(20, look)
        return
    area = box.screen().availableGeometry()
    buttons = [b for b in box.findChildren(QPushButton) if b.isVisible()]
    seen.update(
        inside=area.contains(box.frameGeometry()),
        frame=box.frameGeometry().getRect(),
        screen=area.getRect(),
        buttons=sorted(b.text() for b in buttons),
        on_screen=sorted(
            b.text() for b in buttons
            if area.contains(QRect(b.mapToGlobal(QPoint(0, 0)), b.size()))
        ),
        said=box.informativeText(),
        # Room above the box for the title bar a real screen draws (offscreen has none).
        title_bar_room=box.frameGeometry().top() - area.top()
        + area.bottom() - box.frameGeometry().bottom() >= 40,
    )
    scroll = box.findChild(QScrollArea)
    if scroll is not None:
        bar = scroll.verticalScrollBar()
        seen.update(scrolled=bar.value(), scrolls=bar.maximum() > 0 and bar.isVisible())
    box.button(QMessageBox.StandardButton.Cancel).click()

QTimer.singleShot(0, look)
QTest.keyClick(win.entry, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
               | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
settle()
report(**seen)
finish()
"""


# Each side held by one person, each with a name of 80 characters: three lines more each,
# and the box was 648 pixels high again on the laptop at 125%.
LONE_SIDES = """
for p in win.store.participants():
    win.store.remove_participant(p.id)
for function, name in (
    ("sales", "Maria Fernanda de los Santos Rodriguez-Villanueva y Castellanos de la Fuente"),
    ("marketing", "Jean-Baptiste Alexandre Marie de La Rochefoucauld-Montmorency du Plessis"),
    ("other", "Aleksandra Konstantinovna Voronova-Dashkova-Trubetskaya Sheremeteva-Golitsyna"),
):
    win.store.add_participant((name + " Smith" * 10)[:80], function=function)
"""


@pytest.mark.parametrize("scale,screen", [(1.25, (1366, 768)), (1.0, (1024, 768))])
def test_with_each_side_one_person_of_a_long_name_the_buttons_stay_on_the_screen(
    tmp_path, scale, screen
):
    got = in_scaled_app(tmp_path, scale, screen, LONE_SIDES + BOX)
    assert got["inside"] and got["title_bar_room"], got
    assert got["on_screen"] == got["buttons"] and len(got["buttons"]) == 2, got
    said = got["said"]
    # What to check comes first, in view as the box opens; the rest is a scroll away.
    assert said.startswith("Check before you send it:\n• Anonymous, but Maria Fernanda"), said
    assert got.get("scrolled", 0) == 0
    for function in ("sales", "marketing", "other"):
        assert f"every note marked “{function}” on the wall" in said
    assert "The copy keeps:" in said and "The copy leaves out:" in said
    if scale == 1.25:
        assert got["scrolls"], got


@pytest.mark.parametrize("scale,screen", [(1.25, (1366, 768)), (1.0, (1024, 768))])
def test_the_box_and_its_buttons_stay_on_the_screen(tmp_path, scale, screen):
    got = in_scaled_app(tmp_path, scale, screen, BOX)
    assert got["inside"], got
    assert got["on_screen"] == got["buttons"] and len(got["buttons"]) == 2, got
    said = got["said"]
    # What to check is still said, each note and item named by its words.
    assert "4 notes still have a name typed after “@”" in said
    assert "4 action items have the words of a note and an owner" in said
    for i in range(3):
        assert f"“@Zed{i} Webinar leads go cold" in said
        assert "“Marketing sends a weekly list of hot accounts" in said
        assert f"(Owner {i})" in said
