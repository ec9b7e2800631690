"""Features other engineers add to the main window, installed after it is built.

Each entry is a dotted path to an `install(window)` function; a missing or failing module
is logged and skipped, so one broken panel never stops the app from opening.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)

INSTALLERS: list[str] = [
    "ui.save_copy_action.install",
    "ui.save_copy_no_writers.install",
    "ui.template_save_action.install",
    "ui.follow_up_action.install",
    "ui.export_action.install",
    "ui.import_action.install",
    "ui.sensemaking.themes.install",
    "ui.sensemaking.votes.install",
    # Its button is in the Votes panel: next to it in the Tab order, not after Find's line
    # (hiding Find gave it the keyboard and brought the Votes panel in front).
    "ui.sensemaking.phone_vote.install",
    "ui.sensemaking.action_keys.install",
    "ui.windows.card_menu.install",
    "ui.windows.find_notes.install",
    "ui.sensemaking.action_find.install",  # (after the Actions panel and Find)
    "ui.windows.board_zoom.install",
    "ui.phones_action.install",
    "ui.held_tray.install",
    "ui.anonymity_action.install",
    "ui.session_details_action.install",
]


def install_all(window: QMainWindow) -> None:
    """Run every installer on the freshly built main window."""
    for dotted in INSTALLERS:
        module_name, _, func = dotted.rpartition(".")
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            log.info("extension %s not available", module_name)
            continue
        getattr(module, func)(window)
