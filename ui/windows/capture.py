"""The capture line: parse `s:` / `m:` / `o:` prefixes and `@name` mentions from typed text."""

from __future__ import annotations

import re

from roundtable.model import Function

PREFIXES: dict[str, Function] = {"s": "sales", "m": "marketing", "o": "other"}
MENTION = re.compile(r"(?:^|\s)@([\w.\-]+(?:\s[A-Z][\w.\-]*)?)")


def parse_entry(text: str, current: Function) -> tuple[str, Function, str | None]:
    """Return (note text, function, mentioned name or None) for a typed line."""
    text = text.strip()
    function = current
    m = re.match(r"^([smoSMO]):\s*", text)
    if m:
        function = PREFIXES[m.group(1).lower()]
        text = text[m.end() :]
    name = None
    mm = MENTION.search(text)
    if mm:
        name = mm.group(1).strip()
        text = (text[: mm.start()] + text[mm.end() :]).strip()
    return text, function, name


class MentionCompleter:
    """Completes the `@word` under the cursor from the roster, leaving the rest of the line.

    (QLineEdit.setCompleter would complete the whole line, which is not what a mention is.)
    """

    def __init__(self, entry) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QCompleter

        self.entry = entry
        self.completer = QCompleter([], entry)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setWidget(entry)
        self.completer.activated.connect(self.insert)
        entry.textEdited.connect(self._edited)

    def set_names(self, names: list[str]) -> None:
        self.completer.model().setStringList(names)  # type: ignore[attr-defined]

    def _word(self) -> tuple[int, str] | None:
        text, pos = self.entry.text(), self.entry.cursorPosition()
        at = text.rfind("@", 0, pos)
        if at < 0 or (at > 0 and not text[at - 1].isspace()):
            return None
        return at, text[at + 1 : pos]

    def _edited(self, _text: str) -> None:
        word = self._word()
        if word is None:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(word[1])
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def insert(self, name: str) -> None:
        word = self._word()
        if word is None:
            return
        text, pos = self.entry.text(), self.entry.cursorPosition()
        self.entry.setText(text[: word[0]] + "@" + name + " " + text[pos:])
        self.entry.setCursorPosition(word[0] + len(name) + 2)
