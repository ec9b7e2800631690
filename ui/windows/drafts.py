"""A note typed but not added outlives its window: kept when the window closes, put back in
its round's note line when the session opens again (QSettings, by the file's path)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings


def _key(window: Any) -> str:
    return f"drafts/{Path(window.store.path).resolve().as_posix()}"


def keep_draft(window: Any) -> None:
    """A note typed but not added (or not saved: a full disk) outlives the window, with
    the round it was typed in: it was lost without a word when the window closed."""
    text = window.entry.text().strip()
    if text and not window.store.read_only:
        draft = {"text": window.entry.text(), "round": window._shown}
        QSettings().setValue(_key(window), json.dumps(draft))
    else:
        QSettings().remove(_key(window))


def restore_draft(window: Any) -> None:
    raw = QSettings().value(_key(window))
    QSettings().remove(_key(window))
    try:
        draft = json.loads(raw) if isinstance(raw, str) else {}
    except ValueError:
        return
    text = draft.get("text") if isinstance(draft, dict) else None
    if not isinstance(text, str) or not text.strip() or window.entry.text():
        return
    where = ""
    rounds = {r.id: r for r in window.store.rounds()}
    if draft.get("round") in rounds and draft["round"] != window._shown:
        # Back in the round it was typed in (the window opens on the clock's round, and
        # Enter would have filed it there).
        window.show_round(draft["round"])
        where = f", in round {rounds[draft['round']].position} ({rounds[draft['round']].title})"
    window.entry.setText(text)
    window.show_status(
        f"The note you were typing when this session last closed is back in the line{where}:"
        " press Enter to add it."
    )
