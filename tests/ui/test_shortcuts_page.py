"""The guide's shortcut page (docs/shortcuts.md) lists the keys the app really has."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence

from ui.windows.help_dialog import plain, shortcuts_markdown

PAGE = Path(__file__).resolve().parents[2] / "docs" / "shortcuts.md"


def test_the_shortcut_page_is_the_apps_own_list(demo_window):
    assert PAGE.read_text(encoding="utf-8") == shortcuts_markdown(demo_window), (
        "docs/shortcuts.md is stale: run .venv/bin/python scripts/shortcuts_doc.py"
    )


def test_a_key_changed_in_the_app_changes_the_page(demo_window):
    suggest = next(
        a for a in demo_window.findChildren(QAction) if plain(a.text()) == "Suggest themes"
    )
    before = shortcuts_markdown(demo_window)
    assert "| Suggest themes | Ctrl+T |" in before
    suggest.setShortcut(QKeySequence("Ctrl+Alt+Y"))
    after = shortcuts_markdown(demo_window)
    assert "| Suggest themes | Ctrl+Alt+Y |" in after
    assert "| Suggest themes | Ctrl+T |" not in after
