"""Undo that survives a restart: the undo stack's done commands are kept in the session file.

A laptop whose battery dies mid-session comes back with every note (the store commits each
one) and, with this, with Ctrl+Z still able to take back the last changes. Each change to the
stack is written at once, one row per step (only the steps that changed are written), with
the journal position the steps match; when the window opens again they are put back on the
stack without being done again. Redo does not survive (an undone change stays undone).

Only our own command classes and our own dataclasses, from modules the app has already
loaded, are rebuilt from plain values: the file may come from anyone, so nothing in it is
ever imported, run or unpickled. The history is used only when it matches the file exactly:
if anything was written after it (a note from the command line, a change the crash left
unrecorded), it is dropped and undo starts afresh. Anything that cannot be written or read
the same way ends the history there; the app never fails for it.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import logging
import sys
from contextlib import nullcontext
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from roundtable.store import Store

KEEP = 200  # the most recent steps kept
# Where the commands and the data they hold are defined; only these are looked up (a name in
# the file never imports anything: restore loads this fixed list itself).
COMMAND_MODULES = frozenset(
    {
        "ui.commands",
        "ui.import_action",
        "ui.round_commands",
        "ui.sensemaking.action_commands",
        "ui.sensemaking.suggestion_commands",
        "ui.sensemaking.theme_commands",
        "ui.sensemaking.vote_commands",
        "ui.windows.deleted_notes",
        "ui.windows.people",
    }
)
DATA_MODULES = frozenset(
    {"roundtable.model", "roundtable.store.notes", "roundtable.store.roster", "ui.windows.people"}
)
# Given back on load (or set by the stack), never written.
_SKIP = frozenset({"store", "batch", "redo", "undo", "_guard"})


class Unkeepable(ValueError):
    """A value that is not plain data of our own."""


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return {"$": "datetime", "v": value.isoformat()}
    if isinstance(value, date):
        return {"$": "date", "v": value.isoformat()}
    if isinstance(value, list | tuple | set | frozenset):
        kind = {list: "list", tuple: "tuple", set: "set", frozenset: "set"}[type(value)]
        return {"$": kind, "v": [_encode(v) for v in value]}
    if isinstance(value, dict):
        return {"$": "dict", "v": [[_encode(k), _encode(v)] for k, v in value.items()]}
    cls = type(value)
    if dataclasses.is_dataclass(value) and cls.__module__ in DATA_MODULES:
        fields = {
            f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init
        }
        return {"$": "data", "c": f"{cls.__module__}:{cls.__qualname__}", "v": fields}
    raise Unkeepable(f"cannot keep a {cls.__qualname__}")


# Commands kept under the module they were defined in when the file was written, and
# since moved: a session's undo steps outlive a tidy-up of the code.
MOVED = {
    "ui.sensemaking.theme_commands:ApplySuggestions": "ui.sensemaking.suggestion_commands",
    "ui.sensemaking.theme_commands:PlaceNotes": "ui.sensemaking.suggestion_commands",
    "ui.commands:RoundTimerCommand": "ui.round_commands",
    "ui.commands:SetTimeboxes": "ui.round_commands",
    "ui.commands:EditRound": "ui.round_commands",
    "ui.commands:AddRound": "ui.round_commands",
    "ui.commands:RemoveRound": "ui.round_commands",
    "ui.commands:MoveRound": "ui.round_commands",
}


def _our_class(path: str, modules: frozenset[str]) -> type:
    module_name, _, name = path.partition(":")
    module_name = MOVED.get(path, module_name)
    module = sys.modules.get(module_name) if module_name in modules else None
    found = getattr(module, name, None) if module is not None and name.isidentifier() else None
    if not isinstance(found, type) or found.__module__ != module_name:
        raise Unkeepable(f"not one of ours: {path}")
    return found


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        if isinstance(value, list):
            raise Unkeepable("a bare list")
        return value
    tag, raw = value.get("$"), value.get("v")
    if tag == "datetime":
        return datetime.fromisoformat(raw)
    if tag == "date":
        return date.fromisoformat(raw)
    if tag in ("list", "tuple", "set"):
        items = [_decode(v) for v in raw]
        return {"list": list, "tuple": tuple, "set": set}[tag](items)
    if tag == "dict":
        return {_decode(k): _decode(v) for k, v in raw}
    if tag == "data":
        cls = _our_class(value["c"], DATA_MODULES)
        if not dataclasses.is_dataclass(cls):
            raise Unkeepable(f"not data: {value['c']}")
        return cls(**{k: _decode(v) for k, v in raw.items()})
    raise Unkeepable(f"unknown tag {tag!r}")


def encode_command(cmd: QUndoCommand) -> dict[str, Any]:
    """One command (or a macro and its commands) as plain JSON values."""
    cls = type(cmd)
    if cls is QUndoCommand:  # a macro (beginMacro): only its commands do anything
        children = [encode_command(cmd.child(i)) for i in range(cmd.childCount())]
        return {"c": "", "text": QUndoCommand.text(cmd), "children": children, "v": {}}
    if cls.__module__ not in COMMAND_MODULES or cmd.childCount():
        raise Unkeepable(f"not one of our commands: {cls.__qualname__}")
    state = {k: _encode(v) for k, v in vars(cmd).items() if k not in _SKIP}
    return {
        "c": f"{cls.__module__}:{cls.__qualname__}",
        "text": QUndoCommand.text(cmd),
        "children": [],
        "v": state,
    }


@dataclasses.dataclass
class Macro:
    """Commands undone as one step, put back with the stack's beginMacro as they were made
    (a parent command built here would not keep its Python children alive)."""

    text: str
    commands: list[QUndoCommand | Macro]


def decode_command(data: dict[str, Any], store: Store, batch: Any) -> QUndoCommand | Macro:
    """Rebuild a command from encode_command's values, bound to this store."""
    if not data["c"]:
        inner = [decode_command(c, store, batch) for c in data["children"]]
        if not inner:
            raise Unkeepable("an empty step")
        return Macro(str(data["text"]), inner)
    cls = _our_class(data["c"], COMMAND_MODULES)
    if not issubclass(cls, QUndoCommand) or data["children"]:
        raise Unkeepable(f"not a command: {data['c']}")
    cmd = cls.__new__(cls)
    QUndoCommand.__init__(cmd, data["text"])
    for key, value in data["v"].items():
        setattr(cmd, key, _decode(value))
    cmd.store = store  # type: ignore[attr-defined]
    if hasattr(cls, "batch") or "batch" in cls.__init__.__code__.co_varnames:
        cmd.batch = batch  # type: ignore[attr-defined]
    return cmd


