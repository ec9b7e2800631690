"""The phones' address outlives a crash: the code in it, and whether phones were sending.

A flat battery or a crash in the middle of a round took the server down with the app, and
the address changed with the next start (a new code): every phone in the room had to scan
again, and the notes they kept while the laptop was away went nowhere ("this address is no
longer open"). The code is kept, with the session's creation time (a new session saved at
the same path gets a new one), in QSettings by the file's path, as the board's place is.
A server running when the app stopped without closing is started again as the session
opens, on the same address, and the phones send what they kept. Closed on purpose, or
stopped, it waits for Start. Whether the facilitator holds the phones' notes to let them in
is kept the same way, per session.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from ui.windows.board_place import kept_for_session, session_stamp


def _key(window: Any) -> str:
    return f"phones/{Path(window.store.path).resolve().as_posix()}"


def kept_phones(window: Any) -> dict[str, Any] | None:
    """{"code": ..., "running": ...} kept for this session, or None."""
    kept = kept_for_session(_key(window), window)
    if kept is None or not isinstance(kept.get("code"), str) or not kept["code"]:
        return None
    return kept


def _hold_key(window: Any) -> str:
    return f"phones-hold/{Path(window.store.path).resolve().as_posix()}"


def kept_hold(window: Any) -> bool:
    """Whether this session holds phone notes for the facilitator to let in (off unless
    ticked for it): kept beside the code, so a crash or a restart does not stop holding."""
    kept = kept_for_session(_hold_key(window), window)
    return bool(kept and kept.get("hold") is True)


def keep_hold(window: Any, hold: bool) -> None:
    settings = QSettings()
    settings.setValue(
        _hold_key(window), json.dumps({"session": session_stamp(window), "hold": hold})
    )
    settings.sync()


def keep_phones(window: Any, code: str, *, running: bool) -> None:
    kept = {"session": session_stamp(window), "code": code, "running": running}
    settings = QSettings()
    settings.setValue(_key(window), json.dumps(kept))
    settings.sync()  # on disk now: what a crash comes back to
