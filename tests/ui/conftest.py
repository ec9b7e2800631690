"""Shared UI fixtures: a session file, a main window on it, a qasync loop.

Other UI tests rely on these names: `session_file`, `demo_file`, `window`, `qloop`, and
`fake_clock` from tests/conftest.py. No test sleeps: time moves with
`fake_clock.advance(seconds)`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from roundtable.store import Store
from roundtable.templates import get_template


@pytest.fixture(autouse=True, scope="session")
def _garbage_on_the_ui_thread(qapp):
    """As in the app (ui.app.main): cycles are collected on the UI thread only."""
    from ui.background import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True, scope="session")
def _focus_ring(qapp):
    """As in the app (ui.app.main): the text box with the keyboard has a ring round it."""
    from ui.focus_ring import install_focus_ring

    install_focus_ring(qapp)


# How long qtbot.waitUntil waits when a test does not say: the engine's first suggestion
# loads the sentence model and embeds the round in a worker thread, which on a loaded
# two-core machine took longer than pytest-qt's 5 s (seen as a rare timeout of the preview).
# A wait ends as soon as its condition holds, so this only slows a test that fails.
PATIENT_WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def _patient_waits(monkeypatch):
    from pytestqt.qtbot import QtBot

    wait_until = QtBot.waitUntil

    def patient(self, callback, *, timeout=PATIENT_WAIT_MS):
        return wait_until(self, callback, timeout=timeout)

    monkeypatch.setattr(QtBot, "waitUntil", patient)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, qapp):
    """Keep QSettings (geometry, recent files) out of the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )
    qapp.setOrganizationName("RoundtableTests")
    qapp.setApplicationName("RoundtableTests")


@pytest.fixture
def session_file(tmp_path: Path, fake_clock) -> Path:
    """A fresh session from the shipped template with a small roster."""
    path = tmp_path / "test.roundtable"
    with Store.create(
        path,
        title="Test roundtable",
        template=get_template("sales-marketing-roundtable"),
        clock=fake_clock,
    ) as store:
        store.add_participant("Ana Lopez", function="sales")
        store.add_participant("Ben Okafor", function="marketing")
    return path


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    from roundtable.demo import write_demo

    return write_demo(tmp_path / "demo.roundtable")


@pytest.fixture
def window(qtbot, session_file: Path, fake_clock):
    """The main window on `session_file`, shown, with the fake clock."""
    win = shown_window(qtbot, session_file, fake_clock)
    yield win
    win.close()


def shown_window(qtbot, path: Path, clock):
    """A main window on `path`, shown at a laptop's size (for tests that reopen a file)."""
    from ui.app import open_window

    win = open_window(path, clock=clock)
    qtbot.addWidget(win)
    # The offscreen screen is 800x800 and a new window fits its screen; the UI tests were
    # written for (and lay out cards, panels and menus at) a laptop's 1280x800.
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def battery_dies(window) -> None:
    """The laptop's battery dies under `window`: no closeEvent, nothing more runs or is
    written, and the file is let go (as the process's end would)."""
    from PySide6.QtCore import QTimer

    for timer in window.findChildren(QTimer):
        timer.stop()
    window.hide()
    window.presenter.hide()  # (a top-level window of its own: it outlived the hide above)
    window.presenter.setUpdatesEnabled(False)
    window._closed = True
    window.signals.detach()
    window.store.close()
    window.undo_stack.blockSignals(True)  # a dead process says nothing as it is cleared away


def dies_mid_edit(window) -> None:
    """As battery_dies, with an editor open in place (a vote cell, a card, a theme's name,
    an action item's cell): a dead process runs no more code, so no focus-out saves the
    open editor as the window goes (battery_dies hides the window, and the editor's
    delegate saved what was typed as the keyboard left it, which a crash never does)."""
    from PySide6.QtWidgets import QAbstractItemView

    for view in window.findChildren(QAbstractItemView):
        for editor in view.viewport().findChildren(QWidget):
            editor.removeEventFilter(view.itemDelegate())
    battery_dies(window)


def read_only_window(qtbot, path: Path, clock):
    """A read-only main window on `path` at a laptop's size, active (its keys work)."""
    from PySide6.QtWidgets import QApplication

    from ui.app import open_window

    win = open_window(path, read_only=True, clock=clock)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture
def qloop(qapp):
    """A qasync event loop on qtbot's QApplication, set as the current asyncio loop."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    # What a window began as it closed after the test (a phone server's stop) ends first.
    begun = [t for t in asyncio.all_tasks(loop) if not t.done()]
    if begun:
        loop.run_until_complete(asyncio.wait(begun, timeout=5))
    asyncio.set_event_loop(None)
    loop.close()  # while its Qt objects still exist, not at garbage collection


def pytest_collection_modifyitems(items):
    """The offscreen platform warns about window features it lacks (raise, keyboard grab,
    size hints); those say nothing about the app."""
    for item in items:
        if "tests/ui" in str(item.fspath):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture
def presenter_up(qtbot, window):
    """`window`'s round started and F5 pressed: on the one offscreen screen the presenter
    view comes in front and takes the keyboard (typing goes on there)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)
    return window.presenter


@pytest.fixture
def demo_window(qtbot, demo_file):
    """The main window on the example session, at a laptop's 1280x800."""
    from ui.app import open_window

    win = open_window(demo_file)
    qtbot.addWidget(win)
    win.resize(1280, 800)  # a laptop's window, as the `window` fixture has
    win.show()
    yield win
    win.close()


@pytest.fixture
def themed(qtbot, window):
    """Three themes in the shown round: (label, sales notes, marketing notes), with the
    Votes panel in front (its table laid out at the size it is clicked at)."""
    from PySide6.QtWidgets import QTableView, QWidget

    store, rid = window.store, window.shown_round_id()
    for label, s, m in (("Lead definition", 2, 1), ("Bonus plans", 0, 2), ("Slow follow-up", 1, 0)):
        ids = [store.add_note(rid, f"{label} s{i}", function="sales").id for i in range(s)]
        ids += [store.add_note(rid, f"{label} m{i}", function="marketing").id for i in range(m)]
        store.add_theme(rid, label, note_ids=ids)
    dock = window.findChild(QWidget, "votesDock")
    dock.raise_()
    qtbot.waitUntil(lambda: window.findChild(QTableView, "voteTable").isVisible())
    qtbot.wait(20)
    return window


# A dark system palette (test_dark_palette.py and the tests of colours drawn on it).
DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#2f2f2f",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Mid: "#555555",
    QPalette.ColorRole.PlaceholderText: "#8a8a8a",
}


@pytest.fixture
def dark(qapp):
    """The system's palette in dark mode, as the app finds it when it starts."""
    before = qapp.palette()
    palette = QPalette(before)
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)