class UndoHistory(QObject):
    """Keeps one window's undo stack in its session file, and puts it back on opening."""

    def __init__(self, stack: QUndoStack, store: Store, batch: Any) -> None:
        super().__init__(stack)
        self.stack, self.store, self.batch = stack, store, batch
        self._saved: list[tuple[int, QUndoCommand]] = []  # (seq, command) in the file
        self._next_seq = 0
        self._restoring = False
        self._saved_ahead: list[int] | None = None  # the steps _with_step saved
        self.broken = False  # a write failed (a full disk): undo still works while open

    def watch(self) -> None:
        self.stack.indexChanged.connect(self._changed)
        if hasattr(self.stack, "record"):
            self.stack.record = self._with_step

    def _with_step(self, done: list[QUndoCommand]) -> None:
        """Save the history as it will be once the step being made is done (inside its
        transaction); the save after the stack moved then finds nothing new."""
        if not self._restoring and not self.store.read_only:
            self.save(done)
            self._saved_ahead = [id(c) for c in done[-(KEEP + 1) :]]

    def stop(self) -> None:
        """Write nothing more (the window closes: the stack empties itself as it goes), and
        let go of the steps held for comparison. A macro step is a command Qt made, whose
        deletion Python never hears of: its wrapper, kept here past the stack, pointed at
        freed memory, and a new Qt object made there came back to Python as that old
        wrapper ("'QUndoCommand' object has no attribute 'setShortcut'", or a crash)."""
        self._restoring = True
        self._saved = []
        self._saved_ahead = None

    def _changed(self, _index: int) -> None:
        ahead, self._saved_ahead = self._saved_ahead, None
        if self._restoring or self.store.read_only:
            return
        index = self.stack.index()
        now = [id(self.stack.command(i)) for i in range(max(0, index - KEEP - 1), index)]
        if now != ahead:  # not as saved with the step (a step merged into the one before)
            self.save()

    def save(self, done: list[QUndoCommand] | None = None) -> None:
        """Write the steps that changed since the last save (normally one), at once.

        Args:
            done: the steps done, oldest first (default: the stack's, up to its index).
        """
        if self.store.read_only or self.broken:
            return
        # Only the newest steps are kept, so only they are looked at: the file's steps are
        # matched, in order, from where its oldest one stands among them.
        if done is None:
            index = self.stack.index()
            done = [self.stack.command(i) for i in range(max(0, index - KEEP - 1), index)]
        done = done[-(KEEP + 1) :]
        oldest_kept = self._saved[0][1] if self._saved else None
        start = next((k for k, cmd in enumerate(done) if cmd is oldest_kept), None)
        same = 0
        if start is not None:
            while (
                same < len(self._saved)
                and start + same < len(done)
                and self._saved[same][1] is done[start + same]
            ):
                same += 1
            if same and start + same == len(done):
                same -= 1  # the newest step may have merged a new one (dots per person)
        new_steps = done[start + same :] if start is not None else done
        kept = self._saved[:same]
        first = kept[-1][0] + 1 if kept else self._next_seq  # the first new step's seq
        # Rows from the first step that differs on are rewritten (normally one new row).
        keep_below = self._saved[same][0] if same < len(self._saved) else first
        rows: list[tuple[int, str]] = []
        seq = first
        for cmd in new_steps:
            try:
                text = json.dumps(encode_command(cmd))
            except Unkeepable:
                kept, rows = [], []  # what came before it can no longer be undone in order
                continue
            rows.append((seq, text))
            kept.append((seq, cmd))
            seq += 1
        kept = kept[-KEEP:]
        oldest = kept[0][0] if kept else seq
        try:
            self.store.save_undo_steps(
                keep_below,
                [row for row in rows if row[0] >= oldest],
                self.store.last_event_id(),
                oldest,
            )
        except Exception:  # a full disk or a closed file: undo works as long as the app runs
            self.broken = True
            return
        self._saved, self._next_seq = kept, seq

    def restore(self) -> int:
        """Put back what the file keeps, when it still matches the file; the number put back."""
        try:
            # The panels' commands are loaded with the panels; a history restored before
            # that lost every step once a theme, a vote or an action item was among them.
            for name in sorted(COMMAND_MODULES | DATA_MODULES):
                importlib.import_module(name)
            saved = self.store.undo_steps()
            rows, position = saved if saved is not None else ([], 0)
            count, trailing = self.store.events_since(position, last_of=_APPLIED)
            applied = _with_before(trailing)
            if len(applied) < count:
                rows = []  # the file changed in ways this history does not know
            commands = [
                (seq, decode_command(json.loads(text), self.store, self.batch))
                for seq, text in rows
            ]
            # Themes stored with `roundtable themes --apply` since: undone as the app's own.
            from_journal = [applied_step(e, self.store, self.batch) for e in applied]
        except Exception as err:  # anything odd in the file: start with an empty stack
            logging.getLogger(__name__).warning("Undo history not restored: %s", err)
            return 0
        self._restoring = True
        quietly = getattr(self.stack, "quietly", nullcontext)
        try:
            with quietly():
                for seq, cmd in commands:
                    self._keep(cmd)
                    self._saved.append((seq, self.stack.command(self.stack.index() - 1)))
                for cmd in from_journal:
                    self.stack.keep_done(cmd)
        finally:
            self._restoring = False
        self._next_seq = commands[-1][0] + 1 if commands else 0
        if from_journal:
            self.save()  # kept with the journal position after them: put back once only
        return len(commands) + len(from_journal)

    def _keep(self, cmd: QUndoCommand | Macro) -> None:
        if isinstance(cmd, Macro):
            self.stack.beginMacro(cmd.text)
            try:
                for inner in cmd.commands:
                    self._keep(inner)
            finally:
                self.stack.endMacro()
        else:
            self.stack.keep_done(cmd)


# The one change made outside the app that it can take back: themes stored from the command
# line. Its journal entry says where the moved notes were.
_APPLIED = "suggestions_applied"


def _with_before(events: list[Any]) -> list[Any]:
    """The last of these events that say where the moved notes were (a file written before
    they did cannot be undone from the journal)."""
    run: list[Any] = []
    for event in reversed(events):
        if "before" not in event.payload:
            break
        run.insert(0, event)
    return run


def applied_step(event: Any, store: Store, batch: Any) -> QUndoCommand:
    """An undo step for suggested themes stored from the command line, as if accepted here."""
    from ui.sensemaking.suggestion_commands import ApplySuggestions

    payload = event.payload
    groups = [(str(g[0]), [int(n) for n in g[1]], g[2]) for g in payload["groups"]]
    ids = [int(t) for t in payload["theme_ids"]]
    before = {int(nid): (tid, placement) for nid, tid, placement in payload["before"]}
    cmd = ApplySuggestions.done_elsewhere(
        store,
        int(payload["round_id"]),
        groups,
        [tid for tid, g in zip(ids, groups, strict=True) if g[2] is None],
        before,
        "Store suggested themes (from the command line)",
    )
    cmd.batch = batch
    return cmd
