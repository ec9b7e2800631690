"""Where an anonymous session's roster is set, a side held by one person is said: the
start screen's roster box and Session > People, as the roster changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget
from test_people import with_people_dialog  # rootdir-relative: no __init__

from ui.windows.people import FUNCTION, HERE, PeopleDialog
from ui.windows.start_screen import StartScreen


def _type_line(qtbot, box, text: str) -> None:
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    if box.toPlainText():
        qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, text)


def test_the_start_screen_warns_of_a_side_of_one_as_the_roster_is_typed(qtbot):
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    warning = screen.findChild(QLabel, "anonymousLoneSides")
    assert screen.anonymous.isChecked()  # the classic template is anonymous
    for line in ("Ana Lopez, sales", "Ben Okafor, sales"):
        _type_line(qtbot, screen.roster, line)
    assert not warning.isVisible()  # two on sales, nobody on marketing: nothing to tell
    _type_line(qtbot, screen.roster, "Dana Reyes, Clearwater, marketing")
    assert warning.isVisible()
    assert warning.text() == (
        "Anonymous, but Dana Reyes is the only marketing participant:"
        " every note marked “marketing” on the wall and in a CSV export is theirs."
    )
    _type_line(qtbot, screen.roster, "Lee Chen, marketing")
    assert not warning.isVisible()
    _type_line(qtbot, screen.roster, "Finn Larsen, finance guest, other")
    assert warning.isVisible()
    assert warning.text() == (
        "Anonymous, but Finn Larsen is the only participant marked other:"
        " every note marked “other” on the wall and in a CSV export is theirs."
    )
    # Notes with names: every note says who wrote it anyway, so there is nothing to warn of.
    screen.anonymous.setFocus()
    qtbot.keyClick(screen.anonymous, Qt.Key.Key_Space)
    assert not screen.anonymous.isChecked() and not warning.isVisible()
    qtbot.keyClick(screen.anonymous, Qt.Key.Key_Space)
    assert warning.isVisible()


def test_the_start_screen_grows_to_show_every_line_of_the_warning(qtbot):
    screen = StartScreen()  # no recent sessions: no list to give up its room
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    before = screen.height()
    for line in (
        "Ana Lopez, sales",
        "Ben Okafor, sales",
        "Dana Reyes, Clearwater, marketing",
        "Finn Larsen, finance guest, other",
    ):
        _type_line(qtbot, screen.roster, line)
    warning = screen.findChild(QLabel, "anonymousLoneSides")
    assert len(warning.text().splitlines()) == 2
    assert screen.height() > before
    # Every wrapped line has its room, below the note on anonymity, and both are under the
    # button (above it, they moved it down as they came: test_start_create_stays_put.py).
    assert warning.height() >= warning.heightForWidth(warning.width())
    note = screen.findChild(QLabel, "anonymousRosterNote")
    assert note.geometry().bottom() < warning.geometry().top()
    create = screen.findChild(QPushButton, "createSessionButton")
    assert create.geometry().bottom() < note.geometry().top()
    assert screen.frameGeometry().bottom() <= screen.screen().availableGeometry().bottom()


def test_people_warns_while_a_side_is_one_person(qtbot, window):
    # The test session is anonymous with Ana Lopez (sales) and Ben Okafor (marketing).
    assert window.store.session().anonymous

    def edit(dialog: PeopleDialog) -> None:
        warning = dialog.findChild(QLabel, "peopleLoneSides")
        assert warning.isVisible()
        assert warning.text().splitlines() == [
            "Anonymous, but Ana Lopez is the only sales participant:"
            " every note marked “sales” on the wall and in a CSV export is theirs.",
            "Anonymous, but Ben Okafor is the only marketing participant:"
            " every note marked “marketing” on the wall and in a CSV export is theirs.",
        ]
        table = dialog.findChild(QTableWidget, "peopleTable")
        table.setFocus()
        table.setCurrentCell(1, FUNCTION)
        qtbot.keyClick(table, Qt.Key.Key_S)  # Ben is sales too: two on sales
        assert table.cellWidget(1, FUNCTION).currentText() == "sales"
        assert not warning.isVisible()
        qtbot.keyClick(table, Qt.Key.Key_O)  # Ben as the one "other"
        assert warning.text().startswith("Anonymous, but Ana Lopez is the only sales")
        assert warning.text().splitlines()[1] == (
            "Anonymous, but Ben Okafor is the only participant marked other:"
            " every note marked “other” on the wall and in a CSV export is theirs."
        )
        qtbot.keyClick(table, Qt.Key.Key_Delete)  # Ben off the roster
        assert warning.text().splitlines() == [
            "Anonymous, but Ana Lopez is the only sales participant:"
            " every note marked “sales” on the wall and in a CSV export is theirs."
        ]

    with_people_dialog(qtbot, window, edit)


def test_people_counts_someone_not_here_as_on_the_roster(qtbot, window):
    # Ana Lopez (sales) and Ben Okafor (marketing), and Carla on sales, not here yet.
    window.store.add_participant("Carla Nunes", "sales", absent=True)
    ben_alone = [
        "Anonymous, but Ben Okafor is the only marketing participant:"
        " every note marked “marketing” on the wall and in a CSV export is theirs."
    ]

    def roll_call(dialog: PeopleDialog) -> None:
        warning = dialog.findChild(QLabel, "peopleLoneSides")
        table = dialog.findChild(QTableWidget, "peopleTable")
        assert table.item(2, HERE).checkState() == Qt.CheckState.Unchecked
        assert warning.text().splitlines() == ben_alone
        table.setCurrentCell(0, HERE)
        qtbot.keyClick(table, Qt.Key.Key_Space)  # Ana did not come either
        assert table.item(0, HERE).checkState() == Qt.CheckState.Unchecked
        assert warning.text().splitlines() == ben_alone

    with_people_dialog(qtbot, window, roll_call)


def test_people_in_a_session_with_names_says_nothing_of_sides(qtbot, window):
    window.store.update_session(anonymous=False)

    def look(dialog: PeopleDialog) -> None:
        assert not dialog.findChild(QLabel, "peopleLoneSides").isVisible()

    with_people_dialog(qtbot, window, look)
