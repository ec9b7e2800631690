"""The presenter view's wall, found wanting in walkthroughs: themes as columns that fit a
laptop's or a projector's screen, and typing on the wall (a long note, an unknown name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.test_walkthrough_two import type_note


def settled_wall(qtbot, window, rid: int, size: tuple[int, int], items: int):
    """The presenter view on this round at this size, its wall laid out with `items` rows
    (headers and cards) and no vertical scrolling, as the room would see it."""
    view = window.presenter
    view.show_round(rid, "Why it's broken")
    view.show()
    view.resize(*size)
    qtbot.waitExposed(view)
    wall = view.wall
    qtbot.waitUntil(lambda: wall.columns and wall.count() == items)
    # The wall settles once its size and its cards are known (a turn or two of the loop).
    qtbot.waitUntil(lambda: wall.verticalScrollBar().maximum() == 0, timeout=2000)
    return wall


def test_a_long_note_typed_on_the_wall_keeps_the_clock_in_view(qtbot, window, presenter_up):
    # The echo of a long note widened the view and pushed the clock off the screen.
    view = presenter_up
    width = view.width()
    words = "Marketing sends leads that sales never calls because nobody agreed on timing "
    qtbot.keyClicks(view, words * 3 + "END")
    qtbot.wait(10)
    hint = view.findChild(QLabel, "presenterHint")
    timer = view.findChild(QLabel, "presenterTimer")
    assert view.width() == width
    assert timer.isVisible() and view.rect().contains(timer.geometry())
    assert hint.geometry().right() < timer.geometry().left()
    assert hint.text().startswith("Typing: …") and "agreed on timing END▏" in hint.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (note,) = window.store.notes(window.shown_round_id())
    assert note.text == (words * 3 + "END").strip()


def test_a_themed_round_stands_on_the_wall_as_columns_that_fit(qtbot, window):
    # Themes sat in rows of three cards with the right half of the projector empty, an
    # "Ungrouped — 0 notes" header on top, and the last themes below the fold.
    from ui.windows.note_board import KIND

    store, rid = window.store, window.shown_round_id()
    themes = {
        "Lead handover": ["Leads wait days", "No owner after events", "Demo requests sit"],
        "Shared targets": ["Different bonuses", "Pipeline vs revenue", "Two forecasts"],
        "Data we trust": ["CRM fields empty", "Three dashboards", "Attribution fights"],
        "Talking more often": ["Only meet on escalations", "No joint standup"],
        "Content sales uses": [
            "Decks out of date",
            "Case studies hard to find",
            "Battlecards nobody reads",
            "Pricing sheet old",
        ],
    }
    for label, texts in themes.items():
        ids = [store.add_note(rid, t, function="sales").id for t in texts]
        store.add_theme(rid, label, note_ids=ids)
    wall = settled_wall(qtbot, window, rid, (1600, 900), 1 + 5 + 15)
    assert wall.item(0).isHidden()  # nothing ungrouped: no empty column
    port = wall.viewport().rect()
    heads = [wall.item(r) for r in range(1, wall.count()) if wall.item(r).data(KIND) == "theme"]
    rects = [wall.visualItemRect(h) for h in heads]
    assert [h.text().split("\n")[0] for h in heads] == list(themes)
    assert heads[-1].text().split("\n")[1] == "4 notes"  # no "· 0 votes" before the vote
    assert len({r.top() for r in rects}) == 1  # side by side
    assert all(port.contains(r) for r in rects)
    assert [r.left() for r in rects] == sorted(r.left() for r in rects)
    for head, rect in zip(heads, rects, strict=True):
        row = wall.row(head)
        cards = [wall.item(row + 1 + i) for i in range(len(themes[head.text().split("\n")[0]]))]
        for card in cards:
            box = wall.visualItemRect(card)
            assert port.contains(box) and box.top() > rect.bottom()
            assert rect.left() <= box.left() and box.right() <= rect.right() + 1
    assert wall.verticalScrollBar().maximum() == 0
    assert wall.horizontalScrollBar().maximum() == 0
    # A note typed now brings the Ungrouped column back, counted.
    window.start_btn.click()
    type_note(qtbot, window, "Nobody owns the website form")
    qtbot.waitUntil(lambda: not wall.item(0).isHidden())
    assert wall.item(0).text() == "Ungrouped\n1 note"
    window.presenter.hide()


def test_nine_themes_of_short_notes_fit_a_laptop_sized_wall(qtbot, window):
    # 25 notes in 9 themes scrolled on a 1366x768 screen, 200 px of the wall left empty.
    store, rid = window.store, window.shown_round_id()
    for t in range(9):
        ids = [
            store.add_note(rid, f"Short note {n} on topic {t}", function="sales").id
            for n in range(3 if t % 3 == 0 else 2)
        ]
        store.add_theme(rid, f"Topic {t}", note_ids=ids)
    wall = settled_wall(qtbot, window, rid, (1366, 768), 1 + 9 + 21)
    assert wall.horizontalScrollBar().maximum() == 0
    port = wall.viewport().rect()
    shown = [wall.visualItemRect(wall.item(r)) for r in range(1, wall.count())]
    assert all(port.contains(rect) for rect in shown)
    window.presenter.hide()


def test_typing_an_unknown_name_on_the_wall_says_so_there(qtbot, window, presenter_up):
    # "@pri" went onto the wall while "not on the roster" showed only in the main window,
    # hidden behind the view; the @ list opened and took the view's keys.
    view = presenter_up
    qtbot.keyClicks(view, "Leads wait @pri")
    assert not window.mentions.completer.popup().isVisible()
    assert view.hint.text().startswith("Typing: Leads wait @…")  # anonymous: no name shown
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.hint.text().startswith("“pri” is not on the roster")


def test_an_anonymous_session_echoes_no_name_on_the_wall(qtbot, window, presenter_up):
    # "Typing: m: Marketing sits in on QBRs @Fatima" showed the room who said it.
    view = presenter_up
    assert window.store.session().anonymous
    for typed in (
        "m: Marketing sits in on QBRs @Ben Okafor",
        "@Ben Okafor: QBRs together",
        "@Ben Okafor o: QBRs monthly",
    ):
        qtbot.keyClicks(view, typed)
        assert "@…" in view.hint.text() and "Ben" not in view.hint.text()
        assert "Okafor" not in view.hint.text()
        qtbot.keyClick(view, Qt.Key.Key_Return)
    notes = window.store.notes(window.shown_round_id())
    ben = window.store.find_participant("Ben Okafor")
    assert [(n.text, n.participant_id) for n in notes] == [
        ("Marketing sits in on QBRs", ben.id),
        ("QBRs together", ben.id),
        ("QBRs monthly", ben.id),
    ]
    assert notes[-1].function == "other"


def first_round_on_the_wall(qtbot, window):
    """Round 2 on the clock, round 1 open in the main window and put on the wall with
    Shift+F5; returns the presenter view."""
    from PySide6.QtWidgets import QApplication

    first, second = window.store.rounds()[:2]
    window.store.set_current_round(second.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_round(first.id)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    view = window.presenter
    qtbot.waitUntil(view.isVisible)
    assert view.wall.round_id == first.id
    return view


def test_an_earlier_round_can_be_put_on_the_wall_until_the_next_round(qtbot, window):
    # The wall always followed the round on the clock: while round 2 ran, the room could
    # not see round 1's themes it was voting on.
    store = window.store
    first, _second, third = store.rounds()[:3]
    note = store.add_note(first.id, "Weekly pipeline call", function="sales")
    store.add_theme(first.id, "Pipeline rhythm", note_ids=[note.id])
    view = first_round_on_the_wall(qtbot, window)
    # Round 1's question says it is round 1's: the clock beside it is round 2's.
    assert view.question.text() == f"Round 1 · {first.title}: {first.prompt}"
    window.refresh_timer()
    assert view.timer.text().startswith("Round 2 · ")
    said = window.statusBar().currentMessage()
    assert said == (
        "The wall shows round 1 until the next round starts (Shift+F5 again: back to round 2)."
    )
    # The next round on the clock takes the wall back.
    store.set_current_round(third.id)
    qtbot.waitUntil(lambda: view.wall.round_id == third.id)
    view.close_view()


def test_ungrouped_cards_widen_to_fill_the_wall(qtbot, window):
    # With 16 ungrouped notes at 1366x768 a fifth of the wall stayed empty on the right
    # while the notes wrapped onto more lines than they needed.
    store, rid = window.store, window.shown_round_id()
    for i in range(16):
        store.add_note(rid, f"Note {i} about the handover between the two teams")
    view = window.presenter
    view.show_round(rid, "Why it's broken")
    view.show()
    view.resize(1366, 768)
    qtbot.waitExposed(view)
    wall = view.wall
    qtbot.waitUntil(lambda: wall.count() == 17)
    qtbot.waitUntil(lambda: wall.verticalScrollBar().maximum() == 0, timeout=2000)
    qtbot.wait(50)
    rects = [wall.visualItemRect(wall.item(r)) for r in range(1, wall.count())]
    first_row = [r for r in rects if r.top() == rects[0].top()]
    used = max(r.right() for r in first_row) - min(r.left() for r in first_row)
    assert used >= 0.93 * wall.viewport().width(), (used, wall.viewport().width())
    view.hide()


def test_a_theme_with_no_notes_takes_no_column_on_the_wall(qtbot, window):
    # A theme whose last note was dragged out kept an empty column in a top slot.
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, f"Pay note {i}", function="sales").id for i in range(3)]
    store.add_theme(rid, "Conflicting goals and metrics")
    store.add_theme(rid, "Pay plans", note_ids=ids)
    wall = settled_wall(qtbot, window, rid, (1366, 768), 1 + 2 + 3)
    shown = [wall.item(row).text().split("\n")[0] for row, _cards in wall.sections()]
    assert shown == ["Pay plans"]
    window.presenter.hide()


def test_a_round_too_big_for_the_wall_says_there_is_more_below(qtbot, window):
    # Three themes sat below the fold, shown only by a thin scroll bar.
    store, rid = window.store, window.shown_round_id()
    for t in range(9):
        ids = [
            store.add_note(rid, f"Theme {t} note {i} about leads, pay and handovers").id
            for i in range(5)
        ]
        store.add_theme(rid, f"Theme number {t}", note_ids=ids)
    view = window.presenter
    view.show_round(rid, "Why it's broken")
    view.show()
    view.resize(1024, 600)
    qtbot.waitExposed(view)
    bar = view.wall.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    more = view.findChild(QLabel, "presenterMore")
    qtbot.waitUntil(more.isVisible)
    # On the wall, under the cards: laid over them it hid a card's last lines.
    assert view.wall.rect().contains(more.geometry())
    assert not view.wall.viewport().geometry().intersects(more.geometry())
    bar.setValue(bar.maximum())  # Page Down to the end
    qtbot.waitUntil(lambda: not more.isVisible())
    view.hide()


def test_five_themes_and_loose_notes_fit_a_1024_wall(qtbot, window):
    # At 1024x600 a round of 13 notes in five themes never fitted: the sixth column went
    # below the fold.
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, f"Note {i} on the handover of leads").id for i in range(13)]
    for k in range(5):
        store.add_theme(rid, f"Theme {k}", note_ids=ids[2 * k : 2 * k + 2])
    settled_wall(qtbot, window, rid, (1024, 600), 1 + 5 + 13)  # no scrolling: all in view
    window.presenter.hide()


def test_putting_a_long_titled_round_on_the_wall_says_so_in_one_line_at_800(qtbot, window):
    # "The wall shows “<a title of 50 letters>” until the next round starts (Shift+F5
    # again: back to the round on the clock)." took three lines of an 800x600 window.
    from PySide6.QtGui import QFontMetrics

    window.resize(800, 600)
    first = window.store.rounds()[0]
    long_title = "Where marketing and sales already pull together well, and why"
    window.store.update_round(first.id, title=long_title)
    first_round_on_the_wall(qtbot, window)
    said = window.statusBar().currentMessage()
    assert said.startswith("The wall shows round 1 ")
    assert long_title not in said
    room = window.statusBar().width() - 20
    assert QFontMetrics(window.statusBar().font()).horizontalAdvance(said) < room
    window.presenter.close_view()


def test_shift_f5_on_the_wall_gives_it_back_to_the_clocks_round(qtbot, window):
    # Shift+F5 did nothing once the wall had the keyboard (one screen).
    from PySide6.QtWidgets import QApplication

    second = window.store.rounds()[1]
    view = first_round_on_the_wall(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert view.wall.round_id == second.id
    view.close_view()


def test_typing_notes_on_a_1024_wall_leaves_the_question_and_the_wall_in_place(
    qtbot, window, presenter_up
):
    # On one screen the line above the question changes with each key: the hint, the note
    # being typed, what the main window said of it ("The next notes count as sales too",
    # two lines). The question and the whole wall moved up and down with it, note by note.
    view = presenter_up
    view.resize(1024, 768)
    qtbot.waitUntil(lambda: view.wall.geometry().bottom() > 700)
    for _ in range(3):
        QApplication.processEvents()
    question = view.findChild(QLabel, "presenterQuestion")
    where = (question.geometry(), view.wall.geometry())
    hint = view.findChild(QLabel, "presenterHint")
    seen, said = [], []
    notes = ("m: event lead handover", "s: joint pipeline review", "shared definition of an MQL")
    for line in notes:
        qtbot.keyClicks(view, line)
        QApplication.processEvents()
        seen.append((question.geometry(), view.wall.geometry()))
        qtbot.keyClick(view, Qt.Key.Key_Return)
        QApplication.processEvents()
        seen.append((question.geometry(), view.wall.geometry()))
        said.append(hint.text())
    assert said[1].startswith("The next notes count as sales too")
    assert said[2] == view.HINT
    assert len(window.store.notes(window.shown_round_id())) == 3
    assert seen == [where] * 6
