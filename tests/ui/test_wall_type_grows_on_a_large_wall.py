"""A themed round on a large projector takes type as large as the wall holds: 15 notes in
five themes on a 1920x1080 wall kept the full-size cards' 18-point type, with 40% of the
wall empty below them."""

from __future__ import annotations

from tests.ui.test_presenter_wall import settled_wall

THEMES = {
    "One revenue number": [
        "One revenue target for both teams, and part of marketing's bonus on it",
        "Shared dashboard on the wall: pipeline, wins, sources",
        "Measure marketing on pipeline created, not on MQLs",
    ],
    "Follow-up promise": [
        "Every inbound lead gets a call within 24 hours, tracked",
        "If sales doesn't call in 2 days, marketing may nurture it again",
        "Written SLA both ways",
    ],
    "Walk in their shoes": [
        "Swap one team meeting a month",
        "Every marketer joins five sales calls per quarter",
    ],
    "Key accounts together": [
        "Account plans written by the AE and a marketer together",
        "ABM pilot: 15 named accounts, one joint plan for each",
        "Marketing budget follows the top accounts sales picked",
    ],
    "Enablement": [
        "Hire a shared enablement person",
        "A 'no blame' review after every lost big deal",
    ],
}


def themed_round(window) -> int:
    store, rid = window.store, window.shown_round_id()
    for label, texts in THEMES.items():
        ids = [store.add_note(rid, t, function="sales").id for t in texts]
        store.add_theme(rid, label, note_ids=ids)
    return rid


def test_a_small_themed_round_on_a_large_wall_takes_larger_type_and_still_fits(qtbot, window):
    rid = themed_round(window)
    wall = settled_wall(qtbot, window, rid, (1920, 1080), 1 + 5 + 13)
    view = window.presenter
    qtbot.waitUntil(lambda: view._points > 18)  # the wall fits its cards a turn later
    view._fit_cards()  # and that is where it stays
    assert view._points > 18
    port = wall.viewport().rect()
    cards = [wall.visualItemRect(wall.item(r)) for r in range(1, wall.count())]
    assert all(port.contains(card) for card in cards)  # every card whole, in view
    assert wall.verticalScrollBar().maximum() == 0
    window.presenter.hide()


def test_the_same_round_on_a_laptop_sized_wall_keeps_its_size(qtbot, window):
    rid = themed_round(window)
    settled_wall(qtbot, window, rid, (1024, 768), 1 + 5 + 13)
    window.presenter._fit_cards()
    assert window.presenter._points <= 18
    window.presenter.hide()


def test_theme_names_grow_with_their_notes_but_stay_under_the_question(qtbot, window):
    # With the notes at 28 points, the theme names over them stayed at 20.
    from ui.windows.note_board import KIND

    rid = themed_round(window)
    wall = settled_wall(qtbot, window, rid, (1920, 1080), 1 + 5 + 13)
    view = window.presenter
    qtbot.waitUntil(lambda: view._points > 18)
    view._fit_cards()
    heads = [wall.item(r) for r in range(wall.count()) if wall.item(r).data(KIND) == "theme"]
    sizes = {head.font().pointSize() for head in heads}
    assert sizes == {min(view._points, 24)}
    assert max(sizes) < view.question.font().pointSize()
    window.presenter.hide()
