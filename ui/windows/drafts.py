"""A note typed but not added stays with its round: showing another round puts it aside and
showing its round again puts it back in the note line (it followed the facilitator into the
next round, where Enter filed it). It outlives its window too: kept when the window closes,
put back when the session opens again (QSettings, by the file's path and the session's
creation time: a new session saved where an old one was did not get its note), and kept a second
after typing pauses, so a crash or a flat battery loses no half-typed note either. So does
an action item typed in the Action items line and not added, and what is typed in an editor
open in place (a card, a theme's name, an action item's cell: typed_in_place.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QLineEdit

from ui.windows.board_place import session_stamp
from ui.windows.typed_in_place import TypedInPlace, kept_in_place, put_back_in_place


def _key(window: Any) -> str:
    return f"drafts/{Path(window.store.path).resolve().as_posix()}"


def _action_line(window: Any) -> QLineEdit | None:
    line = window.findChild(QLineEdit, "actionText")
    return line if isinstance(line, QLineEdit) else None


def switch_line(window: Any, old: int | None, new: int | None) -> None:
    """The note line as round `new` is shown instead of `old`: what was typed for `old` is
    put aside, and what was typed for `new` (if anything) comes back."""
    aside: dict[int, str] = window.line_drafts
    typed = window.entry.text()
    if old is not None:
        if typed.strip():
            aside[old] = typed
        else:
            aside.pop(old, None)
    back = aside.pop(new, "") if new is not None else ""
    if not typed.strip() and not back:
        return
    window.entry.setText(back)
    if back:
        window.show_status("The note you were typing in this round is back: Enter adds it.")
    elif old is not None:
        rnd = next((r for r in window.store.rounds() if r.id == old), None)
        where = f"round {rnd.position} ({rnd.title})" if rnd else "its round"
        window.show_status(
            f"The note you were typing stays with {where}: it is back when you show that round."
        )


def keep_draft(window: Any, reopening: object = None) -> None:
    """Notes typed but not added (or not saved: a full disk) outlive the window, each with
    the round it was typed in: they were lost without a word when the window closed.
    `reopening` is the editor in place being put back, kept until it is open."""
    text = window.entry.text().strip()
    aside = {str(k): v for k, v in window.line_drafts.items() if v.strip()}
    line = _action_line(window)
    # An action item typed and not added was lost on closing, though a note was kept.
    action = line.text() if line is not None and line.text().strip() else ""
    in_place = kept_in_place(window) or reopening
    if (text or aside or action or in_place) and not window.store.read_only:
        draft = {"text": window.entry.text() if text else "", "round": window._shown}
        draft["session"] = session_stamp(window)
        draft["aside"] = aside
        draft["action"] = action
        # And the theme it came from (Ctrl+Alt+N, Ctrl+Alt+A): without it, the item was
        # added to the round the window opened on, not to its theme.
        draft["action_theme"] = getattr(getattr(line, "panel", None), "source_theme", None)
        draft["in_place"] = in_place
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
    if not isinstance(draft, dict):
        return
    if draft.get("session", session_stamp(window)) != session_stamp(window):
        return  # typed in another session once saved at this path (kept before: no stamp)
    said: list[str] = []  # both messages when a note and an action item come back
    action, line = draft.get("action"), _action_line(window)
    if isinstance(action, str) and action.strip() and line is not None and not line.text():
        line.setText(action)
        theme = draft.get("action_theme")
        if isinstance(theme, int) and theme in {t.id for t in window.store.themes()}:
            line.panel.set_source_theme(theme)  # type: ignore[attr-defined]
        said.append(
            "The action item you were typing when this session last closed is back in the"
            " Action items line (Ctrl+Shift+A): press Enter there to add it."
        )
    rounds = {r.id: r for r in window.store.rounds()}
    aside = draft.get("aside")
    for key, typed in aside.items() if isinstance(aside, dict) else ():
        if str(key).isdecimal() and int(key) in rounds and isinstance(typed, str):
            window.line_drafts[int(key)] = typed
    text = draft.get("text")
    if not isinstance(text, str) or not text.strip() or window.entry.text():
        if window.line_drafts:
            said.insert(
                0,
                "Notes you were typing when this session last closed are back with their"
                " rounds: show a round to see its note in the line.",
            )
    else:
        where = ""
        if draft.get("round") in rounds and draft["round"] != window._shown:
            # Back in the round it was typed in (Enter would have filed it in the round
            # the window opened on).
            window.show_round(draft["round"])
        if (
            draft.get("round") in rounds
            and draft["round"] != window.store.session().current_round_id
        ):
            # Not the clock's round: said (the board place brought it back already).
            where = f", in round {rounds[draft['round']].position} ({rounds[draft['round']].title})"
        window.entry.setText(text)
        said.insert(
            0,
            f"The note you were typing when this session last closed is back in the line{where}:"
            " press Enter to add it.",
        )
    # Last: the board shows the round of a card that was being edited.
    in_place = put_back_in_place(window, draft.get("in_place"))
    if in_place:
        said.append(in_place)
    if said:
        window.show_status(" ".join(said))
    # Kept again at once: taken out above, what came back was lost in a second crash
    # before a key was pressed in its line. So is the editor in place, which opens only
    # once the window is shown.
    keep_draft(window, draft.get("in_place") if in_place else None)
    QSettings().sync()


def carry_typed(old: Any, new: Any) -> str | None:
    """Move what `old`'s note line holds (its text, the round it was for and the function it
    counts for) and the notes it put aside in other rounds into `new`, a window on a copy of
    the same session (so the same round ids): a note typed when the disk became
    write-protected had to be typed again in the copy's window. `old`'s line is emptied, so
    the note is not kept twice. Returns what `new`'s status line says, or None."""
    typed = old.entry.text() if old.entry.text().strip() else ""
    rounds = {r.id: r for r in new.store.rounds()}
    aside = {
        rid: text
        for rid, text in old.line_drafts.items()
        if rid in rounds and text.strip() and not new.line_drafts.get(rid)
    }
    if new.entry.text().strip():
        typed = ""  # a window already open on the copy keeps what it holds
    if not typed and not aside:
        return None
    said = []
    if typed:
        rid = old.shown_round_id()
        if rid in rounds and rid != new.shown_round_id():
            new.show_round(rid)
        new._set_function(old.function)
        new.entry.setText(typed)
        where = new.shown_round_id()
        rnd = f" (round {rounds[where].position}, {rounds[where].title})" if where in rounds else ""
        said.append(
            f"The note you were typing in {Path(old.store.path).name} is in the line{rnd}:"
            " Enter adds it to the copy."
        )
        old.entry.clear()
    if aside:
        new.line_drafts.update(aside)
        for rid in aside:
            old.line_drafts.pop(rid, None)
        said.append("Notes typed in other rounds came too, each with its round.")
    return " ".join(said)


class DraftKeeper(QObject):
    """Keeps what is typed in the note line and the action line as soon as typing pauses
    (written through to disk): kept only when the window closed, a half-typed note was lost
    with a flat battery or a crash. After a pause of a second, a crash in that second still
    lost it; a writing pause is about a third of one."""

    PAUSE_MS = 350

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, singleShot=True, interval=self.PAUSE_MS)
        self.timer.timeout.connect(self.keep)
        window.entry.textChanged.connect(lambda _text: self.timer.start())
        line = _action_line(window)
        if line is not None:
            line.textChanged.connect(lambda _text: self.timer.start())
        # An editor open in place: kept as typing pauses, and at once when it closes (saved,
        # or Esc: its draft must not come back).
        self.in_place = TypedInPlace(window)
        self.in_place.typing.connect(self.timer.start)
        self.in_place.closed.connect(self.keep)

    def keep(self) -> None:
        if getattr(self.window, "_closed", False):
            return
        keep_draft(self.window)
        QSettings().sync()

    def stop(self) -> None:
        self.timer.stop()
