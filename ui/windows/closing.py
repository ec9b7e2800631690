"""A session window closing stops everything that reads or writes its file, then closes it.

The window keeps what its next opening restores first (its place, the half-typed note,
the board's scroll, the panel in front: main_window.closeEvent); then the drafts, phone
voting's once-a-second look, the presenter view, the clock's tick, the batched redraws,
the idle checkpoint, the watch on the file from outside, the store's signals and the undo
history stop, and the store closes last, so no timer reads a closed file.
"""

from __future__ import annotations

from typing import Any


def stop_reading(win: Any) -> None:
    """Stop what reads or writes `win`'s session file, then close the file."""
    if hasattr(win, "drafts"):
        win.drafts.stop()
    if hasattr(win, "phone_voting"):
        win.phone_voting.stop()  # its once-a-second look read the closed file
    win.presenter.close()
    win._tick.stop()
    win.redraws.stop()
    win.checkpoint.stop()
    if win.outside is not None:
        win.outside.stop()
    win.signals.detach()
    win.history.stop()  # every step is written as it happens; nothing after this
    win.store.close()
