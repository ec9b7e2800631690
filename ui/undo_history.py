"""Undo that survives a restart: the undo stack's done commands are kept in the session file.

A laptop whose battery dies mid-session comes back with every note (the store commits each
one) and, with this, with Ctrl+Z still able to take back the last changes. After each change
to the stack (debounced), the commands up to the current index are written as tagged JSON
with the journal position they match; when the window opens again they are put back on the
stack without being done again. Redo does not survive (an undone change stays undone).

Only our own command classes and our own dataclasses are rebuilt, from plain values: the
file may come from anyone, so nothing in it is ever run or unpickled. The history is used
only when it matches the file: if anything but notes (another device's) was written after
it, it is dropped and undo starts afresh. Anything that cannot be written or read the same
way (a command holding a widget, say) ends the history there; the app never fails for it.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from roundtable.store import Store

# Changes another device may make without the facilitator's undo stack knowing.
FOREIGN_KINDS = frozenset({"note_added"})
KEEP = 200  # the most recent commands kept
_OUR_MODULES = ("roundtable.", "ui.")
_SKIP = frozenset({"store", "batch", "redo"})  # given back on load, never written


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
    if dataclasses.is_dataclass(value) and cls.__module__.startswith(_OUR_MODULES):
        fields = {
            f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init
        }
        return {"$": "data", "c": f"{cls.__module__}:{cls.__qualname__}", "v": fields}
    raise Unkeepable(f"cannot keep a {cls.__qualname__}")


def _our_class(path: str) -> type:
    module, _, name = path.partition(":")
    if not module.startswith(_OUR_MODULES) or "." in name or not name:
        raise Unkeepable(f"not one of ours: {path}")
    return getattr(importlib.import_module(module), name)


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
        cls = _our_class(value["c"])
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
    if not cls.__module__.startswith("ui.") or cmd.childCount():
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
        return Macro(str(data["text"]), [decode_command(c, store, batch) for c in data["children"]])
    cls = _our_class(data["c"])
    if not (isinstance(cls, type) and issubclass(cls, QUndoCommand)) or data["children"]:
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
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.save)
        self._restoring = False

    def watch(self) -> None:
        self.stack.indexChanged.connect(self._changed)

    def _changed(self, _index: int) -> None:
        if not self._restoring and not self.store.read_only:
            self._timer.start()

    def save(self) -> None:
        """Write the done commands (the last KEEP) with the journal position they match."""
        self._timer.stop()
        if self.store.read_only:
            return
        kept: list[dict[str, Any]] = []
        done = [self.stack.command(i) for i in range(self.stack.index())][-KEEP:]
        for cmd in done:
            try:
                kept.append(encode_command(cmd))
            except Unkeepable:
                kept = []  # what came before it can no longer be undone in order
        try:
            self.store.save_undo_history(json.dumps(kept), self.store.last_event_id())
        except Exception:  # a full disk or a closed file: undo works as long as the app runs
            return

    def restore(self) -> int:
        """Put back what the file keeps, when it still matches the file; the number put back."""
        try:
            saved = self.store.undo_history()
            if saved is None:
                return 0
            text, position = saved
            if set(self.store.event_kinds_since(position)) - FOREIGN_KINDS:
                return 0  # the file changed in ways this history does not know
            commands = [decode_command(c, self.store, self.batch) for c in json.loads(text)]
        except Exception:  # anything odd in the file: start with an empty stack, as before
            return 0
        self._restoring = True
        try:
            for cmd in commands:
                self._keep(cmd)
        finally:
            self._restoring = False
        return len(commands)

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
