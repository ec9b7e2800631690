"""Session > People opened at 420 pixels high whatever the roster: on a 1366x768 laptop a
roster of ten showed seven people, with the rest of the screen free, and an organizer fixing
a name's typo scrolled to find it."""

from __future__ import annotations

from tests.ui.test_people import with_people_dialog


def test_a_roster_of_ten_shows_whole_when_the_screen_has_room(qtbot, window):
    for name, function in (
        ("Carla Jensen", "sales"),
        ("David Chen", "marketing"),
        ("Eva Novak", "sales"),
        ("Farid Haddad", "marketing"),
        ("Grace Lee", "sales"),
        ("Hugo Martin", "marketing"),
        ("Ines Duarte", "sales"),
        ("Jon Berg", "other"),
    ):
        window.store.add_participant(name, function=function)
    seen: list[tuple[int, int, int]] = []

    def look(dialog) -> None:
        table = dialog.table
        qtbot.waitUntil(lambda: table.rowCount() == 10)
        room = dialog.screen().availableGeometry()
        seen.append((table.verticalScrollBar().maximum(), dialog.height(), room.height()))

    with_people_dialog(qtbot, window, look)
    ((hidden, height, screen),) = seen
    assert hidden == 0  # every row in view, none behind the scroll bar
    assert height < screen
